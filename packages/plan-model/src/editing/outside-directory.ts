import { type Agency, type AgencyMatcher, flattenTasks, formatPath, type Plan } from "../index.js";
import { agencyRefs } from "../validate/rules/agencies.js";

// The names a plan gives agencies that the locality's directory does not hold ("Hội nong dan",
// "Báo Thử Nghiệm"): printed as written in the issued documents, counted apart in the matrix.
// Issuing asks the author to confirm each of them by name.

export interface OutsideAgency {
  /** The name as the plan writes it. */
  name: string;
  /** Every place the plan writes it ("tasks[0].roles[1].agency"). */
  paths: string[];
  /** The directory's nearest names, if the name is a misspelling of one. */
  suggestions: Agency[];
}

export function agenciesOutsideDirectory(plan: Plan, matcher: AgencyMatcher): OutsideAgency[] {
  const byName = new Map<string, OutsideAgency>();
  for (const { ref, path } of agencyRefs({ plan, nodes: flattenTasks(plan.tasks) })) {
    const match = matcher.resolve(ref);
    if (match.status !== "unmatched") continue;
    const seen = byName.get(ref.name);
    if (seen) seen.paths.push(formatPath(path));
    else byName.set(ref.name, { name: ref.name, paths: [formatPath(path)], suggestions: match.suggestions });
  }
  return [...byName.values()];
}
