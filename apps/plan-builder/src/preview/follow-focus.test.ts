import { describe, expect, it } from "vitest";
import { locate, needleOf } from "./follow-focus.js";

// The preview finds the text of the field being edited in its pages' text, however the document
// broke its lines and cased its words.

describe("finding a field's text in the preview", () => {
  const cell = ["Tổ chức hội nghị ", "đối thoại giữa Chủ ", "tịch UBND xã với ", "người dân", "Quý III/2027"];

  it("finds a text wrapped over several lines of a cell by its first words, and names their spans", () => {
    // "tổ chức hội nghị đối thoại giữa chủ": eight words, over the first two lines.
    expect(locate(cell, "Tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với người dân")).toEqual({
      first: 0,
      last: 1,
    });
    expect(locate(cell, "tịch UBND xã với người dân")).toEqual({ first: 2, last: 3 });
    expect(locate(["STT", " ", ...cell], "đối thoại giữa")).toEqual({ first: 3, last: 3 });
  });

  it("ignores case and the spaces the author typed or the document added", () => {
    expect(locate(["I. MỤC ĐÍCH, ", "YÊU CẦU"], "Mục đích,   yêu cầu")).toEqual({ first: 0, last: 1 });
    expect(locate(["Phòng Văn", "hóa - Xã hội"], "Phòng Văn hóa - Xã hội")).toBeNull();
    expect(locate(["Phòng Văn ", "hóa - Xã hội"], "Phòng Văn hóa - Xã hội")).toEqual({ first: 0, last: 1 });
  });

  it("reads composed and decomposed Vietnamese as the same text", () => {
    expect(locate(["Hội Nông dân xã"], "Hội Nông dân xã".normalize("NFD"))).toEqual({ first: 0, last: 0 });
  });

  it("looks for a field's first words only, and not for a text too short to mean anything", () => {
    expect(needleOf("  Tuyên truyền   cải cách hành chính năm 2026 trên địa bàn xã Kim Liên")).toBe(
      "tuyên truyền cải cách hành chính năm 2026",
    );
    expect(needleOf("15")).toBeNull();
    expect(needleOf("")).toBeNull();
    expect(locate(cell, "xyz không có trong văn bản")).toBeNull();
  });
});
