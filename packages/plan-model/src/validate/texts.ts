import type { PathSegment } from "../field-labels.js";
import type { Plan } from "../plan.js";
import { flattenTasks } from "../tasks.js";

// Every piece of running text of a plan with its path, in document order, so text rules (years,
// abbreviations, spelling) read the plan the way a person reads the printed document.

export type TextKind =
  | "title"
  | "basis"
  | "body"
  | "heading"
  | "task"
  | "duty"
  | "dutyHeading"
  | "recipient"
  | "appendixTitle"
  | "decision";

export interface PlanText {
  path: PathSegment[];
  text: string;
  kind: TextKind;
}

export function collectTexts(plan: Plan): PlanText[] {
  const out: PlanText[] = [];
  const push = (path: PathSegment[], text: string | undefined, kind: TextKind) => {
    if (text?.trim()) out.push({ path, text, kind });
  };
  if (plan.decision) {
    push(["decision", "title"], plan.decision.title, "decision");
    plan.decision.bases.forEach((b, i) => {
      push(["decision", "bases", i, "text"], b.text, "basis");
    });
    plan.decision.articles.forEach((a, i) => {
      push(["decision", "articles", i], a, "decision");
    });
  }
  push(["title"], plan.title, "title");
  plan.bases.forEach((b, i) => {
    push(["bases", i, "text"], b.text, "basis");
  });
  push(["intro"], plan.intro, "body");

  const slotTexts = (slot: string) => {
    switch (slot) {
      case "purposes":
        plan.purposes.forEach((t, i) => {
          push(["purposes", i], t, "body");
        });
        break;
      case "requirements":
        plan.requirements.forEach((t, i) => {
          push(["requirements", i], t, "body");
        });
        break;
      case "audiences":
        plan.audiences.forEach((a, i) => {
          push(["audiences", i, "text"], a.text, "body");
        });
        break;
      case "forms":
        plan.forms.forEach((f, i) => {
          push(["forms", i, "text"], f.text, "body");
        });
        break;
      case "targets":
        plan.targets.forEach((t, i) => {
          push(["targets", i, "text"], t.text, "body");
        });
        break;
      case "budget":
        push(["budget", "text"], plan.budget?.text, "body");
        break;
      case "tasks":
        for (const node of flattenTasks(plan.tasks)) {
          push([...node.path, "title"], node.task.title, "task");
          push([...node.path, "content"], node.task.content, "task");
          push([...node.path, "product"], node.task.product, "task");
        }
        break;
      case "implementation":
        plan.implementation.forEach((d, i) => {
          push(["implementation", i, "heading"], d.heading ?? d.agency.name, "dutyHeading");
          d.items.forEach((item, j) => {
            push(["implementation", i, "items", j, "text"], item.text, "duty");
          });
        });
        break;
      case "reporting":
        plan.reporting.forEach((r, i) => {
          push(["reporting", i, "text"], r.text, "duty");
        });
        break;
    }
  };

  // Slots appear where the sections place them; those no section places follow the sections.
  const placed = new Set<string>();
  plan.sections.forEach((section, s) => {
    push(["sections", s, "heading"], section.heading, "heading");
    section.content.forEach((block, b) => {
      if (block.kind === "slot") {
        placed.add(block.slot);
        slotTexts(block.slot);
      } else
        push(
          ["sections", s, "content", b, "text"],
          block.text,
          block.kind === "heading" ? "heading" : "body",
        );
    });
  });
  // Targets quote the text they come from; unless a section prints them, they are not read twice.
  for (const slot of [
    "purposes",
    "requirements",
    "audiences",
    "forms",
    "tasks",
    "budget",
    "implementation",
    "reporting",
  ]) {
    if (!placed.has(slot)) slotTexts(slot);
  }
  push(["closing"], plan.closing, "body");
  plan.recipients.items.forEach((r, i) => {
    push(["recipients", "items", i, "text"], r.text, "recipient");
  });
  plan.appendices.forEach((a, i) => {
    push(["appendices", i, "label"], a.label, "appendixTitle");
    push(["appendices", i, "title"], a.title, "appendixTitle");
    a.content.forEach((block, b) => {
      if (block.kind !== "slot") push(["appendices", i, "content", b, "text"], block.text, "body");
    });
  });
  return out;
}
