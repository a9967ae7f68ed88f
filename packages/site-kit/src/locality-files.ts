import { readFileSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { type Locality, parseLocalityJson } from "@kehoach/plan-model";
import {
  contrastAdvice,
  formatContrastAdvice,
  parseTheme,
  type ThemeData,
  themeClassName,
  themeSelector,
  themeToCss,
} from "@kehoach/ui/theme";

// A locality is data a fork adds under localities/<slug>/: locality.json (the unit, its agencies,
// signers and report rule), theme.json (colours, as design tokens) and optionally logo.svg / logo.png.
// The build refuses a locality with a mistake, naming the file, the field and what to write.

export interface LoadedLocality {
  slug: string;
  dir: string;
  locality: Locality;
  theme: ThemeData | null;
  /** The theme as CSS scoped by `themeClass` (empty when the locality uses the default theme). */
  themeCss: string;
  themeClass: string;
  /** Absolute path of the logo file, when there is one. */
  logoPath: string | null;
}

export class LocalityError extends Error {
  constructor(readonly problems: string[]) {
    super(`Địa phương không hợp lệ:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "LocalityError";
  }
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export async function listLocalities(localitiesDir: string): Promise<string[]> {
  const entries = await readdir(localitiesDir, { withFileTypes: true }).catch(() => []);
  const slugs: string[] = [];
  for (const entry of entries) {
    if (entry.isDirectory() && (await exists(join(localitiesDir, entry.name, "locality.json"))))
      slugs.push(entry.name);
  }
  return slugs.sort();
}

export async function loadLocality(localitiesDir: string, slug: string): Promise<LoadedLocality> {
  if (!SLUG.test(slug)) {
    throw new LocalityError([
      `LOCALITY="${slug}": tên thư mục địa phương chỉ gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ: kim-lien).`,
    ]);
  }
  const dir = join(localitiesDir, slug);
  const file = (name: string) => `localities/${slug}/${name}`;
  if (!(await exists(join(dir, "locality.json")))) {
    const known = await listLocalities(localitiesDir);
    throw new LocalityError([
      `Không có ${file("locality.json")}. Các địa phương có sẵn: ${known.join(", ") || "(chưa có)"}. Tạo mới bằng: pnpm locality:new ${slug}`,
    ]);
  }
  const problems: string[] = [];
  const result = parseLocalityJson(await readFile(join(dir, "locality.json"), "utf8"));
  if (!result.ok) {
    for (const p of result.problems)
      problems.push(`${file("locality.json")} › ${p.where}${p.path ? ` (${p.path})` : ""}: ${p.message}`);
  } else if (result.locality.slug !== slug) {
    problems.push(
      `${file("locality.json")} › slug: ghi "${result.locality.slug}" nhưng thư mục là "${slug}"; sửa thành "slug": "${slug}".`,
    );
  }

  let theme: ThemeData | null = null;
  if (await exists(join(dir, "theme.json"))) {
    let data: unknown;
    try {
      data = JSON.parse(await readFile(join(dir, "theme.json"), "utf8"));
    } catch (error) {
      problems.push(
        `${file("theme.json")}: không phải JSON hợp lệ (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
    if (data !== undefined) {
      const parsed = parseTheme(data, { resolveBase: (base) => readBaseTheme(localitiesDir, base) });
      if (!parsed.ok) {
        for (const p of parsed.problems) problems.push(`${file("theme.json")} › ${p.path}: ${p.message}`);
      } else {
        theme = parsed.theme;
        // One line per field the person wrote, with its colour, what it fails and a colour that passes.
        for (const advice of contrastAdvice(theme))
          problems.push(formatContrastAdvice(advice, file("theme.json")));
      }
    }
  }
  if (problems.length > 0 || !result.ok) throw new LocalityError(problems);

  let logoPath: string | null = null;
  for (const name of ["logo.svg", "logo.png"]) {
    if (await exists(join(dir, name))) {
      logoPath = join(dir, name);
      break;
    }
  }
  return {
    slug,
    dir,
    locality: result.locality,
    theme,
    themeCss: theme ? themeToCss(theme, themeSelector(slug)) : "",
    themeClass: themeClassName(slug),
    logoPath,
  };
}

/** Another locality's theme.json, for a theme that extends it ("$extends": "nghe-an"). */
function readBaseTheme(localitiesDir: string, slug: string): unknown {
  if (!SLUG.test(slug)) return undefined;
  try {
    return JSON.parse(readFileSync(join(localitiesDir, slug, "theme.json"), "utf8"));
  } catch {
    return undefined;
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
