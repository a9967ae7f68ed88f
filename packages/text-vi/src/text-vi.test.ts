import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  asciiKey,
  cleanLine,
  cleanText,
  cleanTyping,
  compareVi,
  DIEM_LETTERS,
  formatDocumentNumber,
  formatNd30Date,
  formatPlaceAndDate,
  formatQuantity,
  formatShortDate,
  fromRoman,
  isValidPartialDate,
  sortVi,
  toIsoDate,
  toneKey,
  toRoman,
  toUpperVi,
} from "./index.js";

describe("cleaning keeps Vietnamese intact and drops what breaks it", () => {
  it("turns decomposed (NFD) input into precomposed NFC", () => {
    const nfd = "Kế hoạch cải cách hành chính".normalize("NFD");
    expect(cleanText(nfd)).toBe("Kế hoạch cải cách hành chính");
  });

  it("drops zero-width and control characters but keeps line breaks", () => {
    expect(cleanText("Phòng\u200B Nội\u0007 vụ\r\nxã")).toBe("Phòng Nội vụ\nxã");
  });

  it("collapses a one-line field to single spaces, NBSP included", () => {
    expect(cleanLine("  Ủy ban\u00A0nhân   dân\txã  ")).toBe("Ủy ban nhân dân xã");
  });

  it("cleans a field while it is typed in without eating the space before the next word", () => {
    expect(cleanTyping("\u202egnp.exe ")).toBe("gnp.exe ");
    expect(cleanTyping("Phòng\u200B Nội\u2066 vụ\r\n")).toBe("Phòng Nội vụ\n");
    expect(cleanTyping("Kế hoạch ".normalize("NFD"))).toBe("Kế hoạch ");
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(cleanText(cleanTyping(s))).toBe(cleanText(s));
      }),
    );
  });

  it("never changes text that is already clean", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = cleanText(s);
        expect(cleanText(once)).toBe(once);
      }),
    );
  });
});

describe("upper case is real upper case", () => {
  it("maps đ, ơ, ư and tone letters", () => {
    expect(toUpperVi("Ủy ban nhân dân xã Kim Liên")).toBe("ỦY BAN NHÂN DÂN XÃ KIM LIÊN");
    expect(toUpperVi("phòng văn hóa - xã hội đặc khu")).toBe("PHÒNG VĂN HÓA - XÃ HỘI ĐẶC KHU");
  });
});

describe("keys for matching", () => {
  it("meets both tone placements", () => {
    expect(toneKey("Hoà Bình")).toBe(toneKey("Hòa Bình"));
    expect(toneKey("Uỷ ban")).toBe(toneKey("Ủy ban"));
  });

  it("keeps vowel quality, so different words stay different", () => {
    expect(toneKey("Văn")).not.toBe(toneKey("Vân"));
  });

  it("folds &, dashes and punctuation", () => {
    expect(toneKey("Phòng VH&TT")).toBe(toneKey("phòng VH và TT"));
    expect(toneKey("Tài chính – Kế hoạch")).toBe(toneKey("Tài chính - Kế hoạch"));
  });

  it("asciiKey lets people search without accents", () => {
    expect(asciiKey("Đặc khu Phú Quốc")).toBe("dac khu phu quoc");
  });
});

describe("Vietnamese collation", () => {
  it("puts Đ after D and before E, not after Z", () => {
    expect(sortVi(["Zeta", "Đông", "Dương", "Em"])).toEqual(["Dương", "Đông", "Em", "Zeta"]);
  });

  it("orders ă and â after a", () => {
    expect(compareVi("an", "ăn")).toBeLessThan(0);
    expect(compareVi("ăn", "ân")).toBeLessThan(0);
  });
});

describe("Nghị định 30 dates", () => {
  it("pads the day below 10 and only months 1 and 2", () => {
    expect(formatNd30Date({ day: 5, month: 3, year: 2020 })).toBe("ngày 05 tháng 3 năm 2020");
    expect(formatNd30Date({ day: 5, month: 1, year: 2020 })).toBe("ngày 05 tháng 01 năm 2020");
    expect(formatNd30Date({ day: 19, month: 12, year: 2024 })).toBe("ngày 19 tháng 12 năm 2024");
    expect(formatNd30Date({ day: 29, month: 2, year: 2024 })).toBe("ngày 29 tháng 02 năm 2024");
  });

  it("leaves blanks in a draft", () => {
    expect(formatPlaceAndDate("Phước Long", { year: 2024 })).toMatch(
      /^Phước Long, ngày \s+ tháng \s+ năm 2024$/u,
    );
  });

  it("writes short dates with the same padding", () => {
    expect(formatShortDate({ day: 1, month: 7, year: 2025 })).toBe("01/7/2025");
    expect(toIsoDate({ day: 1, month: 7, year: 2025 })).toBe("2025-07-01");
    expect(toIsoDate({ month: 7, year: 2025 })).toBeNull();
  });

  it("accepts only real calendar dates", () => {
    expect(isValidPartialDate({ day: 29, month: 2, year: 2024 })).toBe(true);
    expect(isValidPartialDate({ day: 29, month: 2, year: 2026 })).toBe(false);
    expect(isValidPartialDate({ day: 3, year: 2026 })).toBe(false);
  });
});

describe("numbers", () => {
  it("groups quantities with a dot and uses a decimal comma", () => {
    expect(formatQuantity(1250000)).toBe("1.250.000");
    expect(formatQuantity(95.5)).toBe("95,5");
  });

  it("pads document numbers below 10 and never groups them", () => {
    expect(formatDocumentNumber(5)).toBe("05");
    expect(formatDocumentNumber(1234)).toBe("1234");
  });
});

describe("numbering", () => {
  it.each([
    [1, "I"],
    [4, "IV"],
    [9, "IX"],
    [14, "XIV"],
    [40, "XL"],
    [1994, "MCMXCIV"],
  ])("writes %i as %s and reads it back", (n, roman) => {
    expect(toRoman(n)).toBe(roman);
    expect(fromRoman(roman)).toBe(n);
  });

  it("refuses malformed Roman numerals and non-positive numbers", () => {
    expect(fromRoman("IIII")).toBeUndefined();
    expect(fromRoman("XIV.")).toBeUndefined();
    expect(() => toRoman(0)).toThrow(RangeError);
  });

  it("orders điểm letters the Vietnamese way, đ after d and no f", () => {
    expect(DIEM_LETTERS.slice(0, 7)).toEqual(["a", "b", "c", "d", "đ", "e", "g"]);
    expect(DIEM_LETTERS).not.toContain("f");
  });
});
