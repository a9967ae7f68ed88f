// Every locality theme, found from the folders: a new localities/<slug>/theme.json appears in the
// theme switcher and on the token pages without a change here.
import "@kehoach/ui/tokens.css";
import { parseTheme, type ThemeData, themeSelector, themeToCss } from "@kehoach/ui/theme";

const themeFiles = import.meta.glob<unknown>("../../../localities/*/theme.json", {
  eager: true,
  import: "default",
});

export interface LocalityTheme {
  slug: string;
  name: string;
  theme: ThemeData;
}

const slugOf = (path: string) => path.split("/").at(-2) ?? "";
const bySlug = new Map(Object.entries(themeFiles).map(([path, data]) => [slugOf(path), data]));

function load(path: string, data: unknown): LocalityTheme {
  const slug = slugOf(path);
  // A theme extends "default" (ui's own) or another locality's, found among the same files.
  const result = parseTheme(data, { resolveBase: (name) => bySlug.get(name) });
  if (!result.ok) {
    // The theme build refuses such a file too; say where, rather than show a half-themed catalogue.
    throw new Error(
      `localities/${slug}/theme.json: ${result.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`,
    );
  }
  return { slug, name: result.theme.name, theme: result.theme };
}

export const localityThemes: LocalityTheme[] = Object.entries(themeFiles)
  .map(([path, data]) => load(path, data))
  .sort((a, b) =>
    a.slug === "example" ? -1 : b.slug === "example" ? 1 : a.name.localeCompare(b.name, "vi"),
  );

// Each theme's CSS is made here from its theme.json, as the apps' build does (site-kit): the
// catalogue shows exactly the data a locality commits, with no generated copy to keep in step.
if (typeof document !== "undefined") {
  const style = document.createElement("style");
  style.dataset.kehoachThemes = "";
  style.textContent = localityThemes.map((t) => themeToCss(t.theme, themeSelector(t.slug))).join("\n");
  document.head.append(style);
}

/** Puts the theme class on <html>, where portalled dialogs and tooltips see it too. */
export function applyTheme(slug: string): void {
  const root = document.documentElement;
  for (const cls of [...root.classList]) if (cls.startsWith("kh-theme-")) root.classList.remove(cls);
  root.classList.add(`kh-theme-${slug}`);
}
