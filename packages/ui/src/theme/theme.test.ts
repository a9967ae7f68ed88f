import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { COMPONENT_DEFAULTS, REQUIRED_COLOR_TOKENS, SEMANTIC_DEFAULTS } from "./contract.js";
import { contrastRatio } from "./contrast.js";
import { defaultTokensCss, formatJson, themeJsonSchema } from "./files.js";
import {
  checkThemeContrast,
  contrastAdvice,
  defaultTheme,
  formatContrastAdvice,
  parseTheme,
  resolvedValues,
  type ThemeData,
  themeToCss,
} from "./index.js";

const uiRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

// The package's own themes only: its default theme, and a theme in the first (flat) format. The
// repository's localities are checked where they are used (site-kit's localities tests).
const flatThemeText = readFileSync(join(uiRoot, "src/theme/fixtures/flat-theme.json"), "utf8");
const defaultTokensText = readFileSync(join(uiRoot, "src/theme/default.tokens.json"), "utf8");
const packageThemes = [
  { slug: "default", text: defaultTokensText },
  { slug: "flat format", text: flatThemeText },
];

function parsed(text: string): ThemeData {
  const result = parseTheme(JSON.parse(text));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return result.theme;
}

describe("the package's themes", () => {
  it("include ui's own default theme, with every colour of the flat example it replaces", () => {
    const fromDefault = resolvedValues(defaultTheme());
    const fromFlat = resolvedValues(parsed(flatThemeText));
    expect(Object.fromEntries(fromDefault)).toEqual(Object.fromEntries(fromFlat));
  });

  describe.each(packageThemes)("$slug", ({ text }) => {
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

  it("puts the default theme on :root in tokens.css, up to date", () => {
    expect(readFileSync(join(uiRoot, "src/tokens.css"), "utf8")).toBe(defaultTokensCss(defaultTheme()));
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

const minimal = () => JSON.parse(flatThemeText) as Record<string, Record<string, string>>;

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

/** A locality theme as the repository writes them: extends the default, writes only what differs. */
const lotus = () => ({
  $extends: "default",
  $extensions: { "vn.kehoach": { name: "Xã Kim Liên" } },
  $description: "Xanh lá và hồng sen.",
  brand: {
    $type: "color",
    "primary-700": { $value: "#1d6841" },
    "lotus-50": { $value: "#fcebf2" },
    "lotus-900": { $value: "#5e1838" },
  },
  semantic: {
    $type: "color",
    "color-banner-background": { $value: "{brand.lotus-50}" },
    "color-banner-text": { $value: "{brand.lotus-900}" },
  },
});

describe("a theme in the W3C design tokens format that extends a base", () => {
  it("takes the base's tokens and overrides only what it writes", () => {
    const theme = parsed(JSON.stringify(lotus()));
    expect(theme.name).toBe("Xã Kim Liên");
    expect(theme.extends).toBe("default");
    const values = resolvedValues(theme);
    expect(values.get("color-action")).toBe("#1d6841");
    expect(values.get("color-banner-background")).toBe("#fcebf2");
    // What it does not write is the default's.
    expect(values.get("color-danger")).toBe(resolvedValues(defaultTheme()).get("color-danger"));
    expect(theme.written).toEqual([
      "brand.primary-700",
      "brand.lotus-50",
      "brand.lotus-900",
      "semantic.color-banner-background",
      "semantic.color-banner-text",
    ]);
  });

  it("emits the whole resolved set in the locality's scope", () => {
    const css = themeToCss(parsed(JSON.stringify(lotus())), ".kh-theme-kim-lien");
    expect(css).toContain("--kh-brand-primary-700: #1d6841;");
    expect(css).toContain("--kh-brand-red-700:");
    expect(css).toContain("--kh-color-banner-background: var(--kh-brand-lotus-50);");
  });

  it("extends another locality's theme through the resolver, and reads a DTCG colour object", () => {
    const child = {
      $extends: "kim-lien",
      name: "Phường Vinh Phú",
      brand: {
        "lotus-900": { $type: "color", $value: { colorSpace: "srgb", components: [0.3, 0.05, 0.15] } },
      },
    };
    const result = parseTheme(child, { resolveBase: (name) => (name === "kim-lien" ? lotus() : undefined) });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.theme.brand["primary-700"]).toBe("#1d6841");
    expect(result.theme.brand["lotus-900"]).toBe("#4d0d26");
    expect(result.theme.written).toEqual(["brand.lotus-900"]);
  });

  it("names a base that does not exist, a loop of bases, and a token outside the contract", () => {
    const missing = parseTheme({ ...lotus(), $extends: "khong-co" }, { resolveBase: () => undefined });
    expect(missing.ok ? [] : missing.problems.map((p) => p.path)).toEqual(["$extends"]);
    const loop = parseTheme(
      { ...lotus(), $extends: "a" },
      { resolveBase: (name) => ({ ...lotus(), $extends: name === "a" ? "b" : "a" }) },
    );
    expect(loop.ok ? "" : loop.problems[0]?.message).toContain("vòng");
    const typo = lotus() as Record<string, unknown>;
    typo.semantic = { "color-txt": { $value: "#000000" } };
    const wrong = parseTheme(typo);
    expect(wrong.ok ? [] : wrong.problems.map((p) => p.path)).toEqual(["semantic.color-txt"]);
  });

  it("reads a token written as a plain value, and says what a token must look like otherwise", () => {
    const plain = lotus() as Record<string, unknown>;
    plain.brand = { "primary-700": "#1d6841", "lotus-50": "#fcebf2", "lotus-900": "#5e1838" };
    const result = parseTheme(plain);
    expect(result.ok ? result.theme.brand["primary-700"] : result.problems).toBe("#1d6841");
    const wrong = lotus() as Record<string, unknown>;
    wrong.brand = { "primary-700": { value: "#1d6841" } };
    const refused = parseTheme(wrong);
    expect(refused.ok ? "" : refused.problems[0]?.message).toContain('"$value"');
  });
});

describe("a contrast failure, told as the field the person wrote", () => {
  it("names the brand colour edited, its value, the colours it fails against, and one that passes", () => {
    const data = lotus();
    data.brand["primary-700"] = { $value: "#8fc4a5" };
    const theme = parsed(JSON.stringify(data));
    const advice = contrastAdvice(theme);
    expect(advice.map((a) => a.field)).toEqual(["brand.primary-700"]);
    const [first] = advice;
    expect(first?.value).toBe("#8fc4a5");
    expect(first?.roles).toEqual(expect.arrayContaining(["color-action", "color-link", "button-ghost-text"]));
    expect(first?.pairs.map((p) => p.other)).toContain("#ffffff");
    // The suggestion is the same hue, darker, and every pair of the contract then passes.
    const fixed = structuredClone(data);
    fixed.brand["primary-700"] = { $value: first?.suggestion as string };
    expect(checkThemeContrast(parsed(JSON.stringify(fixed)))).toEqual([]);
    expect(contrastRatio(first?.suggestion as string, "#ffffff")).toBeGreaterThanOrEqual(4.5);
    const line = formatContrastAdvice(first!, "localities/kim-lien/theme.json");
    expect(line).toMatch(
      /^localities\/kim-lien\/theme\.json › brand\.primary-700: màu #8fc4a5 không đủ tương phản khi làm chữ trên nền #[0-9a-f]{6}: \d\.\d\d:1, cần 4\.5:1/,
    );
    expect(line).toContain(`Gợi ý: đổi thành "${first?.suggestion}"`);
  });

  it("blames the background the person wrote when the text comes from the base", () => {
    const data = {
      $extends: "default",
      name: "Xã Kim Liên",
      brand: { $type: "color", "lotus-50": { $value: "#7a2a4c" } },
      semantic: { "color-banner-background": { $type: "color", $value: "{brand.lotus-50}" } },
    };
    const advice = contrastAdvice(parsed(JSON.stringify(data)));
    expect(advice.map((a) => `${a.field}:${a.pairs[0]?.as}`)).toEqual(["brand.lotus-50:background"]);
    expect(advice[0]?.suggestion).toBeDefined();
  });

  it("reports nothing for a theme that passes", () => {
    expect(contrastAdvice(parsed(JSON.stringify(lotus())))).toEqual([]);
  });
});
