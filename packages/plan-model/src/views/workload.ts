import type { Role } from "../plan.js";
import { ROLES } from "../schema/plan-v2.js";
import type { MatrixAgency, ResponsibilityMatrix } from "./matrix.js";

// What each agency carries: how many tasks it leads, advises on, supports, monitors or is asked
// to join. Sorted by lead count, then by total, so the busiest agencies come first.

export interface AgencyWorkload {
  agency: MatrixAgency;
  counts: Record<Role, number>;
  total: number;
  /** Task ids by role. */
  tasks: Record<Role, string[]>;
}

export function agencyWorkload(matrix: ResponsibilityMatrix): AgencyWorkload[] {
  return matrix.rows
    .map((row) => {
      const tasks = Object.fromEntries(ROLES.map((r) => [r, [] as string[]])) as Record<Role, string[]>;
      for (const task of matrix.tasks) {
        for (const role of row.cells[task.id] ?? []) tasks[role].push(task.id);
      }
      const counts = Object.fromEntries(ROLES.map((r) => [r, tasks[r].length])) as Record<Role, number>;
      const total = matrix.tasks.filter((t) => (row.cells[t.id]?.length ?? 0) > 0).length;
      return { agency: row.agency, counts, total, tasks };
    })
    .sort((a, b) => b.counts.lead - a.counts.lead || b.total - a.total);
}
