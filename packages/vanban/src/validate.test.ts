import { describe, expect, it } from "vitest";
import type { Block } from "./model.js";
import {
  allSpecimens,
  keHoachDuThaoSpecimen,
  keHoachSpecimen,
  quyetDinhBanHanhKeHoachSpecimen,
} from "./specimens/index.js";
import { PLACE_BLANK, placeDateLine } from "./text-lines.js";
import { assertPrintable, refusals, VanBanError, validateVanBan } from "./validate.js";

describe("what makes a văn bản unprintable", () => {
  it("accepts every specimen", () => {
    for (const s of allSpecimens()) expect(validateVanBan(s.doc), s.id).toEqual([]);
  });

  it("refuses slash-form signer prefixes and academic titles before the name", () => {
    const doc = {
      ...keHoachSpecimen(),
      signer: { lines: ["T/M Ủy ban nhân dân", "Chủ tịch"], name: "ThS. Lê Văn B" },
    };
    expect(validateVanBan(doc).map((p) => p.path)).toEqual(["signer.lines[0]", "signer.name"]);
    expect(validateVanBan(doc)[1]?.message).toBe(
      '"ThS. Lê Văn B": không ghi học hàm, học vị trước họ tên người ký.',
    );
  });

  it("refuses a symbol with spaces, a number that is not one and a date that does not exist", () => {
    const doc = {
      ...keHoachSpecimen(),
      symbol: "KH - UBND",
      number: "5a",
      date: { year: 2026, month: 2, day: 30 },
    };
    expect(validateVanBan(doc).map((p) => p.path)).toEqual(["symbol", "number", "date"]);
  });

  it("checks the numbering: mục in Roman order, khoản 1, 2, … and điểm a, b, c, d, đ, e, g", () => {
    const body: Block[] = [
      { type: "heading", level: "muc", number: "I", text: "Mục đích" },
      { type: "heading", level: "khoan", number: "1", text: "Mục đích" },
      { type: "item", marker: "diem", number: "a", content: "…" },
      { type: "item", marker: "diem", number: "b", content: "…" },
      { type: "item", marker: "diem", number: "c", content: "…" },
      { type: "item", marker: "diem", number: "d", content: "…" },
      { type: "item", marker: "diem", number: "e", content: "…" },
      { type: "heading", level: "khoan", number: "1.1", text: "Yêu cầu" },
      { type: "heading", level: "muc", number: "III", text: "Tổ chức thực hiện" },
    ];
    const problems = validateVanBan({ ...keHoachSpecimen(), body, appendices: undefined });
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'body[6]: điểm "e)" phải là "đ)" (thứ tự bảng chữ cái tiếng Việt: a, b, c, d, đ, e, g, …).',
      'body[7]: không đánh số kiểu "1.1": dùng 1., 2., … và a), b), …',
      'body[8]: mục "III." phải là số La Mã thứ 2 theo thứ tự.',
    ]);
  });

  it("lets only a quyết định issue attached documents", () => {
    const doc = { ...keHoachSpecimen(), attachments: [keHoachSpecimen()] };
    expect(validateVanBan(doc).map((p) => p.path)).toEqual(["attachments[0]"]);
  });
});

describe("what a draft may lack and an issued document may not", () => {
  it("finds an empty place name, which a draft prints as a blank and issuing refuses", () => {
    const doc = { ...keHoachSpecimen(), place: " " };
    const problems = validateVanBan(doc);
    expect(problems.map((p) => [p.path, p.severity])).toEqual([["place", "draft"]]);
    expect(refusals(problems)).toEqual([]);
    expect(refusals(problems, { issuing: true }).map((p) => p.path)).toEqual(["place"]);
    expect(placeDateLine(doc)).toBe(`${PLACE_BLANK}, ngày 09 tháng 01 năm 2026`);
    expect(() => assertPrintable(doc, { issuing: true })).toThrow(/place: thiếu địa danh/u);
  });

  it("finds a số left blank beside a full date", () => {
    const doc = { ...keHoachSpecimen(), number: undefined };
    const problems = validateVanBan(doc);
    expect(problems.map((p) => [p.path, p.severity])).toEqual([["number", "draft"]]);
    expect(problems[0]?.message).toContain("ngày 09 tháng 01 năm 2026");
    expect(() => assertPrintable(doc)).not.toThrow();
    expect(() => assertPrintable(doc, { issuing: true })).toThrow(VanBanError);
  });

  it("lets a draft leave the number, day and month blank, and refuses that when issuing", () => {
    const draft = keHoachDuThaoSpecimen();
    expect(validateVanBan(draft)).toEqual([]);
    expect(validateVanBan(draft, { issuing: true }).map((p) => p.path)).toEqual(["number", "date"]);
    expect(validateVanBan(keHoachSpecimen(), { issuing: true })).toEqual([]);
  });

  it("reads no number, place or date of a document a QĐ issues: it prints none", () => {
    const doc = quyetDinhBanHanhKeHoachSpecimen();
    const attached = doc.attachments?.[0];
    expect(attached?.number).toBeUndefined();
    const withoutPlace = { ...doc, attachments: [{ ...attached!, place: "" }] };
    expect(validateVanBan(withoutPlace, { issuing: true })).toEqual([]);
  });
});

describe("the signing time of ô 14", () => {
  const withTime = (signedAt: string) => ({ ...keHoachSpecimen(), organisationSignature: { signedAt } });

  it("accepts ISO 8601 in Vietnam's time zone", () => {
    expect(validateVanBan(withTime("2026-01-09T08:30:00+07:00"))).toEqual([]);
  });

  it("refuses another format, a time that does not exist, and another time zone, saying which", () => {
    const messages = ["09/01/2026 08:30", "2026-02-30T08:30:00+07:00", "2026-01-09T01:30:00Z"].map(
      (t) => validateVanBan(withTime(t)).map((p) => `${p.path}: ${p.message}`)[0],
    );
    expect(messages).toEqual([
      'organisationSignature.signedAt: thời gian ký "09/01/2026 08:30" phải viết theo ISO 8601 (ví dụ 2026-01-08T10:15:30+07:00).',
      'organisationSignature.signedAt: thời gian ký "2026-02-30T08:30:00+07:00" không phải một thời điểm có thật.',
      'organisationSignature.signedAt: thời gian ký "2026-01-09T01:30:00Z" phải theo giờ Việt Nam, múi giờ +07:00 (ví dụ 2026-01-08T10:15:30+07:00).',
    ]);
  });
});
