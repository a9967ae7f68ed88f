import { describe, expect, it } from "vitest";
import { readText } from "./read-text.js";
import { restoreLines, wrapWidth } from "./web-copy.js";

const para = (n: number, width: number) =>
  Array.from({ length: n }, (_, i) =>
    `${"Nội dung tuyên truyền chuyển đổi số cộng đồng ".repeat(4)}${i}`.slice(0, width),
  );

describe("web copies: the document's own lines back", () => {
  it("finds the width a copy was hard-wrapped at, and none for text with a paragraph per line", () => {
    const wrapped = para(20, 78).map((text) => ({ text }));
    expect(wrapWidth(wrapped)).toBe(78);
    const paragraphs = [40, 320, 95, 610, 150, 75, 480, 33, 260, 140, 390, 88, 210].map((n) => ({
      text: "x".repeat(n),
    }));
    expect(wrapWidth(paragraphs)).toBeUndefined();
  });

  it("reads 'A | B |' as two cells side by side, and keeps a markdown hard break", () => {
    const lines = restoreLines(
      ["ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "**KẾ HOẠCH**"],
      ["ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "**KẾ HOẠCH**  "],
    );
    expect(lines.map((l) => [l.text, l.hardBreak])).toEqual([
      ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", false],
      ["**KẾ HOẠCH**", true],
    ]);
  });

  it("splits a bold run closed and reopened after a number, and joins it inside a word", () => {
    const source = readText("**1.****Công an tỉnh:**\n**Kế hoạ****ch** năm 2026");
    expect(source.blocks.map((b) => (b.kind === "para" ? b.text : ""))).toEqual([
      "1. Công an tỉnh:",
      "Kế hoạch năm 2026",
    ]);
  });

  it("joins a line wrapped at the width of the copy, but not before a new item", () => {
    const text = [
      "Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh về chuyển",
      "Đổi số, Ủy ban nhân dân xã ban hành Kế hoạch như sau:",
      "I. MỤC ĐÍCH",
      ...para(14, 86),
    ].join("\n");
    const source = readText(text);
    const first = source.blocks[0];
    expect(first?.kind === "para" && first.text).toMatch(/về chuyển Đổi số, Ủy ban nhân dân xã ban hành/);
    expect(source.blocks[1]?.kind === "para" && source.blocks[1].text).toBe("I. MỤC ĐÍCH");
  });

  it("restores line breaks a page saved as escaped text", () => {
    const source = readText(
      "KẾ HOẠCH\\r\\nTuyên truyền\\r\\nI. NỘI DUNG\\r\\n1. Hội thi\\r\\n2. Hội nghị\\r\\n3. Tọa đàm\\r\\n",
    );
    expect(source.lines.slice(0, 3)).toEqual(["KẾ HOẠCH", "Tuyên truyền", "I. NỘI DUNG"]);
  });

  it("joins a heading in capitals wrapped before its end, and not a signature's lines", () => {
    const source = readText("**II. NỘI**\n**DUNG THỰC HIỆN**\n1. Hội thi\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH");
    expect(source.blocks.map((b) => (b.kind === "para" ? b.text : ""))).toEqual([
      "II. NỘI DUNG THỰC HIỆN",
      "1. Hội thi",
      "TM. ỦY BAN NHÂN DÂN",
      "CHỦ TỊCH",
    ]);
  });

  it("reads a '|' table whose row was continued after a page break, its STT cell empty", () => {
    const source = readText(
      ["|", "STT", "|", "Nhiệm vụ", "|", "Cơ quan chủ trì", "|", "Thời gian", "|", "|"]
        .concat(["1", "|", "Tuyên truyền về", "|", "Sở Tư pháp", "|", "Quý I/2026", "|", "|", "", "|"])
        .concat(["", "|", "Luật Đất đai", "|", "", "|", "", "|", "|"])
        .concat(["2", "|", "Tập huấn", "|", "Sở Nội vụ", "|", "Quý II/2026", "|", "|"])
        .join("\n"),
    );
    const table = source.blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows.map((r) => r.cells[1])).toEqual([
      "Nhiệm vụ",
      "Tuyên truyền về",
      "Luật Đất đai",
      "Tập huấn",
    ]);
  });
});
