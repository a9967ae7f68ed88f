// Reads a locality's theme.json. Like GOV.UK's colour settings, an unknown key is refused with
// the list of valid ones: a typo would otherwise silently leave the default colour in place.

import {
  COMPONENT_DEFAULTS,
  type ComponentToken,
  REQUIRED_COLOR_TOKENS,
  SEMANTIC_DEFAULTS,
  type SemanticToken,
} from "./contract.js";
import defaultTokens from "./default.tokens.json" with { type: "json" };
import { EXTENSION, isDtcg, LAYERS, readDtcg } from "./dtcg.js";

export interface ThemeData {
  /** The locality's name as shown to designers ("Tỉnh Nghệ An"). */
  name: string;
  description?: string | undefined;
  /** Layer 1: the raw palette, name → hex colour. */
  brand: Record<string, string>;
  /** Layer 2: semantic token → value or `{brand.<name>}`. */
  semantic: Partial<Record<SemanticToken, string>>;
  /** Layer 3 (optional overrides): component token → value, `{brand.<name>}` or `{<semantic token>}`. */
  component: Partial<Record<ComponentToken, string>>;
  /**
   * The fields the file itself writes ("brand.primary-700"), when it extends a base; the others
   * come from the base. Absent: every field is the file's own.
   */
  written?: string[] | undefined;
  /** The theme it extends ("default", a locality's slug), if any. */
  extends?: string | undefined;
}

export interface ParseThemeOptions {
  /**
   * The raw data of a base theme named by "$extends" (a locality's slug), or undefined when there
   * is none of that name. "default" is always @kehoach/ui's own theme.
   */
  resolveBase?: (name: string) => unknown;
}

export interface ThemeProblem {
  /** Where in the file, as a dotted path ("semantic.color-text"). */
  path: string;
  /** What is wrong, in Vietnamese. */
  message: string;
}

export type ThemeParseResult = { ok: true; theme: ThemeData } | { ok: false; problems: ThemeProblem[] };

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const BRAND_NAME = /^[a-z][a-z0-9-]*$/;
const REFERENCE = /^\{([a-z0-9.-]+)\}$/;
const TOP_LEVEL_KEYS = ["$schema", "name", "description", "brand", "semantic", "component"];

const semanticNames = new Set<string>([...REQUIRED_COLOR_TOKENS, ...Object.keys(SEMANTIC_DEFAULTS)]);
const componentNames = new Set<string>(Object.keys(COMPONENT_DEFAULTS));

export function isHexColor(value: string): boolean {
  return HEX_COLOR.test(value);
}

