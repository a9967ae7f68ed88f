import { type Plan, parseTime, type Role, setRoleAgencies, type Task } from "@kehoach/plan-model";

// Every edit is a pure transition of the plan, so edits can be tested without a browser and the
// same plan always shows the same preview.

export type PlanAction =
  | { type: "setTitle"; title: string }
  | { type: "addTask"; id: string }
  | { type: "updateTask"; id: string; patch: Partial<Omit<Task, "id">> }
  | { type: "setTaskAgencies"; id: string; role: Role; names: string[] }
  | { type: "setTaskTime"; id: string; text: string }
  | { type: "removeTask"; id: string };

export function planReducer(plan: Plan, action: PlanAction): Plan {
  switch (action.type) {
    case "setTitle":
      return { ...plan, title: action.title };
    case "addTask":
      return {
        ...plan,
        tasks: [
          ...plan.tasks,
          { id: action.id, title: "", roles: [], time: { raw: "", kind: "unspecified" } },
        ],
      };
    case "updateTask":
      return {
        ...plan,
        tasks: plan.tasks.map((task) => (task.id === action.id ? { ...task, ...action.patch } : task)),
      };
    case "setTaskAgencies":
      return updateTask(plan, action.id, (task) => ({
        ...task,
        roles: setRoleAgencies(task.roles, action.role, action.names),
      }));
    case "setTaskTime":
      // The text is kept as typed; the parser adds what it understands of it.
      return updateTask(plan, action.id, (task) => ({
        ...task,
        time: parseTime(action.text, { planYear: plan.planYear }),
      }));
    case "removeTask":
      return { ...plan, tasks: plan.tasks.filter((task) => task.id !== action.id) };
  }
}

function updateTask(plan: Plan, id: string, change: (task: Task) => Task): Plan {
  return { ...plan, tasks: plan.tasks.map((task) => (task.id === id ? change(task) : task)) };
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
