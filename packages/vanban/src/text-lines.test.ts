import { describe, expect, it } from "vitest";
import type { VanBan } from "./model.js";
import {
  baoCaoSpecimen,
  congVanSpecimen,
  keHoachSpecimen,
  quyetDinhBanHanhKeHoachSpecimen,
} from "./specimens/index.js";
import {
  addresseeLines,
  appendixLabel,
  basisLines,
  congVanSubjectLine,
  drafterLine,
  headingLabel,
  recipientLines,
  referenceLine,
  soKyHieuLine,
} from "./text-lines.js";

describe("the fixed wording", () => {
  it("writes the number with its leading zero, or the blank of a draft", () => {
    expect(soKyHieuLine({ ...keHoachSpecimen(), number: "5" })).toBe("Số: 05/KH-UBND");
    expect(soKyHieuLine({ ...keHoachSpecimen(), number: undefined })).toBe(
      "Số: \u2002\u2002\u2002\u2002\u2002/KH-UBND",
    );
  });

  it("ends each căn cứ with ';' and the last with '.', whatever the author typed", () => {
    const doc = { ...keHoachSpecimen(), basis: ["Căn cứ A.", "Căn cứ B;", "Theo đề nghị của C"] };
    expect(basisLines(doc)).toEqual(["Căn cứ A;", "Căn cứ B;", "Theo đề nghị của C."]);
  });

  it("puts one Kính gửi recipient on the label's line and lists several with dashes", () => {
    expect(addresseeLines({ ...keHoachSpecimen(), addressees: ["Ủy ban nhân dân tỉnh Thanh Hóa"] })).toEqual([
      "Ủy ban nhân dân tỉnh Thanh Hóa.",
    ]);
    expect(addresseeLines(baoCaoSpecimen())).toEqual([
      "- Ủy ban nhân dân tỉnh Thanh Hóa;",
      "- Sở Nội vụ tỉnh Thanh Hóa.",
    ]);
  });

  it("starts Nơi nhận with 'Như trên' when there is a Kính gửi, and ends it with the Lưu line", () => {
    expect(recipientLines(baoCaoSpecimen())).toEqual([
      "- Như trên;",
      "- Thường trực Đảng ủy xã;",
      "- Thường trực Hội đồng nhân dân xã;",
      "- Lưu: VT, VHXH.",
    ]);
    const typed: VanBan = {
      ...baoCaoSpecimen(),
      recipients: { items: ["- Như trên;", "Sở Nội vụ."], archive: "VT, VHXH." },
    };
    expect(recipientLines(typed)).toEqual(["- Như trên;", "- Sở Nội vụ;", "- Lưu: VT, VHXH."]);
  });

  it("builds the reference of an attached document from the QĐ that issues it", () => {
    expect(referenceLine(quyetDinhBanHanhKeHoachSpecimen(), "Kèm theo")).toBe(
      "(Kèm theo Quyết định số 25/QĐ-UBND ngày 08 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân xã Đông Sơn)",
    );
  });

  it("numbers a single phụ lục plainly and several in Roman numerals", () => {
    expect(appendixLabel(0, 1)).toBe("Phụ lục");
    expect([0, 1, 2, 3].map((i) => appendixLabel(i, 4))).toEqual([
      "Phụ lục I",
      "Phụ lục II",
      "Phụ lục III",
      "Phụ lục IV",
    ]);
  });

  it("labels headings of both structures", () => {
    expect(
      ["phan", "chuong", "mucA", "tieuMuc", "dieu", "muc", "khoan", "diem"].map((l) =>
        headingLabel(l as "muc", "1"),
      ),
    ).toEqual(["Phần 1", "Chương 1", "Mục 1", "Tiểu mục 1", "Điều 1.", "1.", "1.", "1)"]);
  });

  it("writes the công văn subject and the drafter's mark", () => {
    expect(congVanSubjectLine({ ...congVanSpecimen(), subject: "V/v đôn đốc báo cáo" })).toBe(
      "V/v đôn đốc báo cáo",
    );
    expect(drafterLine(congVanSpecimen())).toBe("PL.(25)");
  });
});
