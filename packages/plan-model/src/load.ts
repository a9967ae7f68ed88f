import { cleanText } from "@kehoach/text-vi";
import type { z } from "zod";
import { describePath, formatPath, type PathSegment } from "./field-labels.js";
import { describeJsonErrorLocation } from "./json-error.js";
import { CURRENT_SCHEMA_VERSION, migrateV1ToV2 } from "./migrate/index.js";
import type { Plan } from "./plan.js";
import { LIMITS } from "./schema/common.js";
import { PlanV1Schema } from "./schema/plan-v1.js";
import { PlanV2Schema } from "./schema/plan-v2.js";

/** One thing wrong with a file: where (machine path and Vietnamese label) and what. */
export interface LoadProblem {
  path: string;
  where: string;
  message: string;
}

export type LoadResult = { ok: true; plan: Plan } | { ok: false; problems: LoadProblem[] };

/** A plan file larger than this is refused before parsing; a real plan is a few hundred KB. */
export const MAX_PLAN_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Reads a plan file's text. Either the whole plan comes back, migrated to the current format and
 * with every string cleaned (NFC, no invisible or control characters), or nothing does and every
 * problem is listed with where it is: a plan is never half-loaded.
 */
export function parsePlanJson(text: string): LoadResult {
  if (text.length > MAX_PLAN_FILE_BYTES) {
    return fail([], `Tệp quá lớn (${Math.round(text.length / 1048576)} MB); giới hạn là 20 MB.`);
  }
  if (text.trim() === "") return fail([], "Tệp rỗng: không có nội dung kế hoạch.");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail([], `Tệp không phải JSON hợp lệ${describeJsonErrorLocation(text)}.`);
  }
  return validatePlanData(data);
}

/** Validates data already parsed (from IndexedDB, a worker message, or JSON.parse). */
export function validatePlanData(data: unknown): LoadResult {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return fail([], "Tệp không chứa một kế hoạch (cần một đối tượng JSON).");
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined || version === null) {
    return fail(["schemaVersion"], "Thiếu phiên bản định dạng (schemaVersion).");
  }
  if (typeof version !== "number" || !Number.isInteger(version)) {
    return fail(
      ["schemaVersion"],
      `Phiên bản định dạng phải là một số nguyên không có dấu ngoặc kép (ví dụ ${CURRENT_SCHEMA_VERSION}), không phải ${JSON.stringify(version)}.`,
    );
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return fail(
      ["schemaVersion"],
      `Tệp được tạo bởi phiên bản mới hơn (định dạng ${version}); phiên bản này đọc được đến định dạng ${CURRENT_SCHEMA_VERSION}. Hãy cập nhật ứng dụng.`,
    );
  }
  if (version < 1) return fail(["schemaVersion"], `Phiên bản định dạng ${version} không tồn tại.`);
  // Every later step walks the data recursively; a hostile file nested thousands deep must be
  // refused before it can overflow the stack.
  if (nestingDepth(data, LIMITS.depth) > LIMITS.depth) {
    return fail([], `Dữ liệu lồng nhau quá sâu (hơn ${LIMITS.depth} cấp): đây không phải một kế hoạch.`);
  }
  let current: unknown = deepClean(data);
  // An older file is checked against its own format (so problems point at what the file says),
  // then migrated; the result is checked against the current format like any other plan.
  if (version === 1) {
    const old = PlanV1Schema.safeParse(current, { reportInput: true });
    if (!old.success) return { ok: false, problems: old.error.issues.map(toProblem) };
    current = migrateV1ToV2(old.data);
  }
  const result = PlanV2Schema.safeParse(current, { reportInput: true });
  if (!result.success) {
    return { ok: false, problems: result.error.issues.map(toProblem) };
  }
  return { ok: true, plan: result.data };
}

/** Stable, readable JSON: two-space indent and a final newline, so files diff well in git. */
export function serializePlan(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/** Depth of nested objects and arrays, counted without recursion; stops counting past `limit`. */
export function nestingDepth(data: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[data, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (typeof value !== "object" || value === null) continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > limit) return deepest;
    for (const inner of Object.values(value)) stack.push([inner, level]);
  }
  return deepest;
}

