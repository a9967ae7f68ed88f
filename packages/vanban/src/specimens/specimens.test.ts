import { describe, expect, it } from "vitest";
import { imageResolution } from "../pdf/images.js";
import { allSpecimens, specimenSealPng, specimenSignaturePng } from "./index.js";

describe("the specimens", () => {
  it("offer one document of each kind, with unique ids", () => {
    const specimens = allSpecimens();
    expect(new Set(specimens.map((s) => s.doc.kind))).toEqual(new Set(["KH", "QD", "BC", "TTr", "CV"]));
    expect(new Set(specimens.map((s) => s.id)).size).toBe(specimens.length);
  });

  it("are written in precomposed (NFC) Vietnamese throughout", () => {
    const text = JSON.stringify(allSpecimens(), (_, v) => (v instanceof Uint8Array ? undefined : v));
    expect(text).toBe(text.normalize("NFC"));
  });

  it("return a fresh document on every call, so a caller may change one freely", () => {
    const [a, b] = [allSpecimens()[0], allSpecimens()[0]];
    expect(a?.doc).not.toBe(b?.doc);
    expect(a?.doc).toEqual(b?.doc);
  });

  it("carry drawn signature and seal images that state their print size", () => {
    const seal = specimenSealPng();
    const signature = specimenSignaturePng();
    expect([...seal.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // 212 px across at the stated resolution is a 36 mm seal; the signature is 35 mm wide.
    expect(212 / (imageResolution(seal) ?? 0)).toBeCloseTo(36, 1);
    expect(280 / (imageResolution(signature) ?? 0)).toBeCloseTo(35, 1);
  });
});
