import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { COMPONENT_DEFAULTS, REQUIRED_COLOR_TOKENS, SEMANTIC_DEFAULTS } from "./contract.js";
import { contrastRatio } from "./contrast.js";
import { defaultTokensCss, formatJson, themeJsonSchema } from "./files.js";
import { checkThemeContrast, parseTheme, resolvedValues, type ThemeData, themeToCss } from "./index.js";

const uiRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const localitiesRoot = join(uiRoot, "..", "..", "localities");

/** Every locality that has a theme: the test covers a theme as soon as its folder exists. */
const localityThemes = readdirSync(localitiesRoot, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .flatMap((e) => {
    try {
      return [{ slug: e.name, text: readFileSync(join(localitiesRoot, e.name, "theme.json"), "utf8") }];
    } catch {
      return [];
    }
  });

function parsed(text: string): ThemeData {
  const result = parseTheme(JSON.parse(text));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return result.theme;
}

describe("locality themes", () => {
  it("include the default and at least two real localities", () => {
    expect(localityThemes.map((t) => t.slug)).toEqual(
      expect.arrayContaining(["example", "nghe-an", "kim-lien"]),
    );
  });

  describe.each(localityThemes)("$slug", ({ text }) => {
    it("sets every required token and nothing outside the contract", () => {
      const result = parseTheme(JSON.parse(text));
      expect(result.ok ? [] : result.problems).toEqual([]);
      const values = resolvedValues(parsed(text));
      for (const token of REQUIRED_COLOR_TOKENS) expect(values.get(token), token).toMatch(/^#[0-9a-f]{6}$/);
    });

    it("reaches WCAG AA on every text/background pair (4.5:1) and every non-text pair (3:1)", () => {
      const failures = checkThemeContrast(parsed(text)).map(
        (f) => `${f.foreground} on ${f.background}: ${f.ratio.toFixed(2)} < ${f.minimum}`,
      );
      expect(failures).toEqual([]);
    });
  });

  it("puts the example theme on :root in tokens.css, up to date", () => {
    const example = localityThemes.find((t) => t.slug === "example");
    expect(example).toBeDefined();
    expect(readFileSync(join(uiRoot, "src/tokens.css"), "utf8")).toBe(
      defaultTokensCss(parsed(example!.text)),
    );
  });

  it("ships an up-to-date theme.schema.json for editors", () => {
    expect(readFileSync(join(uiRoot, "theme.schema.json"), "utf8")).toBe(
      `${formatJson(themeJsonSchema())}\n`,
    );
  });
});

describe("component stylesheets", () => {
  const declared = new Set(
    [...REQUIRED_COLOR_TOKENS, ...Object.keys(SEMANTIC_DEFAULTS), ...Object.keys(COMPONENT_DEFAULTS)].map(
      (t) => `--kh-${t}`,
    ),
  );
  const stylesheets = readdirSync(join(uiRoot, "src"), { recursive: true, encoding: "utf8" }).filter(
    (f) => f.endsWith(".css") && f !== "tokens.css",
  );

  it.each(stylesheets)("%s reads only tokens declared in the contract", (file) => {
    const css = readFileSync(join(uiRoot, "src", file), "utf8");
    const used = [...css.matchAll(/var\((--kh-[a-z0-9-]+)/g)].map((m) => m[1]!);
    expect(used.filter((name) => !declared.has(name))).toEqual([]);
    // Components never read the brand layer: that is what lets a theme rename its palette freely.
    expect(used.filter((name) => name.startsWith("--kh-brand-"))).toEqual([]);
  });
});

const minimal = () => {
  const example = localityThemes.find((t) => t.slug === "example")!;
  return JSON.parse(example.text) as Record<string, Record<string, string>>;
};

describe("parseTheme refuses a broken theme and says where", () => {
  it("names an unknown token and lists the valid ones", () => {
    const data = minimal();
    data.semantic!["color-txt"] = "#000000";
    const result = parseTheme(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.path).toBe("semantic.color-txt");
    expect(result.problems[0]?.message).toContain("color-text");
  });

  it("names a required token left unset", () => {
    const data = minimal();
    delete data.semantic!["color-focus"];
    const result = parseTheme(data);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(["semantic.color-focus"]);
  });

  it("refuses a colour that is not #rrggbb and a reference to an undeclared brand colour", () => {
    const data = minimal();
    data.brand!.white = "trắng";
    data.semantic!["color-text"] = "{brand.mau-khong-co}";
    const result = parseTheme(data);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      "brand.white",
      "semantic.color-text",
    ]);
  });

  it("refuses a value that would break out of its declaration", () => {
    const data = minimal();
    data.semantic!["font-family-body"] = "Arial; } body { display: none";
    const result = parseTheme(data);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(["semantic.font-family-body"]);
  });
});

describe("contrast and CSS emission", () => {
  it("computes WCAG ratios: black on white is 21:1, #767676 on white just passes 4.5:1", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#767676", "#fff")).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(4.5);
  });

  it("reports a theme whose action colour is too pale for white text", () => {
    const data = minimal();
    data.brand!["primary-700"] = "#6fa8ff";
    const failures = checkThemeContrast(parsed(JSON.stringify(data)));
    expect(failures.map((f) => `${f.foreground}/${f.background}`)).toContain(
      "color-action-text/color-action",
    );
    expect(failures.map((f) => `${f.foreground}/${f.background}`)).toContain(
      "button-primary-text/button-primary-background",
    );
  });

  it("re-declares component tokens inside the theme class, so a themed subtree recolours components", () => {
    const css = themeToCss(parsed(JSON.stringify(minimal())), ".kh-theme-x");
    expect(css).toMatch(/^\.kh-theme-x \{/);
    expect(css).toContain("--kh-color-action: var(--kh-brand-primary-700);");
    expect(css).toContain("--kh-button-primary-background: var(--kh-color-action);");
  });

  it("lets a theme override a component token and checks the override's contrast", () => {
    const data = minimal() as Record<string, unknown>;
    data.component = { "button-primary-background": "{brand.neutral-100}" };
    const failures = checkThemeContrast(parsed(JSON.stringify(data)));
    expect(failures.map((f) => f.foreground)).toContain("button-primary-text");
  });
});
