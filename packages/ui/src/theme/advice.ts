// A contrast failure told in the terms of the file a person edited: the field they wrote (not
// only the derived roles it feeds), its colour and the colour it meets, and one colour that would
// pass. A locality theme extends a base, so most roles come from fields the person never touched;
// the field to change is the one of their own that the failing colour comes from.

import { type ContrastFailure, checkThemeContrast } from "./check.js";
import { COMPONENT_DEFAULTS, SEMANTIC_DEFAULTS } from "./contract.js";
import { contrastRatio, parseHex } from "./contrast.js";
import { isHexColor, referenceOf, type ThemeData } from "./parse.js";
import { resolvedValues } from "./resolve.js";

export interface ContrastAdvice {
  /** The field to change, as the file writes it: "brand.primary-700". */
  field: string;
  /** Its colour now. */
  value: string;
  /**
   * The pairs it fails, worst first: the field's colour used as text, as the background under
   * text, or as a line (border, focus ring: 3:1), with the other colour and the ratio reached.
   */
  pairs: {
    as: "text" | "background" | "line";
    foreground: string;
    background: string;
    other: string;
    ratio: number;
    minimum: number;
  }[];
  /** The roles (tokens) of the contract that take their colour from the field. */
  roles: string[];
  /** The nearest colour of the same hue that passes every pair the field takes part in, if any. */
  suggestion: string | undefined;
}

/** The chain of fields a token's value comes from: "component.x" → "semantic.y" → "brand.z". */
export function fieldChain(theme: ThemeData, token: string): string[] {
  const semantic: Record<string, string> = { ...SEMANTIC_DEFAULTS, ...theme.semantic };
  const component: Record<string, string> = { ...COMPONENT_DEFAULTS, ...theme.component };
  const chain: string[] = [];
  let current: string | null = token;
  while (current !== null && chain.length < 20) {
    if (current.startsWith("brand.")) {
      chain.push(current);
      break;
    }
    const layer: string = current in component && !(current in semantic) ? "component" : "semantic";
    const raw: string | undefined = layer === "component" ? component[current] : semantic[current];
    chain.push(`${layer}.${current}`);
    current = raw === undefined ? null : referenceOf(raw);
  }
  return chain;
}

function isOwn(theme: ThemeData, field: string): boolean {
  return theme.written === undefined || theme.written.includes(field);
}

/** The field a failing colour is to be changed in, on the side the person edited. */
function blame(theme: ThemeData, failure: ContrastFailure): { field: string; side: "text" | "background" } {
  // The focus ring passes on either of two colours ("color-focus | color-focus-text"): both count.
  const text = failure.foreground.split(" | ").flatMap((token) => fieldChain(theme, token));
  const background = fieldChain(theme, failure.background);
  const ownText = text.filter((f) => isOwn(theme, f));
  const ownBackground = background.filter((f) => isOwn(theme, f));
  if (ownText.length > 0) return { field: ownText.at(-1) as string, side: "text" };
  if (ownBackground.length > 0) return { field: ownBackground.at(-1) as string, side: "background" };
  return { field: text.at(-1) as string, side: "text" };
}

/** The theme with one field set to a literal colour. */
function withField(theme: ThemeData, field: string, color: string): ThemeData {
  const [layer, name] = field.split(/\.(.*)/s) as [string, string];
  if (layer === "brand") return { ...theme, brand: { ...theme.brand, [name]: color } };
  if (layer === "component") return { ...theme, component: { ...theme.component, [name]: color } };
  return { ...theme, semantic: { ...theme.semantic, [name]: color } };
}

