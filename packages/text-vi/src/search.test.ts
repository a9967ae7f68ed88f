import { describe, expect, it } from "vitest";
import { matchesTyped, typedDistance } from "./search.js";

describe("search reads each typed letter with the marks it was typed with", () => {
  it("finds a name typed with some accents and not others", () => {
    expect(matchesTyped("Hội nong dan", "Hội Nông dân xã")).toBe(true);
    expect(matchesTyped("Hội Phụ nu", "Hội Phụ nữ xã")).toBe(true);
    expect(matchesTyped("phòng van hoa", "Phòng Văn hóa - Xã hội")).toBe(true);
    expect(matchesTyped("Hoi nông dân", "Hội Nông dân xã")).toBe(true);
  });

  it("finds it fully accented or fully plain, whatever the tone's place", () => {
    expect(matchesTyped("hoi nong dan", "Hội Nông dân xã")).toBe(true);
    expect(matchesTyped("Hội Nông dân", "Hội Nông dân xã")).toBe(true);
    expect(matchesTyped("văn hoà", "Phòng Văn hóa - Xã hội")).toBe(true);
    expect(matchesTyped("dang uy", "Đảng ủy xã")).toBe(true);
  });

  it("keeps a vowel quality that was typed: văn is not vân, đ is not d", () => {
    expect(matchesTyped("vân", "Phòng Văn hóa")).toBe(false);
    expect(matchesTyped("van", "Phòng Văn hóa")).toBe(true);
    expect(matchesTyped("đan", "Hội Nông dân")).toBe(false);
  });

  it("takes the typed words in any order, each as the start of a word", () => {
    expect(matchesTyped("phu nu hoi", "Hội Liên hiệp Phụ nữ xã")).toBe(true);
    expect(matchesTyped("Hội Phụ nu", "Hội Liên hiệp Phụ nữ xã")).toBe(true);
    expect(matchesTyped("VH-XH", "Phòng VH-XH")).toBe(true);
    expect(matchesTyped("ong", "Hội Nông dân")).toBe(false);
    expect(matchesTyped("", "Hội Nông dân")).toBe(true);
  });

  it("never throws on hostile text and matches nothing it should not", () => {
    expect(matchesTyped("\u202egnp.exe", "Hội Nông dân")).toBe(false);
    expect(matchesTyped("a".repeat(5000), "Hội Nông dân")).toBe(false);
    expect(matchesTyped("(((", "Hội Nông dân")).toBe(true); // punctuation alone asks for nothing
  });
});

describe("the distance of a typed name to a name, over the tone-free form", () => {
  it("is 0 when the typed text is inside the name, whatever its accents", () => {
    expect(typedDistance("Hội nong dan", "Hội Nông dân xã")).toBe(0);
    expect(typedDistance("nong dan", "Hội Nông dân xã")).toBe(0);
  });

  it("counts a slip of the keyboard as one edit, a swap of two letters as one", () => {
    expect(typedDistance("Hội nong dna", "Hội Nông dân xã")).toBe(1);
    expect(typedDistance("Hoi nong dam", "Hội Nông dân xã")).toBe(1);
    expect(typedDistance("Phong Van hao", "Phòng Văn hóa - Xã hội")).toBe(1);
    expect(typedDistance("Phòng Tư pháp", "Hội Nông dân xã")).toBeGreaterThanOrEqual(6);
  });

  it("is measured against the closest stretch of a long name, not its whole length", () => {
    expect(typedDistance("Cong an", "Công an xã Kim Liên")).toBe(0);
    expect(typedDistance("Cogn an", "Công an xã Kim Liên")).toBe(1);
  });
});
