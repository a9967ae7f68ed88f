import {
  asWritten,
  cleanText,
  type EnglishText,
  en,
  plainEnglish,
  type QuoteSpan,
  say,
  type Wording,
} from "@kehoach/text-vi";
import type { z } from "zod";
import { describePath, formatPath, type PathSegment } from "./field-labels.js";
import { jsonErrorLocation } from "./json-error.js";
import { CURRENT_SCHEMA_VERSION, migrateV1ToV2 } from "./migrate/index.js";
import type { Plan } from "./plan.js";
import { LIMITS } from "./schema/common.js";
import { PlanV1Schema } from "./schema/plan-v1.js";
import { PlanV2Schema } from "./schema/plan-v2.js";

/**
 * One thing wrong with a file: where (machine path, and a label in Vietnamese and in English)
 * and what (in Vietnamese and in English). The English quotes the user's own words (a field the
 * file invented, a value as written) as written; `quotes` locates them so a screen shown in
 * English can mark them as Vietnamese (see `messageParts`).
 */
export interface LoadProblem {
  path: string;
  /** "Nhiệm vụ 3 › Cơ quan chủ trì". */
  where: string;
  /** The same place in English: "Task 3 › Lead agency". */
  whereEn: string;
  message: string;
  /** The same message in English: English throughout but for the user's words it quotes. */
  messageEn: string;
  /** Where `messageEn` quotes the user's own words (UTF-16 offsets, `end` exclusive); absent when it quotes none. */
  quotes?: QuoteSpan[] | undefined;
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
  if (text.length > MAX_PLAN_FILE_BYTES) return fail([], tooLarge(text.length));
  if (text.trim() === "") {
    return fail([], say("Tệp rỗng: không có nội dung kế hoạch.", en`The file is empty: it holds no plan.`));
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail([], notJson(text));
  }
  return validatePlanData(data);
}

