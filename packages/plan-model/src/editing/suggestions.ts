import { toRoman } from "@kehoach/text-vi";
import {
  type AgencyDirectory,
  type AgencyMatcher,
  type AgencyRef,
  flattenTasks,
  type ImplementationDuty,
  isGeneric,
  type Plan,
  type Recipient,
} from "../index.js";

// Two parts of a plan that officials write by re-reading the task table: "Tổ chức thực hiện" (what
// each agency is to do) and "Nơi nhận" (who receives the plan). Both are suggested from the
// agencies the tasks name; nothing is added until the author picks it.

interface Involvement {
  agency: AgencyRef;
  lead: string[];
  support: string[];
  requested: string[];
}

/** The agencies the tasks name, in order of first appearance, with the task numbers per role. */
export function involvedAgencies(plan: Plan, matcher: AgencyMatcher): Involvement[] {
  const byKey = new Map<string, Involvement>();
  for (const node of flattenTasks(plan.tasks)) {
    if (node.task.kind === "group") continue;
    for (const role of node.task.roles) {
      if (isGeneric(role.agency.name) || role.agency.name.trim() === "") continue;
      const key = agencyKey(role.agency, matcher);
      let entry = byKey.get(key);
      if (!entry) {
        entry = { agency: canonicalRef(role.agency, matcher), lead: [], support: [], requested: [] };
        byKey.set(key, entry);
      }
      const list =
        role.role === "lead" || role.role === "advisor" || role.role === "monitor"
          ? entry.lead
          : role.role === "requested"
            ? entry.requested
            : entry.support;
      if (!list.includes(node.number)) list.push(node.number);
    }
  }
  return [...byKey.values()];
}

/** The directory id when the name is known, else the name's comparison key. */
export function agencyKey(ref: AgencyRef, matcher: AgencyMatcher): string {
  const match = matcher.resolve(ref);
  return match.status === "matched" ? `id:${match.agency.id}` : `name:${matcher.key(ref.name)}`;
}

/** The directory's name and id for a name that matches one agency; the name as written otherwise. */
export function canonicalRef(ref: AgencyRef, matcher: AgencyMatcher): AgencyRef {
  const match = matcher.resolve(ref);
  return match.status === "matched" ? { name: match.agency.name, id: match.agency.id } : ref;
}

/** "1, 3 và 5". */
export function joinNumbers(numbers: readonly string[]): string {
  if (numbers.length <= 1) return numbers.join("");
  return `${numbers.slice(0, -1).join(", ")} và ${numbers[numbers.length - 1]}`;
}

/** Duties for each agency the tasks name and "Tổ chức thực hiện" does not yet cover. */
export function suggestDuties(plan: Plan, matcher: AgencyMatcher): ImplementationDuty[] {
  const covered = new Set(
    plan.implementation.flatMap((d) => [d.agency, ...(d.coAgencies ?? [])].map((a) => agencyKey(a, matcher))),
  );
  const tasksSection = plan.sections.findIndex((s) =>
    s.content.some((b) => b.kind === "slot" && b.slot === "tasks"),
  );
  const where = tasksSection >= 0 ? ` tại Mục ${toRoman(tasksSection + 1)}` : "";
  return involvedAgencies(plan, matcher)
    .filter((entry) => !covered.has(agencyKey(entry.agency, matcher)))
    .map((entry, i): ImplementationDuty => {
      const onlyRequested = entry.lead.length === 0 && entry.support.length === 0;
      const items: ImplementationDuty["items"] = [];
      if (entry.lead.length > 0) {
        items.push({
          text: `Chủ trì thực hiện ${taskWord(entry.lead)} ${joinNumbers(entry.lead)}${where} của Kế hoạch; chủ động xây dựng nội dung, bố trí nguồn lực và báo cáo kết quả thực hiện theo quy định.`,
          roles: ["lead"],
        });
      }
      if (entry.support.length > 0) {
        items.push({
          text: `Phối hợp thực hiện ${taskWord(entry.support)} ${joinNumbers(entry.support)}${where} của Kế hoạch.`,
          roles: ["support"],
        });
      }
      if (entry.requested.length > 0) {
        items.push({
          text: `Phối hợp tuyên truyền, vận động và tham gia thực hiện ${taskWord(entry.requested)} ${joinNumbers(entry.requested)}${where} của Kế hoạch.`,
          roles: ["requested"],
        });
      }
      return {
        id: `goi-y-${Date.now().toString(36)}-${i}`,
        agency: entry.agency,
        ...(onlyRequested ? { requested: true } : {}),
        items,
      };
    });
}

function taskWord(numbers: readonly string[]): string {
  return numbers.length > 1 ? "các nhiệm vụ số" : "nhiệm vụ số";
}

export interface RecipientSuggestion {
  recipient: Recipient;
  reason: "involved" | "superior";
}

/**
 * Recipients for the agencies the tasks and duties name that Nơi nhận lacks, and, when the plan
 * carries out a superior's plan, the superior bodies of the directory "để b/c" (rule 10).
 */
export function suggestRecipients(
  plan: Plan,
  directory: AgencyDirectory,
  matcher: AgencyMatcher,
): RecipientSuggestion[] {
  const listed = new Set(
    plan.recipients.items.map((r) =>
      agencyKey(r.agency ?? { name: r.text.replace(/\s*\([^)]*\)\s*$/u, "") }, matcher),
    ),
  );
  const issuerKey = plan.issuer.agencyId ? `id:${plan.issuer.agencyId}` : undefined;
  const out: RecipientSuggestion[] = [];
  const offer = (agency: AgencyRef, reason: RecipientSuggestion["reason"], text: string) => {
    const key = agencyKey(agency, matcher);
    if (listed.has(key) || key === issuerKey) return;
    listed.add(key);
    out.push({ recipient: { text, agency }, reason });
  };
  const fromDuties = plan.implementation.flatMap((d) => [d.agency, ...(d.coAgencies ?? [])]);
  for (const entry of involvedAgencies(plan, matcher)) offer(entry.agency, "involved", entry.agency.name);
  for (const agency of fromDuties) {
    if (isGeneric(agency.name)) continue;
    const ref = canonicalRef(agency, matcher);
    offer(ref, "involved", ref.name);
  }
  const implementsSuperior = plan.parentPlan !== undefined || plan.bases.some((b) => b.kind === "thuc_hien");
  if (implementsSuperior) {
    for (const agency of directory.agencies.values()) {
      if (agency.kind !== "co_quan_cap_tren") continue;
      offer({ name: agency.name, id: agency.id }, "superior", `${agency.name} (để b/c)`);
    }
  }
  return out;
}
