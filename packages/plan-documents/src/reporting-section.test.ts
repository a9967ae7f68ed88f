import { describe, expect, it } from "vitest";
import { blocksToText } from "./report-to-van-ban.js";
import { reportingSection, type UnitReportingCounts } from "./reporting-section.js";

// The province's roll-up as a khoản of a báo cáo: the totals in a sentence, who is behind, and a
// table whose counts are the roll-up's.

const unit = (name: string, counts: Partial<UnitReportingCounts>): UnitReportingCounts => ({
  name,
  tasks: 0,
  reported: 0,
  notYet: 0,
  overdue: 0,
  plans: [],
  ...counts,
});

const units = [
  unit("xã Kim Liên", {
    tasks: 4,
    reported: 3,
    overdue: 1,
    lastUpdateAt: "2026-06-14T20:30:00Z",
    plans: [{ submitted: true }],
  }),
  unit("phường Vinh Phú", { tasks: 4, notYet: 4, plans: [{ submitted: false }] }),
  unit("Sở Nội vụ", {
    tasks: 2,
    reported: 2,
    lastUpdateAt: "2026-06-01T03:00:00Z",
    plans: [{ submitted: true }],
  }),
  unit("xã Nam Đàn", {}),
];

describe("the roll-up as a báo cáo section", () => {
  const text = blocksToText(
    reportingSection(
      {
        period: { kind: "quarter", year: 2026, quarter: 2 },
        window: { from: "2026-03-15", to: "2026-06-14" },
        units,
      },
      "3",
    ),
  );

  it("says the totals of the units with tasks, and how many sent their report", () => {
    expect(text.startsWith("3. Tình hình báo cáo tiến độ của các đơn vị\n")).toBe(true);
    expect(text).toContain(
      "Trong quý II năm 2026 (số liệu tính từ ngày 15/3/2026 đến ngày 14/6/2026), 3 đơn vị có nhiệm vụ phải báo cáo với tổng số 10 nhiệm vụ: đã báo cáo 5 nhiệm vụ (50%); chưa báo cáo 4 nhiệm vụ; quá hạn chưa hoàn thành 1 nhiệm vụ. Có 2/3 đơn vị đã gửi báo cáo kỳ.",
    );
  });

  it("names the units behind, and lists every unit with tasks in Vietnamese order with its last update in Việt Nam's time", () => {
    expect(text).toContain("- Đơn vị có nhiệm vụ quá hạn (số nhiệm vụ): xã Kim Liên (1).");
    expect(text).toContain("- Đơn vị chưa báo cáo (số nhiệm vụ): phường Vinh Phú (4).");
    const rows = text.split("\n").filter((line) => /^\d+\t/.test(line));
    expect(rows).toEqual([
      "1\tphường Vinh Phú\t4\t0\t4\t0\t0%\tChưa có",
      "2\tSở Nội vụ\t2\t2\t0\t0\t100%\t01/6/2026",
      // 20:30 UTC on 14 June is 03:30 on 15 June in Việt Nam.
      "3\txã Kim Liên\t4\t3\t0\t1\t75%\t15/6/2026",
    ]);
    expect(text).not.toContain("Nam Đàn");
  });

  it("says so when no unit has anything to report", () => {
    const none = blocksToText(
      reportingSection({
        period: { kind: "year", year: 2026 },
        window: { from: "2026-01-01", to: "2026-12-14" },
        units: [],
      }),
    );
    expect(none).toContain("chưa có đơn vị nào có nhiệm vụ phải báo cáo qua máy chủ tỉnh");
  });
});
