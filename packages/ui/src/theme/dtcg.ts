// Theme files in the W3C Design Tokens format (DTCG, https://www.designtokens.org/tr/2025.10/format/):
// groups of tokens, each `{ "$value": …, "$type": … }`, `$type` inherited from the group, aliases
// written `{group.token}`. A locality's file names its base at the root ("$extends": "default",
// ui's own theme, or another locality's slug) and holds only what differs from it:
//
//   {
//     "$extends": "default",
//     "$extensions": { "vn.kehoach": { "name": "Xã Kim Liên" } },
//     "$description": "Xanh lá và hồng sen.",
//     "brand": { "$type": "color", "primary-700": { "$value": "#1d6841" } },
//     "semantic": { "color-banner-background": { "$value": "{brand.lotus-50}" } }
//   }
//
// This module only reads the shape; parse.ts checks names and values against the token contract.

import type { ThemeProblem } from "./parse.js";

export const EXTENSION = "vn.kehoach";
export const LAYERS = ["brand", "semantic", "component"] as const;
export type Layer = (typeof LAYERS)[number];

/** A DTCG theme file read into plain layers of name → value (legacy reference syntax). */
export interface DtcgTheme {
  name: string | undefined;
  description: string | undefined;
  /** The base theme it extends: "default" or a locality's slug; undefined for a complete theme. */
  extends: string | undefined;
  layers: Record<Layer, Record<string, unknown>>;
}

// "name" and "description" at the root are read too (the first format had them there, and a
// person or a generator may well write them so); "$extensions"/"$description" are the DTCG places.
const ROOT_KEYS = new Set([
  "$schema",
  "$description",
  "$extends",
  "$extensions",
  "$type",
  "name",
  "description",
  ...LAYERS,
]);
const TOKEN_KEYS = new Set(["$value", "$type", "$description", "$extensions", "$deprecated"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether a theme file is written in the DTCG format (rather than the first, flat one). */
export function isDtcg(data: unknown): boolean {
  if (!isRecord(data)) return false;
  if ("$extends" in data || "$extensions" in data || "$description" in data) return true;
  return LAYERS.some((layer) => {
    const group = data[layer];
    return isRecord(group) && Object.values(group).some((v) => isRecord(v) && "$value" in v);
  });
}

export function readDtcg(data: Record<string, unknown>, problems: ThemeProblem[]): DtcgTheme {
  for (const key of Object.keys(data)) {
    if (!ROOT_KEYS.has(key)) {
      problems.push({
        path: key,
        message: `Khóa "${key}" không được hỗ trợ ở gốc tệp. Các khóa hợp lệ: ${[...ROOT_KEYS].join(", ")}.`,
      });
    }
  }
  const extension = isRecord(data.$extensions) ? data.$extensions[EXTENSION] : undefined;
  const namePath = data.name !== undefined ? "name" : `$extensions.${EXTENSION}.name`;
  const name = data.name !== undefined ? data.name : isRecord(extension) ? extension.name : undefined;
  if (name !== undefined && (typeof name !== "string" || name.trim() === "")) {
    problems.push({ path: namePath, message: "Tên chủ đề phải là chuỗi không rỗng." });
  }
  const descriptionKey = data.description !== undefined ? "description" : "$description";
  const description = data[descriptionKey];
  if (description !== undefined && typeof description !== "string") {
    problems.push({ path: descriptionKey, message: `Mô tả (${descriptionKey}) phải là chuỗi văn bản.` });
  }
  const base = data.$extends;
  if (base !== undefined && (typeof base !== "string" || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(base))) {
    problems.push({
      path: "$extends",
      message: `"$extends" là tên chủ đề gốc: "default" (chủ đề của Kế hoạch Kit) hoặc tên thư mục một địa phương; nhận được ${JSON.stringify(base)}.`,
    });
  }
  const layers = { brand: {}, semantic: {}, component: {} } as DtcgTheme["layers"];
  for (const layer of LAYERS) {
    const group = data[layer];
    if (group === undefined) continue;
    if (!isRecord(group)) {
      problems.push({
        path: layer,
        message: `Nhóm "${layer}" phải là một đối tượng: tên token → { "$value": … }.`,
      });
      continue;
    }
    for (const [token, node] of Object.entries(group)) {
      if (token.startsWith("$")) {
        if (token === "$type" || token === "$description" || token === "$extensions") continue;
        problems.push({
          path: `${layer}.${token}`,
          message: `Khóa "${token}" không được hỗ trợ trong nhóm.`,
        });
        continue;
      }
      const path = `${layer}.${token}`;
      // A plain value ("primary-700": "#a31d1d") is read as the token's "$value": that is what a
      // person editing the file by hand most often writes, and it is not ambiguous.
      if (typeof node === "string") {
        layers[layer][token] = tokenValue(node);
        continue;
      }
      if (!isRecord(node) || !("$value" in node)) {
        problems.push({
          path,
          message: `Token "${token}" phải có dạng { "$value": "#rrggbb" } (định dạng design tokens của W3C) hoặc chỉ là giá trị.`,
        });
        continue;
      }
      for (const key of Object.keys(node)) {
        if (!TOKEN_KEYS.has(key))
          problems.push({ path: `${path}.${key}`, message: `Khóa "${key}" không được hỗ trợ trong token.` });
      }
      layers[layer][token] = tokenValue(node.$value);
    }
  }
  return {
    name: typeof name === "string" ? name : undefined,
    description: typeof description === "string" ? description : undefined,
    extends: typeof base === "string" ? base : undefined,
    layers,
  };
}

/**
 * A token's value in the form the contract checks: colours as "#rrggbb" (a DTCG 2025.10 colour
 * object gives its hex, or its sRGB components), aliases as "{brand.x}" or "{color-action}".
 */
function tokenValue(value: unknown): unknown {
  if (typeof value === "string") {
    const alias = /^\{semantic\.([a-z0-9-]+)\}$/.exec(value) ?? /^\{component\.([a-z0-9-]+)\}$/.exec(value);
    return alias ? `{${alias[1]}}` : value;
  }
  if (isRecord(value)) {
    if (typeof value.hex === "string") return value.hex;
    const components = value.components;
    if (
      value.colorSpace === "srgb" &&
      Array.isArray(components) &&
      components.length === 3 &&
      components.every((c) => typeof c === "number" && c >= 0 && c <= 1)
    ) {
      return `#${components
        .map((c) =>
          Math.round((c as number) * 255)
            .toString(16)
            .padStart(2, "0"),
        )
        .join("")}`;
    }
  }
  return value;
}