export function deepClean(value: unknown): unknown {
  if (typeof value === "string") return cleanText(value);
  if (Array.isArray(value)) return value.map(deepClean);
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = deepClean(inner);
    return out;
  }
  return value;
}

export function fail(path: PathSegment[], message: string): LoadResult {
  return { ok: false, problems: [{ path: formatPath(path), where: describePath(path), message }] };
}

export function toProblem(issue: z.core.$ZodIssue): LoadProblem {
  const path = issue.path.filter((p): p is PathSegment => typeof p !== "symbol");
  return { path: formatPath(path), where: describePath(path), message: issueMessage(issue) };
}

function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? "Thiếu thông tin bắt buộc."
        : `Sai kiểu dữ liệu: cần ${TYPE_NAMES[issue.expected] ?? issue.expected}.`;
    case "too_small":
      if (issue.origin === "string") return "Không được để trống.";
      if (issue.origin === "array") return `Cần ít nhất ${issue.minimum} mục.`;
      return `Giá trị phải từ ${issue.minimum} trở lên.`;
    case "too_big":
      if (issue.origin === "string") return `Quá dài: tối đa ${issue.maximum} ký tự.`;
      if (issue.origin === "array") return `Quá nhiều mục: tối đa ${issue.maximum}.`;
      return `Giá trị phải từ ${issue.maximum} trở xuống.`;
    case "invalid_value":
      // A field left out is missing, not wrong: say so, with what it may be.
      return issue.input === undefined
        ? `Thiếu thông tin bắt buộc; chỉ nhận: ${issue.values.map(String).join(", ")}.`
        : `Giá trị không hợp lệ; chỉ nhận: ${issue.values.map(String).join(", ")}.`;
    case "invalid_union": {
      // A discriminated union names the values it accepts ("kind": paragraph, heading, slot).
      const options = (issue as { options?: unknown[] }).options;
      return options?.length
        ? `Giá trị không hợp lệ; chỉ nhận: ${options.map(String).join(", ")}.`
        : "Giá trị không khớp với dạng nào được hỗ trợ.";
    }
    case "invalid_format":
    case "custom":
      return CUSTOM_MESSAGES[issue.message] ?? issue.message;
    case "unrecognized_keys":
      return `Trường không được hỗ trợ: ${issue.keys.join(", ")}.`;
    default:
      return CUSTOM_MESSAGES[issue.message] ?? "Giá trị không hợp lệ.";
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: "văn bản (chuỗi ký tự)",
  number: "số",
  array: "danh sách",
  object: "đối tượng",
  boolean: "đúng/sai",
};

const CUSTOM_MESSAGES: Record<string, string> = {
  invalid_iso_date: "Ngày phải có dạng năm-tháng-ngày, ví dụ 2026-03-14.",
  invalid_id: "Mã chỉ gồm chữ, số và các dấu - _ . (không có dấu cách).",
  waiver_reason: "Miễn kiểm tra phải ghi rõ lý do.",
  invalid_slug: "Tên thư mục địa phương chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ kim-lien.",
  invalid_hub_code:
    "Mã trên máy chủ tỉnh chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ xa-kim-lien.",
  invalid_edoc_code:
    "Mã định danh điện tử (QĐ 20/2020/QĐ-TTg) có dạng 000.00.00.H40: ba chữ số, hai chữ số, hai chữ số, một chữ cái in hoa và hai chữ số, cách nhau bởi dấu chấm.",
  invalid_symbol_part: "Phần ký hiệu của cơ quan viết hoa, không dấu cách, ví dụ UBND hoặc VHXH.",
  invalid_date: "Ngày không có thật (kiểm tra ngày, tháng, năm).",
  invalid_number: "Số văn bản chỉ gồm chữ số, ví dụ 15.",
  invalid_symbol:
    "Ký hiệu phải có dạng KH-UBND: các chữ viết tắt nối bằng dấu gạch ngang, không có dấu cách.",
};
