import { cleanText } from "@kehoach/text-vi";
import type { z } from "zod";

// Reading a file from another office: either all of it is taken, or nothing is, with every
// problem named by where it is ("entries[3].date") and what is wrong, in Vietnamese.

export interface FileProblem {
  path: string;
  message: string;
}

export type FileResult<T> = { ok: true; value: T } | { ok: false; problems: FileProblem[] };

/** A period or return file is far smaller; anything larger is refused before parsing. */
export const MAX_REPORT_FILE_BYTES = 20 * 1024 * 1024;
const MAX_DEPTH = 40;

export function readJsonText(text: string, what: string): FileResult<unknown> {
  if (text.length > MAX_REPORT_FILE_BYTES) {
    return failure("", `Tệp quá lớn (${Math.round(text.length / 1048576)} MB); giới hạn là 20 MB.`);
  }
  if (text.trim() === "") return failure("", `Tệp rỗng: không có ${what}.`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return failure("", `Tệp không phải JSON hợp lệ, nên không phải ${what}.`);
  }
  if (depth(data) > MAX_DEPTH) return failure("", `Dữ liệu lồng nhau quá sâu: đây không phải ${what}.`);
  return { ok: true, value: deepClean(data) };
}

export function failure<T>(path: string, message: string): FileResult<T> {
  return { ok: false, problems: [{ path, message }] };
}

export function parseWith<S extends z.ZodType>(schema: S, data: unknown): FileResult<z.infer<S>> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: result.error.issues.slice(0, 50).map(toProblem) };
}

function toProblem(issue: z.core.$ZodIssue): FileProblem {
  const path = issue.path
    .filter((p) => typeof p !== "symbol")
    .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join("");
  return { path, message: issueMessage(issue) };
}

function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "Thiếu thông tin bắt buộc." : "Sai kiểu dữ liệu.";
    case "too_small":
      return issue.origin === "string" ? "Không được để trống." : `Giá trị phải từ ${issue.minimum} trở lên.`;
    case "too_big":
      return issue.origin === "string"
        ? `Quá dài: tối đa ${issue.maximum} ký tự.`
        : `Vượt giới hạn: tối đa ${issue.maximum}.`;
    case "invalid_value":
      return `Giá trị không hợp lệ; chỉ nhận: ${issue.values.map(String).join(", ")}.`;
    case "invalid_union":
      return "Giá trị không thuộc loại nào được hỗ trợ.";
    default:
      return MESSAGES[issue.message] ?? "Giá trị không hợp lệ.";
  }
}

const MESSAGES: Record<string, string> = {
  invalid_iso_date: "Ngày phải có dạng năm-tháng-ngày, ví dụ 2026-03-14.",
  invalid_date: "Ngày không có thật (kiểm tra ngày, tháng, năm).",
};

export function formatProblems(problems: readonly FileProblem[]): string {
  return problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join(" ");
}

function depth(data: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[data, 0]];
  while (stack.length > 0) {
    const [value, level] = stack.pop() as [unknown, number];
    if (typeof value !== "object" || value === null) continue;
    if (level + 1 > deepest) deepest = level + 1;
    if (deepest > MAX_DEPTH) return deepest;
    for (const inner of Object.values(value)) stack.push([inner, level + 1]);
  }
  return deepest;
}

function deepClean(value: unknown): unknown {
  if (typeof value === "string") return cleanText(value);
  if (Array.isArray(value)) return value.map(deepClean);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepClean(v)]));
  }
  return value;
}
