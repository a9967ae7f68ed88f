import type { Plan } from "@kehoach/plan-model";
import { samplePlan } from "@kehoach/plan-model/sample";
import { emptyDraft, type PeriodEntry, PeriodEntrySchema } from "@kehoach/report-model";
import type { SiteData } from "./format.js";

// A browser's data for the backup tests: the sample plan, one progress entry and one báo cáo draft.

export function entry(partial: Partial<PeriodEntry> & { id: string; taskId: string }): PeriodEntry {
  return PeriodEntrySchema.parse({ date: "2026-05-10", state: "in_progress", ...partial });
}

export function siteData(plans: Plan[] = [samplePlan]): SiteData {
  return {
    plans: plans.map((plan) => ({ plan, updatedAt: "2026-05-01T08:00:00.000Z" })),
    report: {
      entries: [
        {
          planId: samplePlan.id,
          entry: entry({ id: "t01@2026-Q2", taskId: "t01", result: "Đã in 200 tờ rơi" }),
        },
      ],
      drafts: [
        {
          planId: samplePlan.id,
          periodKey: "2026-Q2",
          draft: { ...emptyDraft(), number: "12" },
          updatedAt: "2026-05-02T08:00:00.000Z",
        },
      ],
      issued: [],
      returns: [],
    },
  };
}
