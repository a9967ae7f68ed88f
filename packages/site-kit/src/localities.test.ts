import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Agency, Locality } from "@kehoach/plan-model";
import { checkThemeContrast, defaultTheme, resolvedValues } from "@kehoach/ui/theme";
import { describe, expect, it } from "vitest";
import { listLocalities, loadLocality } from "./locality-files.js";
import { repoLocalities } from "./test-support/fixtures.js";

// The localities the repository ships are what a fork copies and what the demo builds: each must
// load, carry its theme and emblem, and describe the structure that held on its dates.

const REFORM = "2025-07-01";

function agency(locality: Locality, name: string): Agency {
  const found = locality.agencies.find((a) => a.name === name);
  if (!found) throw new Error(`${locality.slug}: không có cơ quan "${name}"`);
  return found;
}

function unitOf(locality: Locality, a: Agency) {
  return locality.units.find((u) => u.id === a.unitId);
}

describe("the shipped localities", () => {
  it("are the template, a province, a commune and a pre-reform district", async () => {
    expect(await listLocalities(repoLocalities)).toEqual(["example", "kim-lien", "nam-dan", "nghe-an"]);
  });

  it.each(["example", "kim-lien", "nam-dan", "nghe-an"])(
    "%s loads with its theme and its own emblem",
    async (slug) => {
      const loaded = await loadLocality(repoLocalities, slug);
      expect(loaded.theme).not.toBeNull();
      expect(loaded.logoPath).toBe(join(repoLocalities, slug, "logo.svg"));
      expect(loaded.locality.signers.length).toBeGreaterThan(0);
      expect(loaded.locality.agencies.some((a) => a.kind === "group")).toBe(true);
      expect(loaded.locality.notes).toBeTruthy();
    },
  );

  it("include the default and at least two real localities with a theme", async () => {
    const themed = [];
    for (const slug of await listLocalities(repoLocalities)) {
      if ((await loadLocality(repoLocalities, slug)).theme) themed.push(slug);
    }
    expect(themed).toEqual(expect.arrayContaining(["example", "nghe-an", "kim-lien"]));
  });

  it.each(["example", "kim-lien", "nam-dan", "nghe-an"])(
    "%s's theme extends ui's default, writes only what differs, and reaches WCAG AA on every pair",
    async (slug) => {
      const { theme } = await loadLocality(repoLocalities, slug);
      if (!theme) throw new Error(`${slug}: không có chủ đề`);
      expect(checkThemeContrast(theme)).toEqual([]);
      const raw = JSON.parse(await readFile(join(repoLocalities, slug, "theme.json"), "utf8"));
      expect(raw.$extends).toBe("default");
      const base = defaultTheme() as unknown as Record<string, Record<string, string>>;
      for (const field of theme.written ?? []) {
        const [layer, name] = field.split(".") as [string, string];
        expect(base[layer]?.[name], `${slug}: ${field} lặp lại giá trị mặc định`).not.toBe(
          (theme as unknown as Record<string, Record<string, string>>)[layer]?.[name],
        );
      }
      // Every token of the default is there, resolved.
      const values = resolvedValues(theme);
      for (const token of resolvedValues(defaultTheme()).keys()) expect(values.has(token), token).toBe(true);
    },
  );

  it("a commune after the reform has the four bodies of NĐ 150/2025 under its UBND", async () => {
    const { locality } = await loadLocality(repoLocalities, "kim-lien");
    const own = locality.units.find((u) => u.id === locality.unitId);
    expect(own).toMatchObject({ type: "xa", level: "commune", parentId: "tinh-nghe-an", validFrom: REFORM });
    const ubnd = agency(locality, "Ủy ban nhân dân xã Kim Liên");
    for (const name of [
      "Văn phòng HĐND và UBND xã",
      "Phòng Kinh tế",
      "Phòng Văn hóa - Xã hội",
      "Trung tâm Phục vụ hành chính công xã",
    ]) {
      expect(agency(locality, name).parentId).toBe(ubnd.id);
    }
    expect(agency(locality, "Phòng Văn hóa - Xã hội").issuing).toMatchObject({
      parentBodyLines: ["UBND xã Kim Liên"],
      symbol: "VHXH",
    });
    // No district body in a two-tier commune's directory.
    expect(locality.units.some((u) => u.level === "district")).toBe(false);
  });

  it("the template is a phường, with the urban Phòng Kinh tế, Hạ tầng và Đô thị, and says what to replace", async () => {
    const { locality } = await loadLocality(repoLocalities, "example");
    expect(locality.units.find((u) => u.id === locality.unitId)?.type).toBe("phuong");
    expect(agency(locality, "Phòng Kinh tế, Hạ tầng và Đô thị").kind).toBe("co_quan_chuyen_mon");
    expect(locality.notes).toContain("phải thay");
  });

  it("a province has its sở under the UBND tỉnh and a group that finds them by rule", async () => {
    const { locality } = await loadLocality(repoLocalities, "nghe-an");
    const departments = locality.agencies.filter((a) => a.parentId === "ubnd-tinh").map((a) => a.name);
    expect(departments).toEqual(
      expect.arrayContaining(["Sở Nội vụ", "Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Sở Y tế"]),
    );
    expect(agency(locality, "Các sở, ban, ngành cấp tỉnh").memberRule).toEqual({
      parentAgencyId: "ubnd-tinh",
    });
    expect(agency(locality, "Sở Nội vụ").issuing?.symbol).toBe("SNV");
  });

  it("the district ends on 30/6/2025 and its old commune points to the new one", async () => {
    const { locality } = await loadLocality(repoLocalities, "nam-dan");
    const district = locality.units.find((u) => u.id === locality.unitId);
    expect(district).toMatchObject({ type: "huyen", level: "district", validTo: "2025-06-30" });
    for (const unit of locality.units.filter((u) => u.parentId === district?.id)) {
      expect(unit.validTo).toBe("2025-06-30");
    }
    const oldCommune = locality.units.find((u) => u.id === "xa-kim-lien-cu");
    const newCommune = locality.units.find((u) => u.id === "xa-kim-lien");
    expect(oldCommune?.successors).toEqual(["xa-kim-lien"]);
    expect(newCommune).toMatchObject({
      parentId: "tinh-nghe-an",
      validFrom: REFORM,
      predecessors: ["xa-kim-lien-cu"],
    });
    for (const name of [
      "Phòng Nội vụ",
      "Văn phòng HĐND và UBND huyện",
      "Phòng Văn hóa và Thông tin",
      "Phòng Tài chính - Kế hoạch",
    ]) {
      expect(unitOf(locality, agency(locality, name))?.id).toBe("huyen-nam-dan");
    }
    expect(agency(locality, "Phòng Nội vụ").issuing?.symbol).toBe("PNV");
  });

  it.each(["example", "kim-lien", "nam-dan", "nghe-an"])(
    "%s: no body of a district is dated after the district ended",
    async (slug) => {
      const { locality } = await loadLocality(repoLocalities, slug);
      for (const a of locality.agencies) {
        const unit = unitOf(locality, a);
        if (unit?.level !== "district") continue;
        expect(a.validFrom === undefined || a.validFrom < REFORM, `${a.id}`).toBe(true);
        expect(a.validTo === undefined || a.validTo < REFORM, `${a.id}`).toBe(true);
      }
    },
  );
});
