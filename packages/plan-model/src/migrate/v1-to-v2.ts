import { parseArchive } from "../refs/archive.js";
import { parseDocRefs } from "../refs/doc-ref.js";
import type { PlanV1 } from "../schema/plan-v1.js";
import type { Basis, ContentBlock, PlanV2, RoleAssignment, Task } from "../schema/plan-v2.js";
import { foldKey } from "../text/fold.js";
import { parseTime } from "../time/parse-time.js";

// Format 1 (the walking skeleton) to format 2. Nothing written in a v1 file is lost: the task
// text becomes the task title, "leads"/"supports" become lead/support roles, the time text is
// kept as `raw` with what the time parser understands of it, each căn cứ line keeps its text
// with the documents it cites, and "Lưu: VT, VHXH" becomes the archive record.

export function migrateV1ToV2(plan: PlanV1): PlanV2 {
  const out: PlanV2 = {
    schemaVersion: 2,
    id: plan.id,
    issuer: { ...plan.issuer },
    ...(plan.number !== undefined ? { number: plan.number } : {}),
    symbol: plan.symbol,
    place: plan.place,
    issuedOn: { ...plan.issuedOn },
    planYear: plan.planYear,
    title: plan.title,
    bases: plan.bases.map((basis) => toBasis(basis.text)),
    abbreviations: [],
    ...(plan.intro !== undefined ? { intro: plan.intro } : {}),
    purposes: [],
    requirements: [],
    audiences: [],
    themes: [],
    indices: [],
    forms: [],
    sections: plan.sections.map((section) => ({
      id: section.id,
      heading: section.heading,
      content: section.content.map(toBlock),
    })),
    tasks: plan.tasks.map((task) => toTask(task, plan.planYear)),
    targets: [],
    implementation: [],
    reporting: [],
    ...(plan.closing !== undefined ? { closing: plan.closing } : {}),
    recipients: {
      items: plan.recipients.items.map((text) => ({ text })),
      archive: parseArchive(plan.recipients.archive),
    },
    ...(plan.signer ? { signer: { ...plan.signer } } : {}),
    appendices: [],
    waivers: [],
  };
  return out;
}

/** "Căn cứ …" is a legal ground, "Thực hiện …" carries out a superior's plan, "Theo/Xét đề nghị của …" a proposal. */
export function basisKind(text: string): Basis["kind"] {
  const key = foldKey(text).trimStart();
  if (/^thuc hien\b/.test(key)) return "thuc_hien";
  if (/^(theo|xet) de nghi\b/.test(key)) return "de_nghi";
  return "can_cu";
}

export function toBasis(text: string): Basis {
  return { kind: basisKind(text), text, refs: parseDocRefs(text) };
}

function toBlock(block: PlanV1["sections"][number]["content"][number]): ContentBlock {
  return block.kind === "tasks" ? { kind: "slot", slot: "tasks" } : { ...block };
}

function toTask(task: PlanV1["tasks"][number], planYear: number): Task {
  const roles: RoleAssignment[] = [
    ...task.leads.map((name): RoleAssignment => ({ role: "lead", agency: { name } })),
    ...task.supports.map((name): RoleAssignment => ({ role: "support", agency: { name } })),
  ];
  return {
    id: task.id,
    title: task.content,
    ...(task.product !== undefined ? { product: task.product } : {}),
    roles,
    time: parseTime(task.time, { planYear }),
  };
}