/** Validates data already parsed (from IndexedDB, a worker message, or JSON.parse). */
export function validatePlanData(data: unknown): LoadResult {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return fail(
      [],
      say(
        "Tệp không chứa một kế hoạch (cần một đối tượng JSON).",
        en`The file holds no plan (a JSON object is needed).`,
      ),
    );
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined || version === null) {
    return fail(
      ["schemaVersion"],
      say("Thiếu phiên bản định dạng (schemaVersion).", en`The format version (schemaVersion) is missing.`),
    );
  }
  if (typeof version !== "number" || !Number.isInteger(version)) {
    const written = asJson(version);
    return fail(
      ["schemaVersion"],
      say(
        `Phiên bản định dạng phải là một số nguyên không có dấu ngoặc kép (ví dụ ${CURRENT_SCHEMA_VERSION}), không phải ${written}.`,
        en`The format version must be a whole number without quotation marks (for example ${CURRENT_SCHEMA_VERSION}), not ${asWritten(written)}.`,
      ),
    );
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return fail(
      ["schemaVersion"],
      say(
        `Tệp được tạo bởi phiên bản mới hơn (định dạng ${version}); phiên bản này đọc được đến định dạng ${CURRENT_SCHEMA_VERSION}. Hãy cập nhật ứng dụng.`,
        en`The file was made by a newer version (format ${version}); this version reads formats up to ${CURRENT_SCHEMA_VERSION}. Update the application.`,
      ),
    );
  }
  if (version < 1) {
    return fail(
      ["schemaVersion"],
      say(`Phiên bản định dạng ${version} không tồn tại.`, en`Format version ${version} does not exist.`),
    );
  }
  // Every later step walks the data recursively; a hostile file nested thousands deep must be
  // refused before it can overflow the stack.
  if (nestingDepth(data, LIMITS.depth) > LIMITS.depth) {
    return fail(
      [],
      say(
        `Dữ liệu lồng nhau quá sâu (hơn ${LIMITS.depth} cấp): đây không phải một kế hoạch.`,
        en`The data is nested too deeply (more than ${LIMITS.depth} levels): this is not a plan.`,
      ),
    );
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

/** A problem at a place in the file, worded in both languages. */
export function problemAt(path: readonly PathSegment[], wording: Wording): LoadProblem {
  const quotes = wording.en.quotes;
  return {
    path: formatPath(path),
    where: describePath(path),
    whereEn: describePath(path, "en"),
    message: wording.vi,
    messageEn: wording.en.text,
    ...(quotes.length > 0 ? { quotes: quotes.map((q) => ({ start: q.start, end: q.end })) } : {}),
  };
}

export function fail(path: readonly PathSegment[], wording: Wording): { ok: false; problems: LoadProblem[] } {
  return { ok: false, problems: [problemAt(path, wording)] };
}

export function toProblem(issue: z.core.$ZodIssue): LoadProblem {
  return problemAt(issuePath(issue), issueWording(issue));
}

export function issuePath(issue: z.core.$ZodIssue): PathSegment[] {
  return issue.path.filter((p): p is PathSegment => typeof p !== "symbol");
}

/** A file larger than the limit, by its size in bytes (or characters, for text). */
export function tooLarge(size: number): Wording {
  const mb = Math.round(size / 1048576);
  return say(
    `Tệp quá lớn (${mb} MB); giới hạn là 20 MB.`,
    en`The file is too large (${mb} MB); the limit is 20 MB.`,
  );
}

/** Text JSON.parse refused, with the line and column where it stops being JSON. */
export function notJson(text: string): Wording {
  const { line, column } = jsonErrorLocation(text);
  return say(
    `Tệp không phải JSON hợp lệ (dòng ${line}, cột ${column}).`,
    en`The file is not valid JSON (line ${line}, column ${column}).`,
  );
}

/** A value as the file writes it, kept short; never throws (a BigInt, a cycle, a deep nest). */
function asJson(value: unknown): string {
  let written: string | undefined;
  try {
    written = JSON.stringify(value);
  } catch {
    written = undefined;
  }
  const text = written ?? String(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** The zod issue in the official's words, in both languages. */
export function issueWording(issue: z.core.$ZodIssue): Wording {
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return MISSING;
      const type = TYPE_NAMES[issue.expected];
      return say(
        `Sai kiểu dữ liệu: cần ${type?.vi ?? issue.expected}.`,
        en`Wrong type of data: expected ${type?.en ?? plainEnglish(issue.expected)}.`,
      );
    }
    case "too_small": {
      const minimum = Number(issue.minimum);
      if (issue.origin === "string") return say("Không được để trống.", en`This must not be empty.`);
      if (issue.origin === "array")
        return say(`Cần ít nhất ${minimum} mục.`, en`At least ${minimum} items are needed.`);
      return say(`Giá trị phải từ ${minimum} trở lên.`, en`The value must be ${minimum} or more.`);
    }
    case "too_big": {
      const maximum = Number(issue.maximum);
      if (issue.origin === "string")
        return say(`Quá dài: tối đa ${maximum} ký tự.`, en`Too long: at most ${maximum} characters.`);
      if (issue.origin === "array")
        return say(`Quá nhiều mục: tối đa ${maximum}.`, en`Too many items: at most ${maximum}.`);
      return say(`Giá trị phải từ ${maximum} trở xuống.`, en`The value must be ${maximum} or less.`);
    }
    case "invalid_value": {
      // A field left out is missing, not wrong: say so, with what it may be.
      const values = issue.values.map(String).join(", ");
      return issue.input === undefined
        ? say(
            `Thiếu thông tin bắt buộc; chỉ nhận: ${values}.`,
            en`Required information is missing; accepted values: ${plainEnglish(values)}.`,
          )
        : say(
            `Giá trị không hợp lệ; chỉ nhận: ${values}.`,
            en`The value is not valid; accepted values: ${plainEnglish(values)}.`,
          );
    }
    case "invalid_union": {
      // A discriminated union names the values it accepts ("kind": paragraph, heading, slot).
      const options = (issue as { options?: unknown[] }).options;
      if (!options?.length) {
        return say(
          "Giá trị không khớp với dạng nào được hỗ trợ.",
          en`The value matches none of the supported forms.`,
        );
      }
      const values = options.map(String).join(", ");
      return say(
        `Giá trị không hợp lệ; chỉ nhận: ${values}.`,
        en`The value is not valid; accepted values: ${plainEnglish(values)}.`,
      );
    }
    case "invalid_format":
    case "custom":
      return (
        customWording(issue.message) ?? say(issue.message, en`The value does not have the expected form.`)
      );
    case "unrecognized_keys":
      return say(
        `Trường không được hỗ trợ: ${issue.keys.join(", ")}.`,
        en`Unsupported fields: ${issue.keys}.`,
      );
    default:
      return customWording(issue.message) ?? say("Giá trị không hợp lệ.", en`The value is not valid.`);
  }
}

const MISSING = say("Thiếu thông tin bắt buộc.", en`Required information is missing.`);

const TYPE_NAMES: Record<string, { vi: string; en: EnglishText } | undefined> = {
  string: { vi: "văn bản (chuỗi ký tự)", en: en`text (a string)` },
  number: { vi: "số", en: en`a number` },
  array: { vi: "danh sách", en: en`a list` },
  object: { vi: "đối tượng", en: en`an object` },
  boolean: { vi: "đúng/sai", en: en`true or false` },
};

/** The messages the schemas name by a key (`{ message: "invalid_date" }`), in both languages. */
const CUSTOM_MESSAGES = {
  invalid_iso_date: say(
    "Ngày phải có dạng năm-tháng-ngày, ví dụ 2026-03-14.",
    en`A date must be written year-month-day, for example 2026-03-14.`,
  ),
  invalid_id: say(
    "Mã chỉ gồm chữ, số và các dấu - _ . (không có dấu cách).",
    en`An id has only letters, digits and the marks - _ . (no spaces).`,
  ),
  waiver_reason: say("Miễn kiểm tra phải ghi rõ lý do.", en`A waived check must give its reason.`),
  invalid_slug: say(
    "Tên thư mục địa phương chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ kim-lien.",
    en`A locality's folder name has only lower-case letters without diacritics, digits and hyphens, for example kim-lien.`,
  ),
  invalid_hub_code: say(
    "Mã trên máy chủ tỉnh chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ xa-kim-lien.",
    en`A code on the provincial server has only lower-case letters without diacritics, digits and hyphens, for example xa-kim-lien.`,
  ),
  invalid_edoc_code: say(
    "Mã định danh điện tử (QĐ 20/2020/QĐ-TTg) có dạng 000.00.00.H40: ba chữ số, hai chữ số, hai chữ số, một chữ cái in hoa và hai chữ số, cách nhau bởi dấu chấm.",
    en`An electronic identification code (Decision 20/2020/QD-TTg) has the form 000.00.00.H40: three digits, two digits, two digits, a capital letter and two digits, separated by dots.`,
  ),
  invalid_symbol_part: say(
    "Phần ký hiệu của cơ quan viết hoa, không dấu cách, ví dụ UBND hoặc VHXH.",
    en`An agency's part of a document symbol is in capitals without spaces, for example UBND or VHXH.`,
  ),
  invalid_date: say(
    "Ngày không có thật (kiểm tra ngày, tháng, năm).",
    en`This date does not exist (check the day, month and year).`,
  ),
  invalid_number: say(
    "Số văn bản chỉ gồm chữ số, ví dụ 15.",
    en`A document number has only digits, for example 15.`,
  ),
  invalid_symbol: say(
    "Ký hiệu phải có dạng KH-UBND: các chữ viết tắt nối bằng dấu gạch ngang, không có dấu cách.",
    en`A document symbol has the form KH-UBND: abbreviations joined by hyphens, without spaces.`,
  ),
} satisfies Record<string, Wording>;

/** The wording of a message key a schema names, if it has one. */
export function customWording(key: string): Wording | undefined {
  return Object.hasOwn(CUSTOM_MESSAGES, key)
    ? CUSTOM_MESSAGES[key as keyof typeof CUSTOM_MESSAGES]
    : undefined;
}