/** Every contrast failure, grouped by the field to change, with a suggestion each. */
export function contrastAdvice(theme: ThemeData): ContrastAdvice[] {
  const failures = checkThemeContrast(theme);
  if (failures.length === 0) return [];
  const values = resolvedValues(theme);
  const byField = new Map<string, ContrastAdvice>();
  for (const failure of failures) {
    const { field, side } = blame(theme, failure);
    const foreground = failure.foreground.split(" | ")[0] as string;
    const own = values.get(side === "text" ? foreground : failure.background) ?? "";
    const other = values.get(side === "text" ? failure.background : foreground) ?? "";
    let advice = byField.get(field);
    if (!advice) {
      advice = { field, value: own, pairs: [], roles: [], suggestion: undefined };
      byField.set(field, advice);
    }
    const candidates = side === "text" ? failure.foreground.split(" | ") : [failure.background];
    for (const role of candidates.filter((token) => fieldChain(theme, token).includes(field))) {
      if (!advice.roles.includes(role)) advice.roles.push(role);
    }
    const as = failure.minimum < 4.5 ? "line" : side;
    if (!advice.pairs.some((p) => p.as === as && p.other === other)) {
      advice.pairs.push({ ...failure, as, other });
    }
  }
  for (const advice of byField.values()) {
    advice.pairs.sort((a, b) => a.ratio / a.minimum - b.ratio / b.minimum);
    advice.suggestion = isHexColor(advice.value)
      ? nearestPassing(theme, advice.field, advice.value)
      : undefined;
  }
  return [...byField.values()];
}

/**
 * The colour nearest to `value` (same hue and saturation, lightness moved as little as possible)
 * with which every contrast pair of the contract passes in the theme; undefined when none does.
 */
function nearestPassing(theme: ThemeData, field: string, value: string): string | undefined {
  const [h, s, l] = rgbToHsl(parseHex(value));
  const passes = (color: string) => checkThemeContrast(withField(theme, field, color)).length === 0;
  for (let step = 1; step <= 200; step++) {
    const delta = step / 200;
    // Darker first at equal distance: most failures are pale text on a light page.
    for (const lightness of [l - delta, l + delta]) {
      if (lightness < 0 || lightness > 1) continue;
      const candidate = hslToHex(h, s, lightness);
      if (passes(candidate)) return candidate;
    }
  }
  return undefined;
}

function rgbToHsl([r8, g8, b8]: [number, number, number]): [number, number, number] {
  const [r, g, b] = [r8 / 255, g8 / 255, b8 / 255];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

function hslToHex(h: number, s: number, l: number): string {
  const hue = (p: number, q: number, t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channels = s === 0 ? [l, l, l] : [hue(p, q, h + 1 / 3), hue(p, q, h), hue(p, q, h - 1 / 3)];
  return `#${channels
    .map((c) =>
      Math.round(c * 255)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

/** One Vietnamese line per field: what to change, to what, and why. */
export function formatContrastAdvice(advice: ContrastAdvice, file: string): string {
  const use = { text: "làm chữ trên nền", background: "làm nền dưới chữ", line: "làm viền, nét cạnh" };
  // The worst few pairs say enough; the rest are counted.
  const shown = advice.pairs.slice(0, 3);
  const more = advice.pairs.length - shown.length;
  const pairs = `${shown
    .map((p) => `${use[p.as]} ${p.other}: ${p.ratio.toFixed(2)}:1, cần ${p.minimum}:1`)
    .join("; ")}${more > 0 ? `; và ${more} cặp màu khác` : ""}`;
  const suggestion = advice.suggestion
    ? ` Gợi ý: đổi thành "${advice.suggestion}", màu gần nhất cùng sắc độ đạt mọi cặp (${worstWith(advice, advice.suggestion)}).`
    : " Không độ đậm nhạt nào của màu này đạt mọi cặp: chọn một màu khác.";
  return `${file} › ${advice.field}: màu ${advice.value} không đủ tương phản khi ${pairs}. Màu này tô ${advice.roles.join(", ")}.${suggestion}`;
}

/** The lowest ratio the suggested colour reaches among the pairs that failed. */
function worstWith(advice: ContrastAdvice, color: string): string {
  const ratios = advice.pairs.map((p) => contrastRatio(color, p.other));
  return `thấp nhất ${Math.min(...ratios).toFixed(2)}:1`;
}
