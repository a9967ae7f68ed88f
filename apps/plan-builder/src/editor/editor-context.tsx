import type { AgencyMatcher } from "@kehoach/plan-model";
import type { LocalityContext } from "@kehoach/plan-model/editing";
import { createContext, useContext } from "react";
import type { PlanEdit } from "../state/history.js";

// What every part of the editor needs besides its own slice of the plan. Kept in a context so
// the parts can be memoised on their slice alone: typing in the title re-renders the header, not
// the fourteen task cards.

export interface EditorTools {
  edit: (change: PlanEdit) => void;
  locality: LocalityContext;
  matcher: AgencyMatcher;
  planYear: number;
  readOnly: boolean;
}

export const EditorContext = createContext<EditorTools | null>(null);

export function useEditor(): EditorTools {
  const tools = useContext(EditorContext);
  if (!tools) throw new Error("useEditor() cần <EditorContext.Provider> bao quanh.");
  return tools;
}
