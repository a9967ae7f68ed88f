import { describe, expect, it } from "vitest";
import type { TimeSpec } from "../schema/time-spec.js";
import { formatTime } from "./format-time.js";
import { parseTime } from "./parse-time.js";

const opts = { planYear: 2026 };
type Shape = Omit<TimeSpec, "raw"> extends infer T ? T : never;

function shape(spec: TimeSpec): unknown {
  return JSON.parse(JSON.stringify(spec, (key, value) => (key === "raw" ? undefined : value)));
}

describe("reading the time expressions of real plans", () => {
  it.each<[string, Shape | Record<string, unknown>]>([
    ["Thường xuyên", { kind: "ongoing" }],
    ["thường xuyên, liên tục", { kind: "ongoing" }],
    ["Thường xuyên trong năm", { kind: "ongoing", within: { unit: "year", year: 2026 } }],
    ["Thuong xuyen trong nam 2024", { kind: "ongoing", within: { unit: "year", year: 2024 } }],
    ["Trong năm 2024", { kind: "within", period: { unit: "year", year: 2024 } }],
    ["Năm 2023", { kind: "within", period: { unit: "year", year: 2023 } }],
    ["Cả năm", { kind: "within", period: { unit: "year", year: 2026 } }],
    ["Quý III/2023", { kind: "within", period: { unit: "quarter", year: 2023, quarter: 3 } }],
    ["quý 2 năm 2026", { kind: "within", period: { unit: "quarter", year: 2026, quarter: 2 } }],
    ["Quý IV", { kind: "within", period: { unit: "quarter", year: 2026, quarter: 4 } }],
    ["Tháng 01/2023", { kind: "within", period: { unit: "month", year: 2023, month: 1 } }],
    ["tháng 3 năm 2026", { kind: "within", period: { unit: "month", year: 2026, month: 3 } }],
    ["6 tháng đầu năm 2026", { kind: "within", period: { unit: "half", year: 2026, half: 1 } }],
    ["06 tháng cuối năm", { kind: "within", period: { unit: "half", year: 2026, half: 2 } }],
    ["9 tháng đầu năm 2026", { kind: "within", period: { unit: "nineMonths", year: 2026 } }],
    ["Ngày 09/11/2026", { kind: "within", period: { unit: "day", date: { year: 2026, month: 11, day: 9 } } }],
    [
      "Từ tháng 3 đến tháng 6/2026",
      {
        kind: "within",
        period: { unit: "range", from: { year: 2026, month: 3 }, to: { year: 2026, month: 6 } },
      },
    ],
    [
      "Tháng 3 – 6/2026",
      {
        kind: "within",
        period: { unit: "range", from: { year: 2026, month: 3 }, to: { year: 2026, month: 6 } },
      },
    ],
    [
      "Từ tháng 11/2025 đến tháng 02/2026",
      {
        kind: "within",
        period: { unit: "range", from: { year: 2025, month: 11 }, to: { year: 2026, month: 2 } },
      },
    ],
    [
      "Từ ngày 01/3 đến ngày 30/6/2026",
      {
        kind: "within",
        period: {
          unit: "range",
          from: { year: 2026, month: 3, day: 1 },
          to: { year: 2026, month: 6, day: 30 },
        },
      },
    ],
    [
      "Quý I, II/2026",
      {
        kind: "within",
        period: { unit: "range", from: { year: 2026, month: 1 }, to: { year: 2026, month: 6 } },
      },
    ],
    [
      "Quý I và quý III năm 2026",
      {
        kind: "allOf",
        options: [
          { kind: "within", period: { unit: "quarter", year: 2026, quarter: 1 } },
          { kind: "within", period: { unit: "quarter", year: 2026, quarter: 3 } },
        ],
      },
    ],
    [
      "Tháng 3 và tháng 9/2026",
      {
        kind: "allOf",
        options: [
          { kind: "within", period: { unit: "month", year: 2026, month: 3 } },
          { kind: "within", period: { unit: "month", year: 2026, month: 9 } },
        ],
      },
    ],
    ["Hàng tuần", { kind: "recurring", every: "week" }],
    ["Hằng tháng", { kind: "recurring", every: "month" }],
    ["định kỳ hàng tháng", { kind: "recurring", every: "month" }],
    ["Hàng quý", { kind: "recurring", every: "quarter" }],
    ["Định kỳ 6 tháng", { kind: "recurring", every: "halfYear" }],
    ["Hằng năm", { kind: "recurring", every: "year" }],
    ["Hằng ngày", { kind: "recurring", every: "day" }],
    [
      "Một tuần một lần, thời lượng phát sóng mỗi lần từ 10 đến 15 phút",
      { kind: "recurring", every: "week", count: 1, duration: { min: 10, max: 15, unit: "minute" } },
    ],
    ["2 tuần một lần", { kind: "recurring", every: "week", interval: 2, count: 1 }],
    ["2 lần/tháng", { kind: "recurring", every: "month", count: 2 }],
    ["Mỗi quý một lần", { kind: "recurring", every: "quarter", count: 1 }],
    [
      "Hằng tháng trong năm 2026",
      { kind: "recurring", every: "month", within: { unit: "year", year: 2026 } },
    ],
    [
      "Định kỳ hằng quý, 6 tháng và năm",
      {
        kind: "allOf",
        options: [
          { kind: "recurring", every: "quarter" },
          { kind: "recurring", every: "halfYear" },
          { kind: "recurring", every: "year" },
        ],
      },
    ],
    [
      "Hằng tuần hoặc hằng tháng",
      {
        kind: "anyOf",
        options: [
          { kind: "recurring", every: "week" },
          { kind: "recurring", every: "month" },
        ],
      },
    ],
    ["Ban hành trước 15/02/2021", { kind: "deadline", by: { year: 2021, month: 2, day: 15 } }],
    ["Chậm nhất ngày 30/6", { kind: "deadline", by: { year: 2026, month: 6, day: 30 } }],
    ["Trước tháng 6/2026", { kind: "deadline", by: { year: 2026, month: 5 } }],
    ["Chậm nhất trong tháng 6/2026", { kind: "deadline", by: { year: 2026, month: 6 } }],
    ["Theo thời hạn tại Kế hoạch của UBND TP", { kind: "relative", to: { text: "Kế hoạch của UBND TP" } }],
    [
      "Theo Kế hoạch số 96/KH-UBND ngày 19/03/2024 của UBND tỉnh",
      {
        kind: "relative",
        to: {
          text: "Kế hoạch số 96/KH-UBND ngày 19/03/2024 của UBND tỉnh",
          ref: {
            type: "Kế hoạch",
            number: "96",
            symbol: "KH-UBND",
            date: { year: 2024, month: 3, day: 19 },
            issuer: "UBND tỉnh",
            text: "Kế hoạch số 96/KH-UBND ngày 19/03/2024 của UBND tỉnh",
          },
        },
      },
    ],
    [
      "Trong năm 2024 (khi có Kế hoạch của tỉnh)",
      {
        kind: "conditional",
        trigger: { text: "khi có Kế hoạch của tỉnh" },
        time: { kind: "within", period: { unit: "year", year: 2024 } },
      },
    ],
    [
      "Khi có yêu cầu",
      { kind: "conditional", trigger: { text: "khi có yêu cầu" }, time: { kind: "unspecified" } },
    ],
    [
      "Quý II/2026 (dự kiến)",
      { kind: "within", period: { unit: "quarter", year: 2026, quarter: 2 }, note: "dự kiến" },
    ],
    ["", { kind: "unspecified" }],
    [
      "Khi nào rảnh thì làm, tùy tình hình",
      {
        kind: "conditional",
        trigger: { text: "khi nào rảnh thì làm, tùy tình hình" },
        time: { kind: "unspecified" },
      },
    ],
    ["Sớm nhất có thể", { kind: "unspecified" }],
    ["Tháng 13/2026", { kind: "unspecified" }],
    ["Quý V/2026", { kind: "unspecified" }],
  ])("%j", (text, expected) => {
    expect(shape(parseTime(text, opts))).toEqual(expected);
  });

  it("keeps the text exactly as written (cleaned to one line) in raw", () => {
    expect(parseTime("  Quý  III/2023 ", opts).raw).toBe("Quý III/2023");
    expect(parseTime("Sớm nhất có thể", opts)).toEqual({ raw: "Sớm nhất có thể", kind: "unspecified" });
  });

  it("reads a year left out only when it knows the plan year", () => {
    expect(parseTime("Quý III").kind).toBe("unspecified");
    expect(parseTime("Thường xuyên trong năm")).toEqual({
      raw: "Thường xuyên trong năm",
      kind: "unspecified",
    });
  });

  it("reads text typed without accents or with the other tone placement", () => {
    expect(shape(parseTime("hang thang", opts))).toEqual({ kind: "recurring", every: "month" });
    expect(shape(parseTime("Quí III/2026", opts))).toEqual({
      kind: "within",
      period: { unit: "quarter", year: 2026, quarter: 3 },
    });
    expect(shape(parseTime("QUÝ III/2026", opts))).toEqual({
      kind: "within",
      period: { unit: "quarter", year: 2026, quarter: 3 },
    });
  });

  it("never throws, whatever it is given", () => {
    for (const text of [
      "((((",
      "Quý III/2023 (",
      ")",
      "\u0000\u0001",
      "x".repeat(5000),
      "hoặc hoặc",
      ";;;",
    ]) {
      expect(() => parseTime(text, opts)).not.toThrow();
    }
    expect(parseTime(undefined as unknown as string)).toEqual({ raw: "", kind: "unspecified" });
  });
});

