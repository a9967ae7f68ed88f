import { isValidPartialDate, type PartialDate } from "@kehoach/text-vi";
import { parseDocRefs } from "../refs/doc-ref.js";
import type { Cadence, PeriodSpec, TimeAnchor, TimeSpec } from "../schema/time-spec.js";
import { fold } from "../text/fold.js";

// The Vietnamese time expressions of real plans (plan-domain §1.3) into a TimeSpec. The parser
// never throws: what it does not understand becomes "unspecified" with the text kept, so a person
// can read it and fix it. Matching runs on a folded copy (no accents, lower case), because the
// same words come typed with and without accents and with either tone placement.

export interface ParseTimeOptions {
  /** The plan year, used when the text leaves the year out ("Quý III", "Thường xuyên trong năm"). */
  planYear?: number | undefined;
}

const MAX_INPUT = 1_000;

export function parseTime(text: string, options: ParseTimeOptions = {}): TimeSpec {
  try {
    if (typeof text !== "string") return { raw: "", kind: "unspecified" };
    const { original, folded: raw } = fold(text.slice(0, MAX_INPUT));
    // "quí" is the older spelling of "quý"; same length, so the copies stay aligned.
    const folded = raw.replace(/\bqui\b/g, "quy");
    const parsed = parseClause(new Cursor(original, folded), options, 0);
    return parsed ? withRaw(parsed, original) : { raw: original, kind: "unspecified" };
  } catch {
    // A bug in a pattern must not take the editor down: the text is kept, the meaning is not.
    return { raw: typeof text === "string" ? text : "", kind: "unspecified" };
  }
}

type Parsed = TimeSpec;

/** A slice of the text: the original words and their folded twin, always the same length. */
class Cursor {
  constructor(
    readonly original: string,
    readonly folded: string,
  ) {}
  slice(start: number, end?: number): Cursor {
    return new Cursor(this.original.slice(start, end), this.folded.slice(start, end));
  }
  trim(): Cursor {
    const lead = this.folded.length - this.folded.replace(/^[\s,;:.]+/, "").length;
    const tail = this.folded.replace(/[\s,;:.]+$/, "").length;
    return tail <= lead ? new Cursor("", "") : this.slice(lead, tail);
  }
}

function withRaw(spec: TimeSpec, raw: string): TimeSpec {
  return { ...spec, raw };
}

function parseClause(c: Cursor, options: ParseTimeOptions, depth: number): Parsed | null {
  const text = c.trim();
  if (depth > 3) return null;
  if (text.folded === "") return { raw: "", kind: "unspecified" };

  // A remark in parentheses at the end: a condition ("khi có Kế hoạch của tỉnh") or a note.
  const paren = /^(.*?)\s*\(([^()]+)\)$/.exec(text.folded);
  if (paren) {
    const outer = text.slice(0, (paren[1] as string).length);
    const innerStart = text.folded.lastIndexOf("(") + 1;
    const inner = text.slice(innerStart, text.folded.length - 1).trim();
    const then = outer.folded.trim() === "" ? unspecified() : parseClause(outer, options, depth + 1);
    if (!then) return null;
    if (isTrigger(inner.folded)) {
      return {
        raw: text.original,
        kind: "conditional",
        trigger: anchor(inner.original),
        time: sub(then, outer),
      };
    }
    if (then.kind === "unspecified") return null;
    return { ...then, raw: text.original, note: inner.original };
  }

  // A condition written as a clause: "Trong năm 2024, khi có Kế hoạch của tỉnh" or "Khi có yêu cầu".
  const clause = /(^|,\s*|\s+)((?:khi|neu|sau khi|ngay khi|ngay sau khi)\s.+)$/.exec(text.folded);
  if (clause) {
    const start = clause.index + (clause[1] as string).length;
    const before = text.slice(0, clause.index);
    const then = before.folded.trim() === "" ? unspecified() : parseClause(before, options, depth + 1);
    if (then) {
      return {
        raw: text.original,
        kind: "conditional",
        trigger: anchor(text.slice(start).original),
        time: sub(then, before),
      };
    }
  }

  // A choice: "Hằng tuần hoặc hằng tháng".
  const choices = splitOn(text, /\s+hoac\s+/g);
  if (choices.length > 1) {
    const options_ = choices.map((part) => parseClause(part, options, depth + 1));
    if (options_.every((o): o is Parsed => o !== null && o.kind !== "unspecified")) {
      return { raw: text.original, kind: "anyOf", options: options_.map((o, i) => sub(o, choices[i])) };
    }
    return null;
  }

  // Several times that all apply: "Thường xuyên; định kỳ hằng quý".
  const parts = splitOn(text, /\s*;\s*/g);
  if (parts.length > 1) {
    const all = parts.map((part) => parseClause(part, options, depth + 1));
    if (all.every((o): o is Parsed => o !== null && o.kind !== "unspecified")) {
      return { raw: text.original, kind: "allOf", options: all.map((o, i) => sub(o, parts[i])) };
    }
    return null;
  }

  return parseSimple(text, options);
}

