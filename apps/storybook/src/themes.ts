// Every locality theme, found from the folders: a new localities/<slug>/theme.json appears in the
// theme switcher and on the token pages without a change here.
import "@kehoach/ui/tokens.css";

interface ThemeFile {
  name: string;
  description?: string;
}

const themeFiles = import.meta.glob<ThemeFile>("../../../localities/*/theme.json", {
  eager: true,
  import: "default",
});
import.meta.glob("../../../localities/*/theme.css", { eager: true });

export interface LocalityTheme {
  slug: string;
  name: string;
  description: string | undefined;
}

export const localityThemes: LocalityTheme[] = Object.entries(themeFiles)
  .map(([path, file]) => ({
    slug: path.split("/").at(-2) ?? "",
    name: file.name,
    description: file.description,
  }))
  .sort((a, b) =>
    a.slug === "example" ? -1 : b.slug === "example" ? 1 : a.name.localeCompare(b.name, "vi"),
  );

/** Puts the theme class on <html>, where portalled dialogs and tooltips see it too. */
export function applyTheme(slug: string): void {
  const root = document.documentElement;
  for (const cls of [...root.classList]) if (cls.startsWith("kh-theme-")) root.classList.remove(cls);
  root.classList.add(`kh-theme-${slug}`);
}