describe("writing a time back in official wording", () => {
  it.each([
    ["Hàng tuần", "Hằng tuần"],
    ["Năm 2023", "Trong năm 2023"],
    ["Quý 3 năm 2023", "Quý III/2023"],
    ["tháng 1 năm 2023", "Tháng 01/2023"],
    ["tháng 3/2026", "Tháng 3/2026"],
    ["Chậm nhất ngày 5/3/2026", "Trước ngày 05/3/2026"],
    [
      "Một tuần một lần, thời lượng phát sóng mỗi lần từ 10 đến 15 phút",
      "Một tuần một lần, mỗi lần từ 10 đến 15 phút",
    ],
    ["Trong năm 2024 (khi có Kế hoạch của tỉnh)", "Trong năm 2024 (khi có Kế hoạch của tỉnh)"],
    ["Theo Kế hoạch của UBND TP", "Theo thời hạn tại Kế hoạch của UBND TP"],
    ["Định kỳ hằng quý, 6 tháng và năm", "Hằng quý; định kỳ 6 tháng; hằng năm"],
    ["Thường xuyên trong năm", "Thường xuyên trong năm 2026"],
    ["Sớm nhất có thể", "Sớm nhất có thể"],
  ])("%j → %j", (text, official) => {
    expect(formatTime(parseTime(text, opts))).toBe(official);
  });
});
