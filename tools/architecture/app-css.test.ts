import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Every colour an app shows comes from the design tokens, so the contrast checks that run on the
// tokens (every theme, every role) see every colour on screen. An app's stylesheet names a token
// (var(--kh-…)) and never a colour of its own, not even as a fallback.

const root = join(import.meta.dirname, "..", "..");

/** The colour literals of a stylesheet (comments left out), with their line. */
export function colourLiterals(css: string): { line: number; text: string }[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, " "));
  const found: { line: number; text: string }[] = [];
  const pattern =
    /#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(|(?<![\w-])(?:white|black|red|green|blue|gray|grey|silver|yellow|orange)(?![\w-])/g;
  withoutComments.split("\n").forEach((text, i) => {
    // Property names such as white-space are not colours; only values are looked at.
    const value = text.includes(":") ? text.slice(text.indexOf(":") + 1) : text;
    for (const match of value.matchAll(pattern)) found.push({ line: i + 1, text: match[0] });
  });
  return found;
}

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".css") && !f.includes("node_modules") && !f.startsWith("dist"))
    .map((f) => join(dir, f));
}

describe("app stylesheets", () => {
  const apps = readdirSync(join(root, "apps"));
  const files = apps.flatMap((app) => {
    try {
      return stylesheets(join(root, "apps", app, "src"));
    } catch {
      return [];
    }
  });

  it("exist to be checked", () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it("hold no colour of their own: every colour is a design token", () => {
    const found = files.flatMap((file) =>
      colourLiterals(readFileSync(file, "utf8")).map(
        (c) => `${file.slice(root.length + 1)}:${c.line}: ${c.text}`,
      ),
    );
    expect(found).toEqual([]);
  });
});

describe("finding colours in a stylesheet", () => {
  it("sees hex, functional and named colours, also as a token's fallback", () => {
    const css = [
      ".a { color: var(--kh-color-text, #1b1f24); }",
      ".b { background: rgb(0 0 0 / 25%); border-color: white; }",
      ".c { white-space: nowrap; color: currentColor; background: transparent; }",
      "/* #ffffff in a comment */ .d { color: var(--kh-color-link); }",
    ].join("\n");
    expect(colourLiterals(css)).toEqual([
      { line: 1, text: "#1b1f24" },
      { line: 2, text: "rgb(" },
      { line: 2, text: "white" },
    ]);
  });
});
