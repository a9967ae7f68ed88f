import { type AgencyDirectory, type Finding, type Language, validatePlan } from "@kehoach/plan-model";
import type { Workspace, WsAgency } from "./workspace.js";

// What the monitoring office asks first: is anything assigned to nobody, to everybody, or to a
// name nobody can find? The rules come from the plan model; only "agencies with no task" is
// worked out here, since it needs the directory and every open plan at once.

export const FINDING_RULES = ["task-missing-lead", "lead-also-support"] as const;

export interface PlanFinding extends Finding {
  planIndex: number;
}

export interface UnresolvedName {
  name: string;
  status: "unmatched" | "ambiguous";
  /** "Có phải …" suggestions, or the candidates of an ambiguous name. */
  candidates: string[];
  /** Numbers of the tasks that use the name. */
  tasks: string[];
}

export interface Findings {
  missingLead: PlanFinding[];
  leadAlsoSupport: PlanFinding[];
  idleAgencies: WsAgency[];
  unresolved: UnresolvedName[];
}

export function collectFindings(
  ws: Workspace,
  directory: AgencyDirectory | undefined,
  /** The language of the plan model's findings: the screen's. */
  language: Language = "vi",
): Findings {
  const missingLead: PlanFinding[] = [];
  const leadAlsoSupport: PlanFinding[] = [];
  ws.plans.forEach(({ plan }, planIndex) => {
    const result = validatePlan(plan, { directory, only: FINDING_RULES, language });
    for (const f of result.findings) {
      if (f.waived) continue;
      const finding = { ...f, planIndex };
      if (f.rule === "task-missing-lead") missingLead.push(finding);
      else leadAlsoSupport.push(finding);
    }
  });
  const unresolved = ws.unresolved.map(({ match, taskKeys }): UnresolvedName => {
    const candidates =
      match.status === "unmatched"
        ? match.suggestions.map((a) => a.name)
        : match.status === "ambiguous"
          ? match.candidates.map((a) => a.name)
          : [];
    return {
      name: match.name,
      status: match.status === "ambiguous" ? "ambiguous" : "unmatched",
      candidates,
      tasks: taskKeys.map((k) => ws.taskByKey.get(k)?.number ?? k),
    };
  });
  return { missingLead, leadAlsoSupport, idleAgencies: ws.idle, unresolved };
}
