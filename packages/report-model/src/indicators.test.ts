import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFigure, formatTotals, sumByForm, totalIndicators } from "./indicators.js";
import { windowEntries } from "./progress.js";
import { entry, log, plan } from "./scenario.test-helpers.js";

describe("indicator sums", () => {
  it("adds the window's counts by form of communication, in the catalogue's order", () => {
    const forms = sumByForm(plan, windowEntries(log, { from: "2026-03-15", to: "2026-06-14" }));
    expect(forms.map((f) => f.form)).toEqual([
      "portal",
      "radio",
      "print",
      "visual",
      "contest",
      "training",
      "dialogue",
      "publication",
      "none",
    ]);
    const portal = forms.find((f) => f.form === "portal");
    expect(portal?.totals).toMatchObject([
      { label: "Tin, bài", unit: "tin, bài", value: 12, rule: "sum" },
      { label: "Ảnh", unit: "ảnh", value: 30 },
    ]);
    expect(formatTotals(portal?.totals ?? [])).toBe("12 tin, bài; 30 ảnh");
  });

  it("keeps the latest rate instead of adding percentages, under the task's own label", () => {
    const t04 = plan.tasks.find((t) => t.id === "t04");
    const totals = totalIndicators(
      log.filter((e) => e.taskId === "t04"),
      t04,
    );
    expect(totals).toEqual([
      expect.objectContaining({
        label: "Tỷ lệ thủ tục hành chính được niêm yết công khai",
        value: 100,
        rule: "latest",
      }),
    ]);
    expect(formatFigure(totals[0]!)).toBe("Tỷ lệ thủ tục hành chính được niêm yết công khai: 100%");
  });

  it("never adds figures of different units, even under one label", () => {
    const totals = totalIndicators([
      entry({
        id: "1",
        taskId: "t07",
        date: "2026-05-01",
        indicators: [{ label: "Băng rôn", value: 10, unit: "chiếc" }],
      }),
      entry({
        id: "2",
        taskId: "t07",
        date: "2026-05-02",
        indicators: [{ label: "Băng rôn", value: 95, unit: "mét" }],
      }),
    ]);
    expect(totals.map(formatFigure)).toEqual(["Băng rôn: 10 chiếc", "Băng rôn: 95 mét"]);
  });

  it("counts every figure exactly once: the totals of counts add up to the figures typed", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            label: fc.constantFrom("Tin, bài", "Tin, bai", "Buổi", "Lượt người"),
            unit: fc.constantFrom("tin, bài", "buổi", "lượt người"),
            value: fc.integer({ min: 0, max: 10_000 }),
          }),
          { maxLength: 20 },
        ),
        (figures) => {
          const entries = figures.map((f, i) =>
            entry({ id: String(i), taskId: "t02", date: "2026-05-01", indicators: [f] }),
          );
          const totals = totalIndicators(entries);
          const sum = totals.reduce((s, t) => s + t.value, 0);
          return sum === figures.reduce((s, f) => s + f.value, 0) && totals.every((t) => t.rule === "sum");
        },
      ),
    );
  });
});
