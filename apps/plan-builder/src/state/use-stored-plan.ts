import { type Plan, validatePlanData } from "@kehoach/plan-model";
import { samplePlan } from "@kehoach/plan-model/sample";
import { openPlanStore, type PlanStore } from "@kehoach/plan-store";
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { type PlanAction, planReducer } from "./plan-reducer.js";

export type SaveState =
  | { kind: "loading" }
  | { kind: "saved"; at: string }
  | { kind: "saving" }
  | { kind: "error"; message: string };

const CURRENT_PLAN_KEY = "plan-builder:currentPlanId";
const SAVE_DELAY_MS = 300;

type State = { plan: Plan | null };
type Action = PlanAction | { type: "load"; plan: Plan };

function reducer(state: State, action: Action): State {
  if (action.type === "load") return { plan: action.plan };
  if (!state.plan) return state;
  return { plan: planReducer(state.plan, action) };
}

/**
 * The plan being edited, kept in IndexedDB: opened on start (the sample plan the first time),
 * saved shortly after every change, so a reload or a crash keeps what was typed.
 */
export function useStoredPlan() {
  const [state, dispatch] = useReducer(reducer, { plan: null });
  const [saveState, setSaveState] = useState<SaveState>({ kind: "loading" });
  const [notice, setNotice] = useState<string | null>(null);
  const store = useRef<PlanStore | null>(null);
  const loaded = useRef(false);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const opened = await openPlanStore();
        store.current = opened;
        const currentId = await opened.getMeta<string>(CURRENT_PLAN_KEY);
        let plan: Plan | null = null;
        let storedRecordUnreadable = false;
        if (currentId) {
          const read = await opened.read(currentId);
          if (read.ok) plan = read.plan;
          else if (read.reason === "invalid") {
            storedRecordUnreadable = true;
            setNotice(
              `Không mở được kế hoạch đã lưu (${read.problems[0]?.where}: ${read.problems[0]?.message}). Bản đã lưu được giữ nguyên; đang mở kế hoạch mẫu.`,
            );
          }
        }
        if (!plan) {
          // An unreadable record is left untouched: the sample opens under a new id beside it.
          plan = storedRecordUnreadable ? { ...samplePlan, id: crypto.randomUUID() } : samplePlan;
          await opened.save(plan);
          await opened.setMeta(CURRENT_PLAN_KEY, plan.id);
        }
        if (cancelled) return;
        loaded.current = false;
        dispatch({ type: "load", plan });
        setSaveState({ kind: "saved", at: new Date().toISOString() });
      } catch (error) {
        setSaveState({
          kind: "error",
          message: `Trình duyệt không cho dùng bộ nhớ cục bộ (IndexedDB): ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    })();
    return () => {
      cancelled = true;
      store.current?.close();
    };
  }, []);

  // Autosave: the first render after loading is the stored plan itself, so it is not saved again.
  useEffect(() => {
    const plan = state.plan;
    if (!plan || !store.current) return;
    if (!loaded.current) {
      loaded.current = true;
      return;
    }
    setSaveState({ kind: "saving" });
    const timer = setTimeout(async () => {
      const checked = validatePlanData(plan);
      if (!checked.ok) {
        setSaveState({
          kind: "error",
          message: `${checked.problems[0]?.where}: ${checked.problems[0]?.message}`,
        });
        return;
      }
      try {
        const saved = await store.current?.save(checked.plan);
        if (saved) setSaveState({ kind: "saved", at: saved.updatedAt });
      } catch (error) {
        setSaveState({ kind: "error", message: error instanceof Error ? error.message : String(error) });
      }
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state.plan]);

  const edit = useCallback((action: PlanAction) => dispatch(action), []);
  return { plan: state.plan, edit, saveState, notice };
}
