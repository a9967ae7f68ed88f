import { describe, expect, it } from "vitest";
import { phuocLongLocality } from "./fixtures/localities.test-helpers.js";
import { parseLocalityJson, validateLocalityData } from "./locality.js";

describe("loading a locality", () => {
  it("accepts a directory that spans the 2025 reform and fills in the defaults", () => {
    const result = validateLocalityData(structuredClone(phuocLongLocality));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.locality.units).toHaveLength(8);
    expect(result.locality.agencies.find((a) => a.id === "pnv")?.aliases).toEqual([]);
    expect(result.locality.reportCutoff).toEqual({ closingDay: 14, reportDueDay: 20 });
  });

  it("says a missing agency kind is missing, and names the agency as the file writes it", () => {
    const data = structuredClone(phuocLongLocality) as { agencies: Record<string, unknown>[] };
    const index = data.agencies.findIndex((a) => a.id === "pnv");
    const name = data.agencies[index]?.name as string;
    delete data.agencies[index]!.kind;
    const result = validateLocalityData(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems.find((p) => p.path === `agencies[${index}].kind`);
    expect(problem?.where).toMatch(new RegExp(`^Cơ quan ${index + 1} › `));
    expect(problem?.message).toMatch(
      new RegExp(`^Cơ quan “${name}”: thiếu thông tin bắt buộc; chỉ nhận: .*ubnd`),
    );
  });

  it("lists references that point nowhere, each with where it is", () => {
    const data = structuredClone(phuocLongLocality);
    data.units[2] = { ...data.units[2]!, parentId: "khong-co" };
    data.agencies.push({ id: "nhom", name: "Nhóm rỗng", kind: "group" });
    data.signers = [{ agencyId: "ai-do", title: "Chủ tịch" }];
    const result = validateLocalityData(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        path: "units[2].parentId",
        where: "Đơn vị 3 › Cấp trên",
        whereEn: "Unit 3 › Superior",
        message: 'Không có đơn vị mã "khong-co" trong tệp.',
        messageEn: "There is no unit with the id “khong-co” in the file.",
        quotes: [{ start: 30, end: 38 }],
      },
      {
        path: `agencies[${data.agencies.length - 1}]`,
        where: `Cơ quan ${data.agencies.length}`,
        whereEn: `Agency ${data.agencies.length}`,
        message: "Nhóm cơ quan cần danh sách thành viên (members) hoặc quy tắc (memberRule).",
        messageEn: "A group of agencies needs a list of members (members) or a rule (memberRule).",
      },
      {
        path: "signers[0].agencyId",
        where: "Người ký 1 › Mã cơ quan",
        whereEn: "Signer 1 › Agency id",
        message: 'Không có cơ quan mã "ai-do" trong tệp.',
        messageEn: "There is no agency with the id “ai-do” in the file.",
        quotes: [{ start: 32, end: 37 }],
      },
    ]);
  });

  it("refuses a wrong shape with Vietnamese messages, and broken JSON with its line", () => {
    const result = validateLocalityData({ ...phuocLongLocality, slug: "Phước Long" });
    expect(result).toMatchObject({ ok: false, problems: [{ path: "slug", where: "Tên thư mục" }] });
    expect(parseLocalityJson("{")).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringContaining("dòng 1") }],
    });
  });

  it("takes an agency's electronic identifier of QĐ 20/2020 (edocCode), and refuses a malformed or repeated one", () => {
    const data = structuredClone(phuocLongLocality);
    // The shape of a code (LV4.LV3.LV2.LV1); these values stand for no real agency.
    data.agencies[1] = { ...data.agencies[1]!, edocCode: "000.01.02.Z99" };
    const accepted = validateLocalityData(structuredClone(data));
    if (!accepted.ok) throw new Error(JSON.stringify(accepted.problems));
    expect(accepted.locality.agencies[1]?.edocCode).toBe("000.01.02.Z99");
    expect(accepted.locality.agencies[0]?.edocCode).toBeUndefined();

    const malformed = structuredClone(data);
    malformed.agencies[2] = { ...malformed.agencies[2]!, edocCode: "000.01.02.z99 " };
    expect(validateLocalityData(malformed)).toMatchObject({
      ok: false,
      problems: [
        {
          path: "agencies[2].edocCode",
          where: expect.stringContaining("Mã định danh điện tử"),
          message: expect.stringContaining("000.00.00.H40"),
        },
      ],
    });

    data.agencies[2] = { ...data.agencies[2]!, edocCode: "000.01.02.Z99" };
    expect(validateLocalityData(data)).toMatchObject({
      ok: false,
      problems: [
        {
          path: "agencies[2].edocCode",
          message: `Mã định danh điện tử "000.01.02.Z99" đã dùng cho cơ quan "${data.agencies[1]!.id}".`,
        },
      ],
    });
  });

  it("takes the hub code of a unit or agency, and refuses one that CouchDB cannot name or two that collide", () => {
    const data = structuredClone(phuocLongLocality);
    data.units[2] = { ...data.units[2]!, hubCode: "phuong-long-thuy" };
    data.agencies[1] = { ...data.agencies[1]!, hubCode: "phong-noi-vu" };
    const accepted = validateLocalityData(structuredClone(data));
    if (!accepted.ok) throw new Error(JSON.stringify(accepted.problems));
    expect(accepted.locality.units[2]?.hubCode).toBe("phuong-long-thuy");
    expect(accepted.locality.agencies[1]?.hubCode).toBe("phong-noi-vu");

    data.agencies[2] = { ...data.agencies[2]!, hubCode: "phuong-long-thuy" };
    expect(validateLocalityData(structuredClone(data))).toMatchObject({
      ok: false,
      problems: [
        {
          path: "agencies[2].hubCode",
          message: `Mã trên máy chủ tỉnh "phuong-long-thuy" đã dùng cho đơn vị "${data.units[2]!.id}".`,
        },
      ],
    });
    data.agencies[2] = { ...data.agencies[2]!, hubCode: "Phòng Nội vụ" };
    expect(validateLocalityData(data)).toMatchObject({
      ok: false,
      problems: [{ path: "agencies[2].hubCode", where: expect.stringContaining("Mã trên máy chủ tỉnh") }],
    });
  });
});
