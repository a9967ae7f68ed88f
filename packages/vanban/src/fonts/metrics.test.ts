import { describe, expect, it } from "vitest";
import { mm } from "../profile.js";
import { QUOC_HIEU, TIEU_NGU } from "../text-lines.js";
import { readFontMetrics } from "./metrics.js";
import { loadTinosFromNodeModules } from "./node.js";

const fonts = await loadTinosFromNodeModules();
const bold = readFontMetrics(fonts.bold);

describe("text widths read from the font file", () => {
  // nd30-layout §2.2 and §3.2 give these as measured in Times-metric bold.
  it("gives the Tiêu ngữ 60.5 mm at 14 pt and 56.1 mm at 13 pt (its rule's length)", () => {
    expect(bold.widthOf(TIEU_NGU, 14) / mm(1)).toBeCloseTo(60.5, 0);
    expect(bold.widthOf(TIEU_NGU, 13) / mm(1)).toBeCloseTo(56.1, 0);
  });

  it("gives the Quốc hiệu 95.7 mm at 13 pt, which a 50/50 header table would wrap", () => {
    expect(bold.widthOf(QUOC_HIEU, 13) / mm(1)).toBeCloseTo(95.7, 0);
  });

  it("measures decomposed input like its precomposed form", () => {
    const text = "Ủy ban nhân dân";
    expect(bold.widthOf(text.normalize("NFD"), 13)).toBeCloseTo(bold.widthOf(text, 13), 6);
  });

  it("refuses a file that is not a TrueType font, with a message", () => {
    const junk = new Uint8Array(64);
    expect(() => readFontMetrics(junk)).toThrow(/Phông chữ/);
  });
});
