import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LocalityError, listLocalities, loadLocality } from "./locality-files.js";
import { normaliseBasePath, siteInfo } from "./site-info.js";

const repoLocalities = fileURLToPath(new URL("../../../localities", import.meta.url));

async function copyOf(slug: string) {
  const dir = await mkdtemp(join(tmpdir(), "kehoach-localities-"));
  await cp(join(repoLocalities, slug), join(dir, slug), { recursive: true });
  return dir;
}

async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LocalityError) return error.problems;
    throw error;
  }
  throw new Error("expected the locality to be refused");
}

describe("reading a locality", () => {
  it("loads the shipped commune with its theme scoped by class", async () => {
    const loaded = await loadLocality(repoLocalities, "kim-lien");
    expect(loaded.locality.name).toBe("Xã Kim Liên, tỉnh Nghệ An");
    expect(loaded.themeClass).toBe("kh-theme-kim-lien");
    expect(loaded.themeCss).toContain(".kh-theme-kim-lien");
    expect(loaded.themeCss).toContain("--kh-color-text");
  });

  it("names the file, the field and the fix when locality.json is wrong", async () => {
    const dir = await copyOf("kim-lien");
    const path = join(dir, "kim-lien", "locality.json");
    const data = JSON.parse(await readFile(path, "utf8"));
    data.agencies[0].kind = "ban_chi_dao";
    delete data.units;
    await writeFile(path, JSON.stringify(data));
    const problems = await problemsOf(loadLocality(dir, "kim-lien"));
    expect(
      problems.some((p) => p.startsWith("localities/kim-lien/locality.json › ") && p.includes("(units)")),
    ).toBe(true);
    expect(problems.some((p) => p.includes("(agencies[0].kind)"))).toBe(true);
  });

  it("refuses a slug that does not match its folder", async () => {
    const dir = await copyOf("kim-lien");
    const path = join(dir, "kim-lien", "locality.json");
    await writeFile(
      path,
      (await readFile(path, "utf8")).replace('"slug": "kim-lien"', '"slug": "kim-lien-2"'),
    );
    expect(await problemsOf(loadLocality(dir, "kim-lien"))).toEqual([
      'localities/kim-lien/locality.json › slug: ghi "kim-lien-2" nhưng thư mục là "kim-lien"; sửa thành "slug": "kim-lien".',
    ]);
  });

  it("refuses a theme whose text is too faint on its background", async () => {
    const dir = await copyOf("kim-lien");
    const path = join(dir, "kim-lien", "theme.json");
    const theme = JSON.parse(await readFile(path, "utf8"));
    theme.brand["neutral-900"] = { $value: "#d0d0d0" };
    await writeFile(path, JSON.stringify(theme));
    const problems = await problemsOf(loadLocality(dir, "kim-lien"));
    // One line for the field the person wrote, with its colour, what it fails and a colour that passes.
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^localities\/kim-lien\/theme\.json › brand\.neutral-900: màu #d0d0d0 không đủ tương phản khi làm chữ trên nền #[0-9a-f]{6}: 1\.\d\d:1, cần 4\.5:1/,
    );
    expect(problems[0]).toMatch(/Gợi ý: đổi thành "#[0-9a-f]{6}", màu gần nhất cùng sắc độ đạt mọi cặp/);
  });

  it("lists the localities there are when asked for one that does not exist", async () => {
    const problems = await problemsOf(loadLocality(repoLocalities, "xa-khong-co"));
    expect(problems[0]).toMatch(
      /^Không có localities\/xa-khong-co\/locality\.json\. Các địa phương có sẵn: .*kim-lien/,
    );
    expect(await listLocalities(repoLocalities)).toContain("kim-lien");
  });

  it("refuses a LOCALITY value that is not a folder name", async () => {
    const problems = await problemsOf(loadLocality(repoLocalities, "../etc"));
    expect(problems[0]).toContain('LOCALITY="../etc"');
  });
});

describe("site information for the pages", () => {
  it("derives the header name and the official name from the locality", async () => {
    const { locality, themeClass } = await loadLocality(repoLocalities, "kim-lien");
    expect(siteInfo(locality, "/", "plan-builder", themeClass)).toMatchObject({
      shortName: "Xã Kim Liên",
      officialName: "Ủy ban nhân dân xã Kim Liên, tỉnh Nghệ An",
    });
  });

  it.each([
    [undefined, "/"],
    ["/", "/"],
    ["kehoach", "/kehoach/"],
    ["/kehoach/", "/kehoach/"],
    ["/so/kehoach", "/so/kehoach/"],
  ])("normalises BASE_PATH %j to %j", (input, expected) => {
    expect(normaliseBasePath(input)).toBe(expected);
  });
});
