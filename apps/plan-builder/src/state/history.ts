import type { Plan, Task } from "@kehoach/plan-model";
import { insertAt, moveItem, type Path, removeAt, setIn } from "@kehoach/plan-model/editing";

// Every change to the plan being edited goes through this reducer, which keeps the history for
// undo and redo. Typing in one field is one step, not one step per letter: edits carrying the same
// `coalesce` key within COALESCE_MS of each other replace the last step instead of adding one.

export type PlanEdit =
  | { type: "set"; path: Path; value: unknown; coalesce?: string }
  | { type: "insert"; path: Path; index: number; value: unknown }
  | { type: "remove"; path: Path; index: number }
  | { type: "move"; path: Path; from: number; to: number }
  | { type: "tasks"; tasks: Task[] }
  /** A change computed from the whole plan (a new plan year re-reads every time). */
  | { type: "replace"; plan: Plan; coalesce?: string };

export type EditorAction =
  | (PlanEdit & { at?: number })
  | { type: "undo" }
  | { type: "redo" }
  /** A plan read from storage: the history starts again from it. */
  | { type: "load"; plan: Plan };

export interface EditorState {
  past: Plan[];
  present: Plan;
  future: Plan[];
  lastKey: string | undefined;
  lastAt: number;
  /** Counts every change, so the autosave knows a load from an edit. */
  version: number;
  /** Whether the present plan came from an edit (true) or from storage (false). */
  edited: boolean;
}

export const COALESCE_MS = 1200;
export const HISTORY_LIMIT = 200;

export function initialEditorState(plan: Plan): EditorState {
  return { past: [], present: plan, future: [], lastKey: undefined, lastAt: 0, version: 0, edited: false };
}

export function applyEdit(plan: Plan, edit: PlanEdit): Plan {
  switch (edit.type) {
    case "set":
      return setIn(plan, edit.path, edit.value);
    case "insert":
      return insertAt(plan, edit.path, edit.index, edit.value);
    case "remove":
      return removeAt(plan, edit.path, edit.index);
    case "move":
      return moveItem(plan, edit.path, edit.from, edit.to);
    case "tasks":
      return { ...plan, tasks: edit.tasks };
    case "replace":
      return edit.plan;
  }
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case "load":
      return { ...initialEditorState(action.plan), version: state.version + 1 };
    case "undo": {
      const previous = state.past[state.past.length - 1];
      if (!previous) return state;
      return {
        ...state,
        past: state.past.slice(0, -1),
        present: previous,
        future: [state.present, ...state.future],
        lastKey: undefined,
        version: state.version + 1,
        edited: true,
      };
    }
    case "redo": {
      const next = state.future[0];
      if (!next) return state;
      return {
        ...state,
        past: [...state.past, state.present],
        present: next,
        future: state.future.slice(1),
        lastKey: undefined,
        version: state.version + 1,
        edited: true,
      };
    }
    default: {
      const next = applyEdit(state.present, action);
      if (next === state.present) return state;
      const at = action.at ?? Date.now();
      const key = "coalesce" in action ? action.coalesce : undefined;
      const merge = key !== undefined && key === state.lastKey && at - state.lastAt < COALESCE_MS;
      return {
        past: merge ? state.past : [...state.past, state.present].slice(-HISTORY_LIMIT),
        present: next,
        future: [],
        lastKey: key,
        lastAt: at,
        version: state.version + 1,
        edited: true,
      };
    }
  }
}
