import { describe, expect, it } from "vitest";
import { occurrences } from "./occurrences.js";
import { parseTime } from "./parse-time.js";

const occ = (text: string) => occurrences(parseTime(text, { planYear: 2026 }), 2026);

describe("occurrences within the plan year", () => {
  it("gives one stretch for a period and for standing work", () => {
    expect(occ("Quý III/2026")).toEqual([{ start: "2026-07-01", end: "2026-09-30", due: "2026-09-30" }]);
    expect(occ("Thường xuyên")).toEqual([
      { start: "2026-01-01", end: "2026-12-31", due: "2026-12-31", continuous: true },
    ]);
    expect(occ("Trước ngày 15/02/2026")).toEqual([
      { start: "2026-01-01", end: "2026-02-15", due: "2026-02-15" },
    ]);
  });

  it("repeats by the cadence: 53 weeks touch 2026, 12 months, 4 quarters, every other month", () => {
    const weeks = occ("Hằng tuần");
    expect(weeks).toHaveLength(53);
    expect(weeks[0]).toEqual({ start: "2026-01-01", end: "2026-01-04", due: "2026-01-04" });
    expect(occ("Hằng tháng")).toHaveLength(12);
    expect(occ("Hằng quý").map((o) => o.due)).toEqual([
      "2026-03-31",
      "2026-06-30",
      "2026-09-30",
      "2026-12-31",
    ]);
    expect(occ("Hằng tháng trong quý II/2026").map((o) => o.start)).toEqual([
      "2026-04-01",
      "2026-05-01",
      "2026-06-01",
    ]);
  });

  it("has none for a time nobody can date, and clips what runs past the year", () => {
    expect(occ("Theo thời hạn tại Kế hoạch của tỉnh")).toEqual([]);
    expect(occ("")).toEqual([]);
    expect(occ("Trong năm 2025")).toEqual([]);
    expect(occ("Từ tháng 11/2025 đến tháng 02/2026")).toEqual([
      { start: "2026-01-01", end: "2026-02-28", due: "2026-02-28" },
    ]);
  });

  it("follows a condition's time, the first choice, and every one of several times", () => {
    expect(occ("Quý II/2026 (khi có Kế hoạch của tỉnh)")).toHaveLength(1);
    expect(occ("Hằng quý hoặc hằng tháng")).toHaveLength(4);
    expect(occ("Tháng 3 và tháng 9/2026").map((o) => o.start)).toEqual(["2026-03-01", "2026-09-01"]);
  });
});