function unspecified(): TimeSpec {
  return { raw: "", kind: "unspecified" };
}

function sub(spec: TimeSpec, c: Cursor | undefined): TimeSpec {
  return { ...spec, raw: c ? c.trim().original : spec.raw };
}

function splitOn(c: Cursor, separator: RegExp): Cursor[] {
  const out: Cursor[] = [];
  let last = 0;
  separator.lastIndex = 0;
  for (let m = separator.exec(c.folded); m; m = separator.exec(c.folded)) {
    out.push(c.slice(last, m.index));
    last = m.index + m[0].length;
  }
  out.push(c.slice(last));
  return out.map((p) => p.trim()).filter((p) => p.folded !== "");
}

const TRIGGER = /^(khi|neu|sau khi|ngay khi|ngay sau khi|truoc khi)\s/;

function isTrigger(folded: string): boolean {
  return TRIGGER.test(folded.trim());
}

function anchor(text: string): TimeAnchor {
  const clean = text.trim();
  // A clause is kept as written, but starts in lower case so it reads the same inside parentheses.
  const lowered = TRIGGER.test(fold(clean).folded) ? clean.charAt(0).toLowerCase() + clean.slice(1) : clean;
  const ref = parseDocRefs(clean)[0];
  return ref ? { text: lowered, ref } : { text: lowered };
}

// ---------------------------------------------------------------------------------------------
// Simple expressions

const ROMAN: Record<string, 1 | 2 | 3 | 4> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
const YEAR = String.raw`(\d{4})`;
// "/2026", " năm 2026", "-2026", " 2026".
const YEAR_TAIL = String.raw`(?:\s*[/-]\s*|\s+nam\s+|\s+)${YEAR}`;

function parseSimple(c: Cursor, options: ParseTimeOptions): Parsed | null {
  const f = c.folded.replace(/\s+/g, " ");
  const raw = c.original;
  return (
    parseOngoing(f, raw, options) ??
    parseRecurring(f, raw, options) ??
    parseDeadline(f, raw, options) ??
    parseRelative(c, raw) ??
    periodSpec(f, raw, options)
  );
}

function periodSpec(f: string, raw: string, options: ParseTimeOptions): Parsed | null {
  const period = parsePeriod(f.replace(/^(trong|vao|trong suot)\s+/, ""), options);
  if (period) return { raw, kind: "within", period };
  // Several months or quarters that are not one stretch: "Tháng 3 và tháng 9/2026".
  const list = parsePeriodList(f, options);
  if (list) return { raw, kind: "allOf", options: list.map((p) => ({ raw: "", kind: "within", period: p })) };
  return null;
}

function parseOngoing(f: string, raw: string, options: ParseTimeOptions): Parsed | null {
  const m =
    /^(?:thuong xuyen|lien tuc)(?:,? lien tuc)?(?:,? (?:trong|suot|ca|trong ca|trong suot) (.+))?$/.exec(f);
  if (!m) return null;
  if (!m[1]) return { raw, kind: "ongoing" };
  const within = parsePeriod(m[1], options) ?? (/^nam$/.test(m[1]) ? yearOf(options) : null);
  return within ? { raw, kind: "ongoing", within } : null;
}

function yearOf(options: ParseTimeOptions): PeriodSpec | null {
  return options.planYear ? { unit: "year", year: options.planYear } : null;
}

type PeriodRule = [RegExp, (m: RegExpExecArray, options: ParseTimeOptions) => PeriodSpec | null];

const yearFrom = (m: RegExpExecArray, index: number, options: ParseTimeOptions) =>
  m[index] ? Number(m[index]) : options.planYear;

