import { describe, expect, it } from "vitest";
import { csvCell, csvText } from "./csv.js";

describe("CSV cells are safe to open in a spreadsheet", () => {
  it("defuses cells a spreadsheet would run as formulas (OWASP CSV injection)", () => {
    expect(csvCell('=HYPERLINK("http://x","bấm")')).toBe(`"'=HYPERLINK(""http://x"",""bấm"")"`);
    expect(csvCell("+1")).toBe(`"'+1"`);
    expect(csvCell("-2+3")).toBe(`"'-2+3"`);
    expect(csvCell("@SUM(A1)")).toBe(`"'@SUM(A1)"`);
    expect(csvCell("\tcmd")).toBe(`"'\tcmd"`);
  });

  it("leaves ordinary Vietnamese text as it is, in NFC", () => {
    expect(csvCell("Phòng Văn hóa - Xã hội")).toBe("Phòng Văn hóa - Xã hội");
    expect(csvCell("Phòng Văn hóa - Xã hội".normalize("NFD"))).toBe("Phòng Văn hóa - Xã hội");
    expect(csvCell('Tổ chức "Ngày hội"')).toBe('"Tổ chức ""Ngày hội"""');
  });

  it("writes every row with CRLF", () => {
    expect(csvText([["a", "b,c"], ["=1"]])).toBe(`a,"b,c"\r\n"'=1"\r\n`);
  });
});
