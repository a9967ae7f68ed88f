import { createDirectory, type Locality, type Plan, planDate } from "@kehoach/plan-model";
import { leadAgencies, workNodes } from "@kehoach/report-model";
import { type PlanRef, planKey } from "./ids.js";
import { type HubLayout, hubUnitsOfAgency } from "./layout.js";

// Which unit may report on which task. A task is a unit's to report when the unit leads it (chủ
// trì, or tham mưu where the plan names an advising agency: the same rule as the report
// generator's return files), directly or through a group ("UBND các xã, phường"). Tasks of a
// unit's own plans are always its own. The table for each unit goes into that unit's design
// document, which only an admin can write, and the engine's validate_doc_update reads it from
// there: a unit cannot widen its own assignments, whatever it writes into its database.

/** planKey ("so-noi-vu:kh-2026") → ids of the tasks the unit reports on, sorted. */
export type Assignments = Record<string, string[]>;

/**
 * The same table seen from the issuing unit: planKey of one of its plans → code of a unit the
 * plan gives tasks to → those task ids, sorted. What the issuer's database accepts from the
 * replication account, and which jobs carry progress back to the issuer.
 */
export type Incoming = Record<string, Record<string, string[]>>;

export interface IssuedPlan {
  /** The code of the unit that issued it. */
  unit: string;
  plan: Plan;
}

export interface Unassigned {
  plan: PlanRef;
  taskId: string;
  /** The lead agency as the plan writes it. */
  agency: string;
}

export interface AssignmentResult {
  byUnit: Map<string, Assignments>;
  /** Issuer's code → what its plans give to other units (every unit of the layout has an entry). */
  incoming: Map<string, Incoming>;
  /** Lead agencies that have no database on the hub, so nobody reports the task through it. */
  unassigned: Unassigned[];
}

export function assignTasks(
  plans: readonly IssuedPlan[],
  locality: Locality,
  layout: HubLayout,
): AssignmentResult {
  const directory = createDirectory(locality);
  const sets = new Map<string, Map<string, Set<string>>>();
  const unassigned: Unassigned[] = [];
  for (const { unit: issuer, plan } of plans) {
    const ref: PlanRef = { unit: issuer, id: plan.id };
    const key = planKey(ref);
    const asOf = planDate(plan);
    for (const node of workNodes(plan)) {
      const leads = leadAgencies(node);
      if (leads.length === 0) unassigned.push({ plan: ref, taskId: node.task.id, agency: "" });
      for (const lead of leads) {
        const units = lead.id ? hubUnitsOfAgency(directory, layout, lead.id, asOf) : [];
        if (units.length === 0) unassigned.push({ plan: ref, taskId: node.task.id, agency: lead.name });
        for (const unit of units) {
          if (unit.code === issuer) continue;
          const byPlan = sets.get(unit.code) ?? new Map<string, Set<string>>();
          const tasks = byPlan.get(key) ?? new Set<string>();
          tasks.add(node.task.id);
          byPlan.set(key, tasks);
          sets.set(unit.code, byPlan);
        }
      }
    }
  }
  const byUnit = new Map<string, Assignments>();
  for (const unit of layout.units) {
    const byPlan = sets.get(unit.code);
    const table: Assignments = {};
    for (const key of [...(byPlan?.keys() ?? [])].sort()) table[key] = [...(byPlan?.get(key) ?? [])].sort();
    byUnit.set(unit.code, table);
  }
  return { byUnit, incoming: incomingOf(byUnit, layout), unassigned };
}

/** Turns the table round: for each issuing unit, its plans, the units they give tasks to, and the tasks. */
function incomingOf(byUnit: ReadonlyMap<string, Assignments>, layout: HubLayout): Map<string, Incoming> {
  const out = new Map<string, Incoming>(layout.units.map((u) => [u.code, {}]));
  for (const [code, table] of [...byUnit].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    for (const [key, taskIds] of Object.entries(table)) {
      const issuer = key.slice(0, key.indexOf(":"));
      const plans = out.get(issuer);
      if (!plans) continue;
      plans[key] = { ...plans[key], [code]: taskIds };
    }
  }
  // Keys in a fixed order, so the design document (and so provisioning's comparison) is stable.
  for (const [issuer, plans] of out) {
    const sorted: Incoming = {};
    for (const key of Object.keys(plans).sort()) sorted[key] = plans[key] as Record<string, string[]>;
    out.set(issuer, sorted);
  }
  return out;
}