// Tried in order; the first pattern that matches decides (its answer may be "not understood").
const PERIOD_RULES: PeriodRule[] = [
  [
    new RegExp(`^(?:ca |trong )?nam ${YEAR}$|^${YEAR}$`),
    (m) => ({ unit: "year", year: Number(m[1] ?? m[2]) }),
  ],
  [/^(ca nam|nam nay|trong nam)$/, (_m, options) => yearOf(options)],
  [
    new RegExp(`^(?:0?6|sau) thang (dau|cuoi) nam(?:${YEAR_TAIL})?$`),
    (m, options) => {
      const year = yearFrom(m, 2, options);
      return year ? { unit: "half", year, half: m[1] === "dau" ? 1 : 2 } : null;
    },
  ],
  [
    new RegExp(`^(?:0?9|chin) thang (?:dau )?nam(?:${YEAR_TAIL})?$`),
    (m, options) => {
      const year = yearFrom(m, 1, options);
      return year ? { unit: "nineMonths", year } : null;
    },
  ],
  [
    new RegExp(`^(dau|cuoi) nam(?:${YEAR_TAIL})?$`),
    (m, options) => {
      const year = yearFrom(m, 2, options);
      return year ? { unit: "quarter", year, quarter: m[1] === "dau" ? 1 : 4 } : null;
    },
  ],
  // Quý III/2023, quý 3 năm 2023, Quý III.
  [
    new RegExp(`^quy (iv|iii|ii|i|[1-4])(?:${YEAR_TAIL})?$`),
    (m, options) => {
      const year = yearFrom(m, 2, options);
      return year ? { unit: "quarter", year, quarter: ROMAN[m[1] as string] as 1 | 2 | 3 | 4 } : null;
    },
  ],
  // Quý I, II/2026; Quý I và quý II năm 2026; Quý I - III/2026: one stretch of quarters.
  [
    new RegExp(
      `^(?:tu )?quy (iv|iii|ii|i|[1-4])\\s*(,|va|den|-|toi)\\s*(?:het )?(?:quy )?(iv|iii|ii|i|[1-4])(?:${YEAR_TAIL})?$`,
    ),
    (m, options) => {
      const year = yearFrom(m, 4, options);
      const a = ROMAN[m[1] as string] as number;
      const b = ROMAN[m[3] as string] as number;
      const isRange = m[2] === "den" || m[2] === "-" || m[2] === "toi";
      // "Quý I và III" are two quarters, not a stretch; parsePeriodList reads them.
      if (!year || b <= a || (b > a + 1 && !isRange)) return null;
      return { unit: "range", from: { year, month: a * 3 - 2 }, to: { year, month: b * 3 } };
    },
  ],
  // A single day: "ngày 09/11/2026", "09/11/2026", "ngày 9 tháng 11 năm 2026".
  [
    /^(?:ngay\s+)?(\d.*)$/,
    (m, options) => {
      const date = parseDate(m[1] as string, options);
      return date ? { unit: "day", date } : null;
    },
  ],
  // Tháng 01/2023, tháng 3 năm 2026, tháng 3.
  [
    new RegExp(`^thang (\\d{1,2})(?:${YEAR_TAIL})?$`),
    (m, options) => {
      const year = yearFrom(m, 2, options);
      const month = Number(m[1]);
      return year && month >= 1 && month <= 12 ? { unit: "month", year, month } : null;
    },
  ],
  // Ranges: "Từ tháng 3 đến tháng 6/2026", "Tháng 3 - 6/2026", "Từ 01/3/2026 đến 30/6/2026".
  [
    /^(?:tu\s+)?(.+?)(?: den het | den | toi |\s*-\s*)(.+)$/,
    (m, options) => parseRange(m[1] as string, m[2] as string, options),
  ],
];

/** One period: a year, half, nine months, quarter, month, day, or a range of them. */
export function parsePeriod(f: string, options: ParseTimeOptions): PeriodSpec | null {
  const text = f.trim().replace(/^(trong|vao)\s+/, "");
  for (const [pattern, make] of PERIOD_RULES) {
    const m = pattern.exec(text);
    if (m) {
      const period = make(m, options);
      // A day-like text that is not a date ("6/2026") may still be a range or a month.
      if (period || pattern !== DAY_PATTERN) return period;
    }
  }
  return null;
}

const DAY_PATTERN = (PERIOD_RULES[7] as PeriodRule)[0];

