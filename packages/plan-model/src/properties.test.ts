import { cleanLine } from "@kehoach/text-vi";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { samplePlanV1 } from "./fixtures/kim-lien-v1.test-helpers.js";
import { parsePlanJson, serializePlan, validatePlanData } from "./load.js";
import { migratePlan } from "./migrate/index.js";
import type { Plan } from "./plan.js";
import { samplePlan } from "./sample/index.js";
import type { PeriodSpec, TimeSpec } from "./schema/time-spec.js";
import { formatTime } from "./time/format-time.js";
import { parseTime } from "./time/parse-time.js";

// Properties over many generated inputs, for what examples cannot cover. They do real work (a
// full load per run), so they get time on a busy machine; none of them measures speed.
const SLOW = 60_000;

const YEAR = 2026;
const year = fc.integer({ min: 2020, max: 2030 });
const month = fc.integer({ min: 1, max: 12 });
const day = (m: number, y: number) => fc.integer({ min: 1, max: new Date(Date.UTC(y, m, 0)).getUTCDate() });
const fullDate = fc
  .tuple(year, month)
  .chain(([y, m]) => day(m, y).map((d) => ({ year: y, month: m, day: d })));

const period: fc.Arbitrary<PeriodSpec> = fc.oneof(
  year.map((y) => ({ unit: "year" as const, year: y })),
  fc
    .tuple(year, fc.constantFrom(1 as const, 2 as const))
    .map(([y, h]) => ({ unit: "half" as const, year: y, half: h })),
  year.map((y) => ({ unit: "nineMonths" as const, year: y })),
  fc
    .tuple(year, fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const))
    .map(([y, q]) => ({ unit: "quarter" as const, year: y, quarter: q })),
  fc.tuple(year, month).map(([y, m]) => ({ unit: "month" as const, year: y, month: m })),
  fullDate.map((d) => ({ unit: "day" as const, date: d })),
  fc
    .tuple(year, month, month)
    .filter(([, a, b]) => a < b)
    .map(([y, a, b]) => ({ unit: "range" as const, from: { year: y, month: a }, to: { year: y, month: b } })),
);

const simpleTime: fc.Arbitrary<TimeSpec> = fc.oneof(
  fc.constant<TimeSpec>({ raw: "", kind: "ongoing" }),
  fc.constant<TimeSpec>({ raw: "", kind: "ongoing", within: { unit: "year", year: YEAR } }),
  period.map((p): TimeSpec => ({ raw: "", kind: "within", period: p })),
  fc
    .record({
      every: fc.constantFrom(
        "day" as const,
        "week" as const,
        "month" as const,
        "quarter" as const,
        "halfYear" as const,
        "year" as const,
      ),
      count: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
      duration: fc.option(
        fc.tuple(fc.integer({ min: 5, max: 60 }), fc.integer({ min: 0, max: 60 })).map(([min, extra]) => ({
          min,
          max: min + extra,
          unit: "minute" as const,
        })),
        { nil: undefined },
      ),
    })
    .map(({ every, count, duration }): TimeSpec => {
      const spec: TimeSpec = { raw: "", kind: "recurring", every };
      // "Hằng ngày" has no count; "Định kỳ 6 tháng" is written without one.
      if (count !== undefined && every !== "halfYear") Object.assign(spec, { count });
      if (duration && count !== undefined && every !== "halfYear") Object.assign(spec, { duration });
      return spec;
    }),
  fullDate.map((d): TimeSpec => ({ raw: "", kind: "deadline", by: d })),
  fc
    .constantFrom("Kế hoạch của tỉnh", "Kế hoạch của UBND TP", "hướng dẫn của Sở Nội vụ")
    .map((text): TimeSpec => ({ raw: "", kind: "relative", to: { text } })),
);

const time: fc.Arbitrary<TimeSpec> = fc.oneof(
  { weight: 4, arbitrary: simpleTime },
  {
    weight: 1,
    arbitrary: fc
      .tuple(simpleTime, fc.constantFrom("khi có Kế hoạch của tỉnh", "khi có hướng dẫn của Sở Nội vụ"))
      .filter(([t]) => t.kind !== "relative")
      .map(
        ([t, trigger]): TimeSpec => ({ raw: "", kind: "conditional", trigger: { text: trigger }, time: t }),
      ),
  },
);

/** A spec without its raw texts: what the parser understood. */
function meaning(spec: TimeSpec): unknown {
  return JSON.parse(JSON.stringify(spec, (key, value) => (key === "raw" ? undefined : value)));
}

