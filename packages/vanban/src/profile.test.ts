import { describe, expect, it } from "vitest";
import { MARGIN_PRESETS, nd30Profile, ProfileError, validateProfile } from "./profile.js";

describe("the Nghị định 30 profile", () => {
  it("derives every size from the set, keeping the fixed ones (Số 13, Nơi nhận 12 and 11, Phụ lục 14)", () => {
    const s13 = nd30Profile(13).sizes;
    const s14 = nd30Profile(14).sizes;
    expect([s13.quocHieu, s13.tieuNgu, s13.placeDate, s13.body, s13.congVanSubject]).toEqual([
      12, 13, 13, 13, 12,
    ]);
    expect([s14.quocHieu, s14.tieuNgu, s14.placeDate, s14.body, s14.congVanSubject]).toEqual([
      13, 14, 14, 14, 13,
    ]);
    for (const s of [s13, s14]) {
      expect([s.soKyHieu, s.noiNhanLabel, s.noiNhanItem, s.appendixLabel]).toEqual([13, 12, 11, 14]);
    }
  });

  it("offers the largest text block by default and the official files' margins as a preset", () => {
    expect(nd30Profile(14).marginsMm).toEqual({ top: 20, bottom: 20, left: 30, right: 15 });
    expect(nd30Profile(14, "conservative").marginsMm).toEqual(MARGIN_PRESETS.conservative);
  });

  it("takes a locality's overrides inside the decree's ranges", () => {
    const profile = nd30Profile(13, "default", {
      marginsMm: { left: 35, right: 20 },
      body: { lineSpacing: 1.5, firstLineIndentCm: 1.27 },
      attachmentReferencePrefix: "Ban hành kèm theo",
    });
    expect(profile.marginsMm).toEqual({ top: 20, bottom: 20, left: 35, right: 20 });
    expect(profile.body.lineSpacing).toBe(1.5);
    expect(validateProfile(profile)).toEqual([]);
  });

  it("refuses overrides outside them, naming each field, its value and the allowed range in Vietnamese", () => {
    let error: unknown;
    try {
      nd30Profile(14, "default", { marginsMm: { top: 18 }, body: { lineSpacing: 2 } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ProfileError);
    expect((error as ProfileError).problems.map((p) => p.field)).toEqual([
      "marginsMm.top",
      "body.lineSpacing",
    ]);
    expect((error as Error).message).toBe(
      "Thông số trình bày không hợp lệ: lề trên (marginsMm.top) = 18 mm, cho phép 20–25 mm; " +
        "giãn dòng (body.lineSpacing) = 2 lần dòng đơn, cho phép 1–1,5 lần dòng đơn.",
    );
  });

  it("refuses a size set other than 13 or 14 and an unknown margin preset", () => {
    expect(() => nd30Profile(12 as 13)).toThrow("bộ cỡ chữ (sizeSet) = 12, cho phép 13 hoặc 14");
    expect(() => nd30Profile(14, "wide" as "default")).toThrow("bộ lề (margins) = wide");
  });

  it("finds the faults of a profile object built by hand", () => {
    const profile = {
      ...nd30Profile(14),
      rules: { strokePt: 0.6, shortRuleRatio: 0.7 },
      attachmentReferencePrefix: "Theo",
    };
    expect(validateProfile(profile).map((p) => `${p.field}: ${p.value} (${p.allowed})`)).toEqual([
      "rules.shortRuleRatio: 0,7 (1/3–1/2)",
      'attachmentReferencePrefix: "Theo" ("Kèm theo" hoặc "Ban hành kèm theo")',
    ]);
  });
});
