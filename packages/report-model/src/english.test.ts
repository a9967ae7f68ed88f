import { describe, expect, it } from "vitest";
import { findContradictions } from "./contradictions.js";
import { defaultDraft } from "./defaults.js";
import { reportFindings } from "./findings.js";
import { periodPhrase, periodPhraseEn, periodTitleEn, windowPhrase, windowPhraseEn } from "./period.js";
import { buildPeriodReport } from "./report.js";
import { cutoff, entry, log, plan, q2 } from "./scenario.test-helpers.js";

// What the report generator shows from this package, on a screen shown in English: the period's
// names, the contradictions of the entries and the findings of the báo cáo. The báo cáo itself and
// the command line stay Vietnamese, unchanged.

const VIETNAMESE = /[đĐ]|\p{L}[\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b]/u;
/** The message with what it quotes of the user's data (“…”) set aside. */
const ownWords = (text: string) => text.replace(/“[^”]*”/g, "").normalize("NFD");

describe("periods named for an English screen", () => {
  it("names quarters, halves, years and ad hoc windows in English, the Vietnamese names unchanged", () => {
    expect(periodPhraseEn(q2)).toBe("Q2 2026");
    expect(periodPhraseEn({ kind: "halfYear", year: 2026 })).toBe("first half of 2026");
    expect(periodPhraseEn({ kind: "adhoc", from: "2026-02-01", to: "2026-02-28" })).toBe(
      "from 01/02/2026 to 28/02/2026",
    );
    expect(periodTitleEn(q2)).toBe("Q2 2026 (data from 15/3/2026 to 14/6/2026)");
    expect(windowPhraseEn({ from: "2026-03-15", to: "2026-06-14" })).toBe("from 15/3/2026 to 14/6/2026");
    expect(periodPhrase(q2)).toBe("quý II năm 2026");
    expect(windowPhrase({ from: "2026-03-15", to: "2026-06-14" })).toBe(
      "từ ngày 15/3/2026 đến ngày 14/6/2026",
    );
  });
});

describe("contradictions and findings in English", () => {
  const entries = [
    entry({
      id: "a",
      taskId: "t01",
      date: "2026-04-12",
      state: "done",
      completedOn: "2026-04-10",
      claimed: "done_on_time",
    }),
    entry({ id: "b", taskId: "t02", date: "2026-07-01", state: "in_progress" }),
    entry({
      id: "c",
      taskId: "t03",
      date: "2026-05-01",
      state: "done",
      percent: 40,
      completedOn: "2026-05-01",
    }),
    entry({ id: "d", taskId: "t04", date: "2026-05-01", state: "in_progress", percent: 100 }),
    entry({ id: "e", taskId: "t05", date: "2026-05-01", state: "not_started", percent: 20 }),
  ];

  it("writes every contradiction in both languages, the English one free of Vietnamese", () => {
    const ids = new Set(entries.map((e) => e.id));
    const found = findContradictions(plan, entries, { from: "2026-03-15", to: "2026-06-14" }, ids);
    expect(found.map((c) => c.kind).sort()).toEqual(
      [
        "activity-but-not-started",
        "claimed-status",
        "done-below-100",
        "full-but-not-done",
        "outside-window",
      ].sort(),
    );
    for (const c of found) {
      expect(c.message.normalize("NFD")).toMatch(VIETNAMESE);
      expect(ownWords(c.messageEn), c.messageEn).not.toMatch(VIETNAMESE);
    }
    expect(found.find((c) => c.kind === "claimed-status")?.messageEn).toBe(
      "Reported “Completed on time”, but the dates (due 31/3/2026, completed on 10/4/2026) make it “Completed late”.",
    );
  });

  it("gives the báo cáo's findings in English with the same rules, places and severities", () => {
    const report = buildPeriodReport({
      plan,
      period: q2,
      cutoff,
      log: [...log, ...entries],
      draft: defaultDraft(plan, q2),
      today: "2026-06-16",
    });
    const draft = { ...defaultDraft(plan, q2), addressees: [] };
    const vi = reportFindings(report, draft, { mode: "issued" }).findings;
    const en = reportFindings(report, draft, { mode: "issued", language: "en" }).findings;
    expect(vi.length).toBeGreaterThan(3);
    expect(en.map((f) => [f.rule, f.path, f.severity])).toEqual(vi.map((f) => [f.rule, f.path, f.severity]));
    for (const f of en) {
      expect(ownWords(f.message), f.message).not.toMatch(VIETNAMESE);
      expect(ownWords(f.where), f.where).not.toMatch(VIETNAMESE);
    }
    expect(vi.find((f) => f.rule === "report-number-missing")).toMatchObject({
      where: "Số báo cáo",
      message: "Báo cáo chưa có số.",
    });
  });
});
