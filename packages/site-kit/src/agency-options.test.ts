import { describe, expect, it } from "vitest";
import { agencyOptions } from "./agency-options.js";
import { loadLocality } from "./locality-files.js";
import { repoLocalities } from "./test-support/fixtures.js";

describe("the agency choices every page carries", () => {
  it("lists each canonical name once, in Vietnamese order, with its other names as the label", async () => {
    const { locality } = await loadLocality(repoLocalities, "kim-lien");
    const options = agencyOptions(locality);
    const values = options.map((o) => o.value);
    expect(new Set(values).size).toBe(values.length);
    // Vietnamese order: "Đoàn" after "Công", "Ủy" after "Trưởng".
    expect(values.indexOf("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã")).toBeGreaterThan(
      values.indexOf("Công an xã Kim Liên"),
    );
    expect(values.indexOf("Ủy ban nhân dân xã Kim Liên")).toBeGreaterThan(values.indexOf("Trưởng các thôn"));
    expect(options.find((o) => o.value === "Phòng Văn hóa - Xã hội")?.label).toContain("VHXH");
  });

  it("merges the labels of two agencies that carry the same name at different dates", async () => {
    const { locality } = await loadLocality(repoLocalities, "nam-dan");
    const kimLien = agencyOptions(locality).filter((o) => o.value === "Ủy ban nhân dân xã Kim Liên");
    expect(kimLien).toEqual([{ value: "Ủy ban nhân dân xã Kim Liên", label: "UBND xã Kim Liên" }]);
  });
});
