import { describe, expect, it } from "vitest";
import { safeFileName } from "./download.js";

describe("file names for downloads", () => {
  it("keep Vietnamese letters, in NFC, and drop what a file system refuses", () => {
    const decomposed = "Báo cáo quý I: xã Kim Liên / 2026?".normalize("NFD");
    expect(safeFileName(decomposed)).toBe("Báo cáo quý I- xã Kim Liên - 2026-");
    expect(safeFileName(decomposed)).toBe(safeFileName(decomposed).normalize("NFC"));
  });

  it("stay short enough for every system", () => {
    expect(safeFileName("Kế hoạch ".repeat(40)).length).toBeLessThanOrEqual(180);
  });
});