function parseRange(a: string, b: string, options: ParseTimeOptions): PeriodSpec | null {
  const end = parseEndpoint(b, undefined, options);
  if (!end) return null;
  const start = parseEndpoint(a, end, options);
  if (!start) return null;
  if (compareStart(start, end) >= 0) return null;
  return { unit: "range", from: start, to: end };
}

const MONTH_ENDPOINT = new RegExp(`^(thang )?(\\d{1,2})(?:${YEAR_TAIL})?$`);

/** A month or a day at either end of a range; the start may borrow the year of the end. */
function parseEndpoint(
  text: string,
  end: PartialDate | undefined,
  options: ParseTimeOptions,
): PartialDate | null {
  const t = text.trim().replace(/^(het|cuoi)\s+/, "");
  const m = MONTH_ENDPOINT.exec(t);
  if (m) {
    const named = m[1] !== undefined;
    const month = Number(m[2]);
    const year = m[3] ? Number(m[3]) : (end?.year ?? options.planYear);
    if (!year || month < 1 || month > 12) return null;
    // A bare number is a month only when a year follows ("6/2026") or the other end is a month.
    if (!named && m[3] === undefined && (end === undefined || end.day !== undefined)) return null;
    return { year, month };
  }
  const date = parseDate(t.replace(/^ngay\s+/, ""), { planYear: end?.year ?? options.planYear });
  return date ?? null;
}

function compareStart(a: PartialDate, b: PartialDate): number {
  return (
    a.year - b.year ||
    (a.month ?? 1) - (b.month ?? 1) ||
    (a.day ?? 1) - (b.day ?? (b.month === undefined ? 1 : 32))
  );
}

const MONTH_LIST = new RegExp(
  `^(?:trong |vao )?thang ((?:\\d{1,2}\\s*(?:,|va)\\s*(?:thang )?)+\\d{1,2})(?:${YEAR_TAIL})?$`,
);
const QUARTER_LIST = new RegExp(
  `^(?:trong |vao )?quy ((?:(?:iv|iii|ii|i|[1-4])\\s*(?:,|va)\\s*(?:quy )?)+(?:iv|iii|ii|i|[1-4]))(?:${YEAR_TAIL})?$`,
);

/** Several months or quarters that are not one stretch: "tháng 3, 6, 9 và 12/2026". */
function parsePeriodList(f: string, options: ParseTimeOptions): PeriodSpec[] | null {
  const months = MONTH_LIST.exec(f);
  if (months) {
    const year = yearFrom(months, 2, options);
    const list = (months[1] as string).split(/\s*(?:,|va)\s*(?:thang )?/).map(Number);
    if (!year || list.some((n) => n < 1 || n > 12)) return null;
    const sorted = [...new Set(list)].sort((x, y) => x - y);
    return sorted.length < 2 ? null : sorted.map((month) => ({ unit: "month", year, month }));
  }
  const quarters = QUARTER_LIST.exec(f);
  if (quarters) {
    const year = yearFrom(quarters, 2, options);
    const list = (quarters[1] as string).split(/\s*(?:,|va)\s*(?:quy )?/).map((r) => ROMAN[r]);
    if (!year || list.some((n) => n === undefined)) return null;
    const sorted = [...new Set(list as (1 | 2 | 3 | 4)[])].sort((x, y) => x - y);
    return sorted.length < 2 ? null : sorted.map((quarter) => ({ unit: "quarter", year, quarter }));
  }
  return null;
}

const NUMERIC_DATE = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?$/;
const WORDED_DATE = /^(\d{1,2})\s+thang\s+(\d{1,2})(?:\s*(?:,\s*)?nam\s+(\d{4}))?$/;

/** "15/02/2021", "15-02-2021", "ngày 15 tháng 02 năm 2021", "15/02" (with the plan year). */
export function parseDate(text: string, options: ParseTimeOptions): PartialDate | null {
  const t = text.trim();
  const m = NUMERIC_DATE.exec(t) ?? WORDED_DATE.exec(t);
  if (!m) return null;
  const year = m[3] ? Number(m[3]) : options.planYear;
  if (!year) return null;
  const date = { year, month: Number(m[2]), day: Number(m[1]) };
  return isValidPartialDate(date) ? date : null;
}