describe("the time parser", () => {
  it(
    "never throws, and always keeps the text it was given",
    () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 200 }), (text) => {
          const spec = parseTime(text, { planYear: YEAR });
          expect(spec.raw).toBe(cleanLine(text));
        }),
        { numRuns: 3000 },
      );
    },
    SLOW,
  );

  it(
    "never throws on text made of the words time expressions use",
    () => {
      const words = fc.constantFrom(
        "Quý",
        "III",
        "/",
        "2026",
        "tháng",
        "năm",
        "hằng",
        "tuần",
        "một",
        "lần",
        "trước",
        "ngày",
        "15/02",
        "(",
        ")",
        "khi",
        "có",
        "hoặc",
        ";",
        ",",
        "từ",
        "đến",
        "-",
        "thường",
        "xuyên",
        "trong",
        "theo",
        "thời hạn",
        "tại",
        "phút",
      );
      fc.assert(
        fc.property(fc.array(words, { maxLength: 14 }), (parts) => {
          const spec = parseTime(parts.join(" "), { planYear: YEAR });
          expect(spec.raw).toBe(parts.join(" ").replace(/\s+/g, " ").trim());
        }),
        { numRuns: 3000 },
      );
    },
    SLOW,
  );

  it(
    "reads back what it writes: parse(format(spec)) means spec",
    () => {
      fc.assert(
        fc.property(time, (spec) => {
          const text = formatTime(spec);
          expect(meaning(parseTime(text, { planYear: YEAR }))).toEqual(meaning(spec));
        }),
        { numRuns: 2000 },
      );
    },
    SLOW,
  );

  it(
    "round-trips what it understood: the official wording of a parse parses the same",
    () => {
      fc.assert(
        fc.property(time, fc.constantFrom("", " ", "  "), (spec, pad) => {
          const first = parseTime(`${pad}${formatTime(spec)}${pad}`, { planYear: YEAR });
          const second = parseTime(formatTime(first), { planYear: YEAR });
          expect(meaning(second)).toEqual(meaning(first));
        }),
        { numRuns: 1000 },
      );
    },
    SLOW,
  );
});

// Control and invisible characters are removed on load (cleanText); the round trip is about the rest.
const textArb = fc
  .string({ maxLength: 60 })
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to leave out.
  .map((s) => s.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/g, ""));

describe("serialising plans", () => {
  it(
    "parse(serialise(plan)) gives the plan back, whatever its texts",
    () => {
      fc.assert(
        fc.property(textArb, fc.array(textArb, { maxLength: 4 }), time, (title, supports, taskTime) => {
          const plan: Plan = structuredClone(samplePlan);
          plan.title = title.normalize("NFC").trim();
          plan.tasks[0]!.roles = supports
            .map((s) => s.normalize("NFC").replace(/\s+/g, " ").trim())
            .filter((s) => s !== "")
            .map((name) => ({ role: "support" as const, agency: { name } }));
          plan.tasks[0]!.time = JSON.parse(JSON.stringify({ ...taskTime, raw: formatTime(taskTime) }));
          const result = parsePlanJson(serializePlan(plan));
          if (!result.ok) throw new Error(JSON.stringify(result.problems));
          expect(result.plan).toEqual(plan);
          expect(serializePlan(result.plan)).toBe(serializePlan(plan));
        }),
        { numRuns: 150 },
      );
    },
    SLOW,
  );
});

describe("migrations", () => {
  it(
    "are idempotent: a migrated plan migrates to itself, and loading it again changes nothing",
    () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.record({
              content: textArb,
              leads: fc.array(
                textArb.filter((s) => s.trim() !== ""),
                { maxLength: 3 },
              ),
              supports: fc.array(
                textArb.filter((s) => s.trim() !== ""),
                { maxLength: 3 },
              ),
              time: fc.oneof(textArb, time.map(formatTime)),
            }),
            { maxLength: 5 },
          ),
          (tasks) => {
            const v1 = {
              ...structuredClone(samplePlanV1),
              tasks: tasks.map((t, i) => ({ id: `t${i}`, ...t })),
            };
            const once = validatePlanData(v1);
            if (!once.ok) throw new Error(JSON.stringify(once.problems));
            expect(migratePlan(once.plan)).toBe(once.plan);
            expect(parsePlanJson(serializePlan(once.plan))).toEqual(once);
          },
        ),
        { numRuns: 150 },
      );
    },
    SLOW,
  );
});
