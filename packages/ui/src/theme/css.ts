// Emits a theme as CSS custom properties. The default theme goes on :root; a locality theme is
// scoped by `.kh-theme-<slug>`, and `:root.kh-theme-<slug>` outranks a plain `:root` when the
// class sits on <html>, whatever order the stylesheets load in. Every layer is re-declared in the
// scope, because a var() is resolved where it is declared: component tokens declared only on :root
// would keep the default colours inside a themed subtree.

import type { ThemeData } from "./parse.js";
import { resolveTheme } from "./resolve.js";

export function themeClassName(slug: string): string {
  return `kh-theme-${slug}`;
}

export function themeSelector(slug: string): string {
  const cls = themeClassName(slug);
  return `:root.${cls},\n.${cls}`;
}

export function themeToCss(theme: ThemeData, selector: string): string {
  const lines: string[] = [];
  let layer = "";
  for (const token of resolveTheme(theme)) {
    if (token.layer !== layer) {
      layer = token.layer;
      lines.push(`  /* ${layer} */`);
    }
    lines.push(`  ${token.property}: ${token.cssValue};`);
  }
  return `${selector} {\n  color-scheme: light;\n${lines.join("\n")}\n}\n`;
}
