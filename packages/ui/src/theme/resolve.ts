// Turns theme data into the full token set: defaults filled in, references followed to a value.

import {
  COMPONENT_DEFAULTS,
  type ComponentToken,
  SEMANTIC_DEFAULTS,
  type SemanticToken,
  TOKEN_PREFIX,
} from "./contract.js";
import { referenceOf, type ThemeData } from "./parse.js";

export type TokenName = SemanticToken | ComponentToken;

export interface ResolvedToken {
  /** `--kh-color-action` */
  property: string;
  layer: "brand" | "semantic" | "component";
  /** What the CSS says: a literal or `var(--kh-…)` pointing one layer down. */
  cssValue: string;
  /** The final value after following every reference (a hex colour for colour tokens). */
  value: string;
}

export function propertyName(token: string): string {
  return `${TOKEN_PREFIX}${token.replace(/^brand\./, "brand-")}`;
}

/** Every token of a theme, in layer order: brand, semantic, component. */
export function resolveTheme(theme: ThemeData): ResolvedToken[] {
  const semantic: Record<string, string> = { ...SEMANTIC_DEFAULTS, ...theme.semantic };
  const component: Record<string, string> = { ...COMPONENT_DEFAULTS, ...theme.component };
  const final = (raw: string, seen: string[] = []): string => {
    const reference = referenceOf(raw);
    if (reference === null) return raw;
    if (seen.includes(reference)) throw new Error(`Tham chiếu vòng: ${[...seen, reference].join(" → ")}`);
    if (reference.startsWith("brand.")) {
      const value = theme.brand[reference.slice(6)];
      if (value === undefined) throw new Error(`Màu thương hiệu "${reference.slice(6)}" chưa được khai báo.`);
      return value;
    }
    const next = semantic[reference] ?? component[reference];
    if (next === undefined) throw new Error(`Không có token "${reference}".`);
    return final(next, [...seen, reference]);
  };
  const cssOf = (raw: string) => {
    const reference = referenceOf(raw);
    return reference === null ? raw : `var(${propertyName(reference)})`;
  };
  return [
    ...Object.entries(theme.brand).map(([name, value]) => ({
      property: propertyName(`brand.${name}`),
      layer: "brand" as const,
      cssValue: value,
      value,
    })),
    ...Object.entries(semantic).map(([name, raw]) => ({
      property: propertyName(name),
      layer: "semantic" as const,
      cssValue: cssOf(raw),
      value: final(raw, [name]),
    })),
    ...Object.entries(component).map(([name, raw]) => ({
      property: propertyName(name),
      layer: "component" as const,
      cssValue: cssOf(raw),
      value: final(raw, [name]),
    })),
  ];
}

/** token name (without prefix) → final value, for checks such as contrast. */
export function resolvedValues(theme: ThemeData): Map<string, string> {
  return new Map(resolveTheme(theme).map((t) => [t.property.slice(TOKEN_PREFIX.length), t.value]));
}
