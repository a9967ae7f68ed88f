import { type LoadProblem, type Plan, parsePlanJson } from "@kehoach/plan-model";
import { openPlanStore, type PlanSummary } from "@kehoach/plan-store";
import type { OpenPlan } from "../model/workspace.js";

// Where plans come from: the browser storage the plan builder writes (same origin, same
// IndexedDB), a JSON file, or the built-in sample. Every plan goes through the plan schema; a
// plan of another locality than the site's is refused, since its agencies are not in this
// directory and the matrix of several plans must speak of one set of agencies.

/** Why a plan was not opened, as data: the screen words it in its language. */
export type OpenRefusal =
  /** The stored plan is gone (deleted in another tab) or does not read as a plan. */
  | { kind: "stored"; id: string; missing: boolean; problems: LoadProblem[] }
  | { kind: "file"; fileName: string; problems: LoadProblem[] }
  /** The plan belongs to another locality than the site's. */
  | { kind: "locality"; title: string; own: string; locality: string };

export type OpenResult = { ok: true; plan: OpenPlan } | { ok: false; refusal: OpenRefusal };

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
      const missing = read.reason === "missing";
      return { ok: false, refusal: { kind: "stored", id, missing, problems: missing ? [] : read.problems } };
    }
    return checkLocality({ source: "store", ref: id, plan: read.plan }, locality);
  } finally {
    store.close();
  }
}

export async function openPlanFile(file: File, locality: string): Promise<OpenResult> {
  const result = parsePlanJson(await file.text());
  if (!result.ok)
    return { ok: false, refusal: { kind: "file", fileName: file.name, problems: result.problems } };
  return checkLocality({ source: "file", ref: file.name, plan: result.plan }, locality);
}

export async function openSample(locality: string): Promise<OpenResult> {
  const { samplePlan } = await import("@kehoach/plan-model/sample");
  return checkLocality({ source: "sample", ref: "mau", plan: samplePlan as Plan }, locality);
}

function checkLocality(open: OpenPlan, locality: string): OpenResult {
  const own = open.plan.locality;
  if (own && own !== locality) {
    return { ok: false, refusal: { kind: "locality", title: open.plan.title, own, locality } };
  }
  return { ok: true, plan: open };
}

/** Whether two open plans are the same one (opened twice from different places). */
export function samePlan(a: OpenPlan, b: OpenPlan): boolean {
  return a.plan.id === b.plan.id;
}