/** The token a value points at (`{brand.red-700}` → "brand.red-700"), or null for a literal. */
export function referenceOf(value: string): string | null {
  return REFERENCE.exec(value)?.[1] ?? null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function listOf(names: Iterable<string>): string {
  return [...names].join(", ");
}

/**
 * Reads a theme: a DTCG token file that extends a base and writes only what differs, or a
 * complete theme in the first, flat format (brand / semantic / component of plain strings), which
 * keeps working unchanged.
 */
export function parseTheme(data: unknown, options: ParseThemeOptions = {}): ThemeParseResult {
  return parseAny(data, options, []);
}

function parseAny(data: unknown, options: ParseThemeOptions, seen: string[]): ThemeParseResult {
  if (!isRecord(data)) {
    return { ok: false, problems: [{ path: "", message: "Tệp chủ đề phải là một đối tượng JSON ({ … })." }] };
  }
  return isDtcg(data) ? parseDtcg(data, options, seen) : parseFlat(data);
}

let defaultThemeData: ThemeData | undefined;

/** @kehoach/ui's own theme (default.tokens.json): the base every locality theme extends. */
export function defaultTheme(): ThemeData {
  if (!defaultThemeData) {
    const result = parseAny(defaultTokens, {}, ["default"]);
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
    defaultThemeData = result.theme;
  }
  return defaultThemeData;
}

function parseDtcg(
  data: Record<string, unknown>,
  options: ParseThemeOptions,
  seen: string[],
): ThemeParseResult {
  const problems: ThemeProblem[] = [];
  const read = readDtcg(data, problems);
  let base: ThemeData | undefined;
  if (read.extends !== undefined) {
    const name = read.extends;
    if (seen.includes(name)) {
      problems.push({ path: "$extends", message: `Chủ đề kế thừa vòng: ${[...seen, name].join(" → ")}.` });
    } else if (name === "default") {
      base = defaultTheme();
    } else {
      const raw = options.resolveBase?.(name);
      if (raw === undefined) {
        problems.push({
          path: "$extends",
          message: `Không có chủ đề gốc "${name}": dùng "default" (chủ đề của Kế hoạch Kit) hoặc tên thư mục một địa phương có theme.json.`,
        });
      } else {
        const parsedBase = parseAny(raw, options, [...seen, name]);
        if (parsedBase.ok) base = parsedBase.theme;
        else {
          problems.push({
            path: "$extends",
            message: `Chủ đề gốc "${name}" có lỗi: ${parsedBase.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`,
          });
        }
      }
    }
  }
  if (read.name === undefined) {
    problems.push({
      path: `$extensions.${EXTENSION}.name`,
      message: `Thiếu tên chủ đề: "$extensions": { "${EXTENSION}": { "name": "Xã Kim Liên" } }.`,
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  // The base's fields, then the file's own over them; the contract then checks the whole.
  const flat = parseFlat({
    name: read.name,
    ...(read.description !== undefined
      ? { description: read.description }
      : base?.description
        ? { description: base.description }
        : {}),
    brand: { ...base?.brand, ...read.layers.brand },
    semantic: { ...base?.semantic, ...read.layers.semantic },
    component: { ...base?.component, ...read.layers.component },
  });
  if (!flat.ok) return flat;
  const written = LAYERS.flatMap((layer) =>
    Object.keys(read.layers[layer]).map((token) => `${layer}.${token}`),
  );
  return {
    ok: true,
    theme: { ...flat.theme, written, ...(read.extends !== undefined ? { extends: read.extends } : {}) },
  };
}

function parseFlat(data: Record<string, unknown>): ThemeParseResult {
  const problems: ThemeProblem[] = [];
  for (const key of Object.keys(data)) {
    if (!TOP_LEVEL_KEYS.includes(key)) {
      problems.push({
        path: key,
        message: `Khóa "${key}" không được hỗ trợ. Các khóa hợp lệ: ${listOf(TOP_LEVEL_KEYS)}.`,
      });
    }
  }
  if (typeof data.name !== "string" || data.name.trim() === "") {
    problems.push({ path: "name", message: 'Thiếu tên địa phương (name), ví dụ: "Tỉnh Nghệ An".' });
  }
  if (data.description !== undefined && typeof data.description !== "string") {
    problems.push({ path: "description", message: "Mô tả (description) phải là chuỗi văn bản." });
  }

  const brand: Record<string, string> = {};
  // Names declared with a bad value still count as declared, so one typo is reported once and
  // not again at every reference to it.
  const brandNames = new Set<string>();
  if (!isRecord(data.brand)) {
    problems.push({
      path: "brand",
      message: "Thiếu bảng màu thương hiệu (brand): tên màu → mã màu #rrggbb.",
    });
  } else {
    for (const [name, value] of Object.entries(data.brand)) {
      const path = `brand.${name}`;
      brandNames.add(name);
      if (!BRAND_NAME.test(name)) {
        problems.push({
          path,
          message: `Tên màu "${name}" chỉ được gồm chữ thường không dấu, số và dấu gạch ngang.`,
        });
      } else if (typeof value !== "string" || !isHexColor(value)) {
        problems.push({
          path,
          message: `Màu "${name}" phải là mã màu dạng #rrggbb, nhận được: ${JSON.stringify(value)}.`,
        });
      } else {
        brand[name] = value.toLowerCase();
      }
    }
  }

  const semantic = readLayer(data.semantic, "semantic", semanticNames, problems, (reference, path) => {
    if (!reference.startsWith("brand.")) {
      return `${path}: lớp ngữ nghĩa chỉ được tham chiếu tới màu thương hiệu ({brand.<tên>}), không phải {${reference}}.`;
    }
    return brandReferenceProblem(reference, brandNames);
  });
  const givenSemantic = isRecord(data.semantic) ? data.semantic : {};
  for (const token of REQUIRED_COLOR_TOKENS) {
    if (!(token in givenSemantic)) {
      problems.push({ path: `semantic.${token}`, message: `Chủ đề chưa đặt màu bắt buộc "${token}".` });
    }
  }

  const component =
    data.component === undefined
      ? {}
      : readLayer(data.component, "component", componentNames, problems, (reference) => {
          if (reference.startsWith("brand.")) return brandReferenceProblem(reference, brandNames);
          if (!semanticNames.has(reference)) {
            return `Tham chiếu {${reference}} không phải màu thương hiệu ({brand.<tên>}) hay token ngữ nghĩa nào.`;
          }
          return null;
        });

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    theme: {
      name: (data.name as string).normalize("NFC"),
      description: typeof data.description === "string" ? data.description.normalize("NFC") : undefined,
      brand,
      semantic,
      component,
    },
  };
}

function brandReferenceProblem(reference: string, brandNames: Set<string>): string | null {
  const name = reference.slice("brand.".length);
  return brandNames.has(name) ? null : `Màu thương hiệu "${name}" chưa được khai báo trong brand.`;
}

function readLayer(
  layer: unknown,
  layerName: "semantic" | "component",
  validNames: Set<string>,
  problems: ThemeProblem[],
  checkReference: (reference: string, path: string) => string | null,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(layer)) {
    problems.push({
      path: layerName,
      message: `Mục "${layerName}" phải là một đối tượng: tên token → giá trị.`,
    });
    return out;
  }
  for (const [name, value] of Object.entries(layer)) {
    const path = `${layerName}.${name}`;
    if (!validNames.has(name)) {
      problems.push({
        path,
        message: `Token "${name}" không có trong hợp đồng token. Các token hợp lệ của lớp ${layerName}: ${listOf(validNames)}.`,
      });
      continue;
    }
    if (typeof value !== "string" || value.trim() === "") {
      problems.push({ path, message: `Giá trị của "${name}" phải là chuỗi không rỗng.` });
      continue;
    }
    if (/[;{}]/.test(value) && referenceOf(value) === null) {
      problems.push({ path, message: `Giá trị của "${name}" không được chứa ; { } (chỉ một giá trị CSS).` });
      continue;
    }
    const reference = referenceOf(value);
    if (reference !== null) {
      const problem = checkReference(reference, path);
      if (problem !== null) {
        problems.push({ path, message: problem });
        continue;
      }
    }
    out[name] = value;
  }
  return out;
}
