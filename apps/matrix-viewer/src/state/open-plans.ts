import { type LoadProblem, type Plan, parsePlanJson } from "@kehoach/plan-model";
import { openPlanStore, type PlanSummary } from "@kehoach/plan-store";
import type { OpenPlan } from "../model/workspace.js";

// Where plans come from: the browser storage the plan builder writes (same origin, same
// IndexedDB), a JSON file, or the built-in sample. Every plan goes through the plan schema; a
// plan of another locality than the site's is refused, since its agencies are not in this
// directory and the matrix of several plans must speak of one set of agencies.

export type OpenResult = { ok: true; plan: OpenPlan } | { ok: false; title: string; problems: LoadProblem[] };

export async function listStoredPlans(): Promise<PlanSummary[]> {
  const store = await openPlanStore();
  try {
    return await store.list();
  } finally {
    store.close();
  }
}

export async function openStoredPlan(id: string, locality: string): Promise<OpenResult> {
  const store = await openPlanStore();
  try {
    const read = await store.read(id);
    if (!read.ok) {
      return {
        ok: false,
        title: `Không mở được kế hoạch đã lưu “${id}”`,
        problems:
          read.reason === "missing"
            ? [
                {
                  path: "",
                  where: "Bộ nhớ trình duyệt",
                  message: "Không còn kế hoạch này trong bộ nhớ trình duyệt.",
                },
              ]
            : read.problems,
      };
    }
    return checkLocality({ source: "store", ref: id, plan: read.plan }, locality);
  } finally {
    store.close();
  }
}

export async function openPlanFile(file: File, locality: string): Promise<OpenResult> {
  const result = parsePlanJson(await file.text());
  if (!result.ok) return { ok: false, title: `Không mở được tệp “${file.name}”`, problems: result.problems };
  return checkLocality({ source: "file", ref: file.name, plan: result.plan }, locality);
}

export async function openSample(locality: string): Promise<OpenResult> {
  const { samplePlan } = await import("@kehoach/plan-model/sample");
  return checkLocality({ source: "sample", ref: "mau", plan: samplePlan as Plan }, locality);
}

function checkLocality(open: OpenPlan, locality: string): OpenResult {
  const own = open.plan.locality;
  if (own && own !== locality) {
    return {
      ok: false,
      title: `Không mở được “${open.plan.title}”`,
      problems: [
        {
          path: "locality",
          where: "Địa phương của kế hoạch",
          message: `Kế hoạch thuộc địa phương “${own}”, khác với địa phương của trang này (“${locality}”). Chỉ xem cùng lúc các kế hoạch của một địa phương.`,
        },
      ],
    };
  }
  return { ok: true, plan: open };
}

/** Whether two open plans are the same one (opened twice from different places). */
export function samePlan(a: OpenPlan, b: OpenPlan): boolean {
  return a.plan.id === b.plan.id;
}
