import type { Plan, Task } from "@kehoach/plan-model";

// Every edit is a pure transition of the plan, so edits can be tested without a browser and the
// same plan always shows the same preview.

export type PlanAction =
  | { type: "setTitle"; title: string }
  | { type: "addTask"; id: string }
  | { type: "updateTask"; id: string; patch: Partial<Omit<Task, "id">> }
  | { type: "removeTask"; id: string };

export function planReducer(plan: Plan, action: PlanAction): Plan {
  switch (action.type) {
    case "setTitle":
      return { ...plan, title: action.title };
    case "addTask":
      return {
        ...plan,
        tasks: [...plan.tasks, { id: action.id, content: "", leads: [], supports: [], time: "" }],
      };
    case "updateTask":
      return {
        ...plan,
        tasks: plan.tasks.map((task) => (task.id === action.id ? { ...task, ...action.patch } : task)),
      };
    case "removeTask":
      return { ...plan, tasks: plan.tasks.filter((task) => task.id !== action.id) };
  }
}

/** Agencies are typed one per line (or separated by ";"); empty entries are dropped. */
export function parseAgencyList(text: string): string[] {
  return text
    .split(/[\n;]/)
    .map((name) => name.replace(/\s+/g, " ").trim())
    .filter((name) => name !== "");
}

export function formatAgencyList(names: readonly string[]): string {
  return names.join("\n");
}