// ---------------------------------------------------------------------------------------------
// Recurring: "Hàng tuần", "Một tuần một lần, thời lượng … từ 10 đến 15 phút", "Định kỳ 6 tháng".

const CADENCE_WORDS: [RegExp, Cadence][] = [
  [/^ngay$/, "day"],
  [/^tuan$/, "week"],
  [/^thang$/, "month"],
  [/^quy$/, "quarter"],
  [/^(0?6|sau) thang$|^nua nam$|^6 thang mot lan$/, "halfYear"],
  [/^nam$/, "year"],
];

function cadenceOf(word: string): Cadence | null {
  for (const [pattern, cadence] of CADENCE_WORDS) if (pattern.test(word.trim())) return cadence;
  return null;
}

const NUMBER_WORDS: Record<string, number> = { mot: 1, hai: 2, ba: 3, bon: 4, nam: 5, sau: 6 };

function countOf(word: string): number | null {
  const w = word.trim();
  if (/^\d{1,3}$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? null;
}

const UNIT_WORD = "(ngay|tuan|thang|quy|nam)";
const COUNT_WORD = String.raw`(\d{1,3}|mot|hai|ba|bon)`;

function parseRecurring(f: string, raw: string, options: ParseTimeOptions): Parsed | null {
  // Duration after a comma: "…, thời lượng phát sóng mỗi lần từ 10 đến 15 phút".
  let body = f;
  let duration: { min: number; max: number; unit: "minute" | "hour" | "day" } | undefined;
  const d =
    /,?\s*(?:voi )?(?:thoi luong|thoi gian)?(?: phat song| phat thanh)?\s*(?:moi (?:lan|buoi|so|ky|chuyen muc))?\s*(?:tu\s+)?(\d{1,4})(?:\s*(?:den|-|toi)\s*(\d{1,4}))?\s*(phut|gio|ngay)(?:\s*\/\s*(?:lan|buoi|so))?$/.exec(
      body,
    );
  if (d && d.index > 0) {
    const min = Number(d[1]);
    const max = d[2] ? Number(d[2]) : min;
    if (max < min) return null;
    duration = { min, max, unit: d[3] === "phut" ? "minute" : d[3] === "gio" ? "hour" : "day" };
    body = body.slice(0, d.index).trim();
  }
  // "… trong năm 2026", "… quý II/2026": the stretch the repetition is limited to.
  let within: PeriodSpec | undefined;
  const w = /\s+(?:trong|suot|trong suot)\s+(.+)$/.exec(body);
  if (w) {
    const period = parsePeriod(w[1] as string, options) ?? (w[1] === "nam" ? yearOf(options) : null);
    if (!period) return null;
    within = period;
    body = body.slice(0, w.index).trim();
  }
  body = body.replace(/^(dinh ky|thuc hien)\s*,?\s*/, "").trim();

  const specs = recurringSpecs(body);
  if (!specs) return null;
  if (specs.length === 0) return null;
  const make = (s: (typeof specs)[number]): TimeSpec => ({
    raw: specs.length === 1 ? raw : "",
    kind: "recurring",
    every: s.every,
    ...(s.interval ? { interval: s.interval } : {}),
    ...(s.count ? { count: s.count } : {}),
    ...(duration ? { duration } : {}),
    ...(within ? { within } : {}),
  });
  if (specs.length === 1) return make(specs[0] as (typeof specs)[number]);
  if (duration) return null;
  return { raw, kind: "allOf", options: specs.map(make) };
}

type RecurringSpec = { every: Cadence; interval?: number; count?: number };

const ONCE_PER = new RegExp(`^(?:moi )?${COUNT_WORD}?\\s*${UNIT_WORD} (?:mot|1) lan$`);
const ONCE_PER_SLASH = new RegExp(`^${COUNT_WORD}\\s*${UNIT_WORD}\\s*\\/\\s*(?:mot |1 )?lan$`);
const TIMES_PER_UNIT_FIRST = new RegExp(`^(?:moi|hang|mot) ${UNIT_WORD} ${COUNT_WORD} lan$`);
const TIMES_PER_COUNT_FIRST = new RegExp(
  `^${COUNT_WORD} lan\\s*(?:\\/|mot|moi|trong mot|tren)\\s*(?:mot |1 )?${UNIT_WORD}$`,
);
const LISTED = /^(?:hang|moi|dinh ky)\s+(.+)$/;

/** The cadences of a recurring expression without its duration and stretch, or null. */
function recurringSpecs(body: string): RecurringSpec[] | null {
  const once = ONCE_PER.exec(body) ?? ONCE_PER_SLASH.exec(body);
  if (once) {
    // "Một tuần một lần", "2 tuần một lần", "1 tuần/lần"
    const n = once[1] ? countOf(once[1]) : 1;
    const every = cadenceOf(once[2] as string);
    if (!n || !every) return null;
    return [n === 1 ? { every, count: 1 } : { every, interval: n, count: 1 }];
  }
  const unitFirst = TIMES_PER_UNIT_FIRST.exec(body);
  const countFirst = unitFirst ? null : TIMES_PER_COUNT_FIRST.exec(body);
  if (unitFirst || countFirst) {
    // "Mỗi tháng 2 lần", "2 lần/tháng", "2 lần một tháng"
    const every = cadenceOf((unitFirst ? unitFirst[1] : countFirst?.[2]) as string);
    const count = countOf((unitFirst ? unitFirst[2] : countFirst?.[1]) as string);
    return every && count ? [{ every, count }] : null;
  }
  // "Hàng tuần", "Hằng tháng", "hàng quý, 6 tháng và năm", "định kỳ 6 tháng", "mỗi tháng".
  const listed = LISTED.exec(body)?.[1] ?? (/^(0?6|sau) thang$/.test(body) ? body : null);
  if (!listed) return null;
  const specs: RecurringSpec[] = [];
  for (const word of listed.split(/\s*(?:,|\bva\b|;)\s*(?:hang |moi )?/).filter((w) => w !== "")) {
    const every = cadenceOf(word.replace(/^(0?1|mot) /, ""));
    if (!every) return null;
    specs.push({ every });
  }
  return specs;
}

// ---------------------------------------------------------------------------------------------
// Deadline: "Ban hành trước 15/02/2021", "Chậm nhất ngày 30/6/2026", "Trước tháng 6/2026".

function parseDeadline(f: string, raw: string, options: ParseTimeOptions): Parsed | null {
  const m =
    /^(?:(?:hoan thanh|ban hanh|xong|gui|nop|thuc hien)\s+)?(truoc|cham nhat|han chot|khong muon hon|han cuoi)(?:\s+(?:la|vao|trong))?\s+(.+)$/.exec(
      f,
    );
  if (!m) return null;
  const before = m[1] === "truoc";
  const rest = (m[2] as string).replace(/^ngay\s+/, "");
  const date = parseDate(rest, options);
  if (date) return { raw, kind: "deadline", by: date };
  const month = new RegExp(`^thang (\\d{1,2})(?:${YEAR_TAIL})?$`).exec(rest);
  if (month) {
    const year = month[2] ? Number(month[2]) : options.planYear;
    const n = Number(month[1]);
    if (!year || n < 1 || n > 12) return null;
    // "Trước tháng 6" ends with May; "chậm nhất tháng 6" ends with June.
    if (!before) return { raw, kind: "deadline", by: { year, month: n } };
    return n === 1
      ? { raw, kind: "deadline", by: { year: year - 1, month: 12 } }
      : { raw, kind: "deadline", by: { year, month: n - 1 } };
  }
  const year = new RegExp(`^nam ${YEAR}$`).exec(rest);
  if (year && !before) return { raw, kind: "deadline", by: { year: Number(year[1]) } };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Relative: "Theo thời hạn tại Kế hoạch của UBND TP", "Theo Kế hoạch của tỉnh".

function parseRelative(c: Cursor, raw: string): Parsed | null {
  const m =
    /^theo\s+(?:(?:dung\s+)?(?:thoi han|thoi gian|tien do|lo trinh|moc thoi gian)\s+(?:tai|cua|trong|theo|quy dinh tai|quy dinh cua)\s+)?/.exec(
      c.folded,
    );
  if (!m) return null;
  const rest = c.slice(m[0].length).trim();
  if (
    !/^(ke hoach|quyet dinh|van ban|cong van|huong dan|chi dao|yeu cau|quy dinh|thong bao|chuong trinh|nghi quyet|chi thi|de an|lich|to trinh)/.test(
      rest.folded,
    )
  ) {
    return null;
  }
  const text = rest.original;
  const ref = parseDocRefs(text)[0];
  return { raw, kind: "relative", to: ref ? { text, ref } : { text } };
}
