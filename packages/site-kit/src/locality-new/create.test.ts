import { validateLocalityData } from "@kehoach/plan-model";
import { describe, expect, it } from "vitest";
import { createLocality, NEW_LOCALITY_TYPES, placeName, slugFromName, unitTitle } from "./create.js";

const nghean = { name: "Nghệ An", type: "tinh" as const };

describe("a new locality's data", () => {
  it.each(NEW_LOCALITY_TYPES)("is valid for a %s", (type) => {
    const data = createLocality({ slug: "moi", name: "Hòa Bình", type, province: nghean });
    const result = validateLocalityData(data);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("gives a xã the two-tier bodies, dated from 1/7/2025, under its UBND", () => {
    const data = createLocality({ slug: "xa-hoa-binh", name: "Hòa Bình", type: "xa", province: nghean });
    expect(data.name).toBe("Xã Hòa Bình, tỉnh Nghệ An");
    const names = data.agencies.map((a) => a.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "Ủy ban nhân dân xã Hòa Bình",
        "Văn phòng HĐND và UBND xã",
        "Phòng Kinh tế",
        "Phòng Văn hóa - Xã hội",
        "Trung tâm Phục vụ hành chính công xã",
        "Ủy ban nhân dân tỉnh Nghệ An",
        "Sở Nội vụ tỉnh Nghệ An",
      ]),
    );
    const vhxh = data.agencies.find((a) => a.name === "Phòng Văn hóa - Xã hội");
    expect(vhxh).toMatchObject({ parentId: "ubnd", validFrom: "2025-07-01" });
    expect(vhxh?.issuing).toEqual({
      parentBodyLines: ["UBND xã Hòa Bình"],
      headerLines: ["Phòng Văn hóa - Xã hội"],
      symbol: "VHXH",
      place: "Hòa Bình",
    });
    expect(data.units.find((u) => u.id === data.unitId)).toMatchObject({
      parentId: "tinh-nghe-an",
      validFrom: "2025-07-01",
    });
  });

  it("names the economic office of a phường Phòng Kinh tế, Hạ tầng và Đô thị", () => {
    const phuong = createLocality({ slug: "p", name: "Vinh Phú", type: "phuong", province: nghean });
    const dacKhu = createLocality({
      slug: "d",
      name: "Côn Đảo",
      type: "dac_khu",
      province: { name: "Hồ Chí Minh", type: "thanh_pho_truc_thuoc_tw" },
    });
    expect(phuong.agencies.some((a) => a.name === "Phòng Kinh tế, Hạ tầng và Đô thị")).toBe(true);
    expect(dacKhu.agencies.some((a) => a.name === "Phòng Kinh tế")).toBe(true);
    expect(dacKhu.name).toBe("Đặc khu Côn Đảo, thành phố Hồ Chí Minh");
  });

  it("gives a district the pre-reform offices, all ending on 30/6/2025", () => {
    const data = createLocality({ slug: "h", name: "Nam Đàn", type: "huyen", province: nghean });
    expect(data.units.find((u) => u.id === data.unitId)?.validTo).toBe("2025-06-30");
    const names = data.agencies.map((a) => a.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "Phòng Nội vụ",
        "Văn phòng HĐND và UBND huyện",
        "Phòng Văn hóa và Thông tin",
        "Phòng Tài chính - Kế hoạch",
      ]),
    );
    expect(data.agencies.find((a) => a.id === "phong-noi-vu")?.issuing?.symbol).toBe("PNV");
    expect(data.signers?.every((s) => s.validTo === "2025-06-30")).toBe(true);
  });

  it("gives a province the sở every province has and no parent unit", () => {
    const data = createLocality({ slug: "nghe-an", name: "Nghệ An", type: "tinh" });
    expect(data.name).toBe("Tỉnh Nghệ An");
    expect(data.units).toHaveLength(1);
    expect(data.agencies.filter((a) => a.parentId === "ubnd").map((a) => a.name)).toEqual(
      expect.arrayContaining(["Sở Nội vụ", "Sở Tài chính", "Sở Y tế", "Thanh tra tỉnh"]),
    );
  });

  it("keeps the generic word of a numbered unit in its title and place", () => {
    expect(unitTitle("quan", "1")).toBe("Quận 1");
    expect(placeName("quan", "1")).toBe("Quận 1");
    expect(unitTitle("xa", "Kim Liên")).toBe("xã Kim Liên");
    expect(placeName("xa", "Kim Liên")).toBe("Kim Liên");
  });

  it("refuses a commune without its province", () => {
    expect(() => createLocality({ slug: "x", name: "Kim Liên", type: "xa" })).toThrow(/--province/);
  });

  it.each([
    ["Kim Liên", "kim-lien"],
    ["Đặc khu Côn Đảo", "dac-khu-con-dao"],
    ["Hòa Bình", "hoa-binh"],
  ])("derives the folder name of %s", (name, slug) => {
    expect(slugFromName(name)).toBe(slug);
  });
});
