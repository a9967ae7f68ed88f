import { type LoadProblem, type Plan, serializePlan } from "@kehoach/plan-model";
import type { PlanStore } from "@kehoach/plan-store";
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { cleanEdit } from "./clean-edit.js";
import {
  type EditorAction,
  type EditorState,
  editorReducer,
  initialEditorState,
  type PlanEdit,
} from "./history.js";
import { clearJournal, readJournal, writeJournal } from "./journal.js";
import { openTabChannel, TAB_ID } from "./tabs.js";
import { describeWriteError, retryDelayMs, type WriteFailure } from "./write-failure.js";

// The plan being edited, never lost: read from IndexedDB, saved shortly after every change (and at
// least every MAX_WAIT_MS while typing goes on), journaled synchronously when the page is hidden
// or closed, and watched across tabs. When another tab saves the same plan, an idle editor takes
// the new version; one with unsaved changes asks which version to keep instead of overwriting.
// A save the browser refuses (a full quota) is said so, in words, with what was typed kept in the
// journal and the save tried again, sooner then less often. A plan deleted elsewhere (another tab,
// another app) closes here and is never written again: a save only ever updates a stored plan.

export type LoadState =
  | { kind: "loading" }
  | { kind: "ready" }
  | { kind: "missing" }
  | { kind: "unreadable"; problems: LoadProblem[] }
  | { kind: "failed"; message: string };

export type SaveState =
  | { kind: "saved"; at: string }
  /** A plan shown and never stored (the sample): nothing to save. */
  | { kind: "view-only" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "failed"; failure: WriteFailure }
  | { kind: "conflict" };

/** The plan was deleted while open: announced by another tab, or found missing when saving. */
export type DeletedWhere = "other-tab" | "elsewhere";

export type EditorNotice = "recovered" | "updated-from-other-tab";

const SAVE_DELAY_MS = 300;
const MAX_WAIT_MS = 1500;

function reducer(state: EditorState | null, action: EditorAction): EditorState | null {
  if (action.type === "load") return editorReducer(state ?? initialEditorState(action.plan), action);
  return state ? editorReducer(state, action) : state;
}

/**
 * The plan `planId` from the store, autosaved; or, given `shown`, that plan as it is, never
 * stored (the sample plan, opened to be looked at).
 */
export function usePlanEditor(store: PlanStore, planId: string, shown?: Plan) {
  const [state, dispatch] = useReducer(reducer, null);
  const [load, setLoad] = useState<LoadState>({ kind: "loading" });
  const [save, setSave] = useState<SaveState>({ kind: "saved", at: new Date().toISOString() });
  const [otherTabs, setOtherTabs] = useState<ReadonlySet<string>>(new Set());
  const [conflict, setConflict] = useState(false);
  const [notice, setNotice] = useState<EditorNotice | null>(null);
  const [deleted, setDeleted] = useState<DeletedWhere | null>(null);

  const latest = useRef(state);
  latest.current = state;
  const revision = useRef(0);
  const savedVersion = useRef(0);
  const pendingSince = useRef(0);
  const saving = useRef(false);
  const again = useRef(false);
  const blocked = useRef(shown !== undefined);
  const channel = useRef<ReturnType<typeof openTabChannel> | null>(null);
  const retry = useRef<{ timer: ReturnType<typeof setTimeout> | undefined; attempt: number }>({
    timer: undefined,
    attempt: 0,
  });
  const stopRetry = () => {
    clearTimeout(retry.current.timer);
    retry.current = { timer: undefined, attempt: 0 };
  };
  const closeDeleted = useCallback(
    (where: DeletedWhere) => {
      blocked.current = true;
      clearTimeout(retry.current.timer);
      retry.current = { timer: undefined, attempt: 0 };
      clearJournal(planId);
      setDeleted((current) => current ?? where);
    },
    [planId],
  );

  const dirty = () => {
    const s = latest.current;
    return s?.edited === true && s.version !== savedVersion.current;
  };

  const loadStored = useCallback(async (): Promise<boolean> => {
    const read = await store.read(planId);
    if (!read.ok) {
      setLoad(
        read.reason === "missing" ? { kind: "missing" } : { kind: "unreadable", problems: read.problems },
      );
      return false;
    }
    revision.current = read.revision;
    dispatch({ type: "load", plan: read.plan });
    setSave({ kind: "saved", at: read.updatedAt });
    return true;
  }, [store, planId]);

  // Open the plan, and put back what was typed but not yet saved when the page last closed.
  useEffect(() => {
    let cancelled = false;
    setLoad({ kind: "loading" });
    if (shown) {
      dispatch({ type: "load", plan: shown });
      setSave({ kind: "view-only" });
      setLoad({ kind: "ready" });
      return;
    }
    (async () => {
      try {
        const read = await store.read(planId);
        if (cancelled) return;
        if (!read.ok) {
          setLoad(
            read.reason === "missing" ? { kind: "missing" } : { kind: "unreadable", problems: read.problems },
          );
          return;
        }
        revision.current = read.revision;
        dispatch({ type: "load", plan: read.plan });
        const journal = readJournal(planId, read.revision);
        if (journal && serializePlan(journal) !== serializePlan(read.plan)) {
          dispatch({ type: "replace", plan: journal });
          setNotice("recovered");
        } else clearJournal(planId);
        setSave({ kind: "saved", at: read.updatedAt });
        setLoad({ kind: "ready" });
      } catch (error) {
        if (!cancelled)
          setLoad({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [store, planId, shown]);

  const flush = useCallback(async (): Promise<void> => {
    if (blocked.current) return;
    if (saving.current) {
      again.current = true;
      return;
    }
    const s = latest.current;
    if (!s || !dirty()) return;
    saving.current = true;
    pendingSince.current = 0;
    setSave({ kind: "saving" });
    try {
      // Written only over the revision this tab holds, in one transaction: a save by another tab
      // is never overwritten silently, and a plan deleted elsewhere is never brought back.
      const saved = await store.update(s.present, revision.current);
      if (!saved.ok && saved.reason === "missing") {
        closeDeleted("elsewhere");
        return;
      }
      if (!saved.ok) {
        blocked.current = true;
        setConflict(true);
        setSave({ kind: "conflict" });
        return;
      }
      revision.current = saved.revision;
      savedVersion.current = s.version;
      channel.current?.post({ type: "saved", tab: TAB_ID, planId, revision: saved.revision });
      stopRetry();
      if (latest.current?.version === s.version) {
        clearJournal(planId);
        setSave({ kind: "saved", at: saved.updatedAt });
      } else again.current = true;
    } catch (error) {
      // Refused: say why, keep what was typed where a reload finds it, and try again.
      setSave({ kind: "failed", failure: describeWriteError(error) });
      writeJournal(planId, revision.current, s.present);
      clearTimeout(retry.current.timer);
      const attempt = retry.current.attempt;
      retry.current = {
        attempt: attempt + 1,
        timer: setTimeout(() => void flush(), retryDelayMs(attempt)),
      };
    } finally {
      saving.current = false;
      if (again.current) {
        again.current = false;
        void flush();
      }
    }
  }, [store, planId, closeDeleted]);

  // Save shortly after each edit; while typing goes on, at least every MAX_WAIT_MS.
  const version = state?.version ?? 0;
  const edited = state?.edited ?? false;
  useEffect(() => {
    if (!edited || version === savedVersion.current || blocked.current) return;
    // Only a change of state re-renders: every keystroke would otherwise redraw the editor.
    setSave((current) =>
      current.kind === "failed" || current.kind === "pending" ? current : { kind: "pending" },
    );
    const now = Date.now();
    if (pendingSince.current === 0) pendingSince.current = now;
    const wait = Math.max(0, Math.min(SAVE_DELAY_MS, MAX_WAIT_MS - (now - pendingSince.current)));
    const timer = setTimeout(() => void flush(), wait);
    return () => clearTimeout(timer);
  }, [version, edited, flush]);

  // A closing or hidden page keeps what was typed in the journal (IndexedDB may not finish then).
  useEffect(() => {
    if (shown) return;
    const keep = () => {
      const s = latest.current;
      if (s && dirty()) writeJournal(planId, revision.current, s.present, saving.current);
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") {
        keep();
        void flush();
      }
    };
    window.addEventListener("pagehide", keep);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", keep);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [planId, flush, shown]);

  // Other tabs on the same plan.
  useEffect(() => {
    if (shown) return;
    const add = (tab: string) => setOtherTabs((tabs) => new Set(tabs).add(tab));
    const ch = openTabChannel((message) => {
      if (message.type === "library-changed" || message.planId !== planId) return;
      switch (message.type) {
        case "deleted":
          closeDeleted("other-tab");
          break;
        case "hello":
          ch.post({ type: "here", tab: TAB_ID, planId });
          add(message.tab);
          break;
        case "here":
          add(message.tab);
          break;
        case "bye":
          setOtherTabs((tabs) => {
            const next = new Set(tabs);
            next.delete(message.tab);
            return next;
          });
          break;
        case "saved":
          if (message.revision <= revision.current) break;
          if (dirty() || saving.current) {
            blocked.current = true;
            setConflict(true);
            setSave({ kind: "conflict" });
          } else {
            void loadStored().then((ok) => ok && setNotice("updated-from-other-tab"));
          }
          break;
      }
    });
    channel.current = ch;
    ch.post({ type: "hello", tab: TAB_ID, planId });
    const bye = () => ch.post({ type: "bye", tab: TAB_ID, planId });
    window.addEventListener("pagehide", bye);
    return () => {
      window.removeEventListener("pagehide", bye);
      bye();
      ch.close();
      channel.current = null;
      setOtherTabs(new Set());
    };
  }, [planId, loadStored, closeDeleted, shown]);

  // Leaving the editor (another screen) saves what is left; no retry outlives it.
  useEffect(
    () => () => {
      clearTimeout(retry.current.timer);
      void flush();
    },
    [flush],
  );

  const resolveConflict = useCallback(
    async (keep: "mine" | "theirs") => {
      setConflict(false);
      if (keep === "theirs") {
        blocked.current = false;
        await loadStored();
        clearJournal(planId);
        return;
      }
      const stored = await store.read(planId);
      if (stored.ok) revision.current = stored.revision;
      blocked.current = false;
      await flush();
    },
    [store, planId, loadStored, flush],
  );

  // What is typed or pasted is cleaned as it comes in (text-vi): a bidirectional override never
  // reaches the screen or the store ("\u202Egnp.exe" would read "exe.png").
  const edit = useCallback((change: PlanEdit) => dispatch({ ...cleanEdit(change), at: Date.now() }), []);
  const getPlan = useCallback((): Plan | null => latest.current?.present ?? null, []);
  const undo = useCallback(() => dispatch({ type: "undo" }), []);
  const redo = useCallback(() => dispatch({ type: "redo" }), []);

  return {
    load,
    plan: state?.present ?? null,
    canUndo: (state?.past.length ?? 0) > 0,
    canRedo: (state?.future.length ?? 0) > 0,
    edit,
    undo,
    redo,
    save,
    saveNow: flush,
    otherTab: otherTabs.size > 0,
    conflict,
    resolveConflict,
    notice,
    dismissNotice: () => setNotice(null),
    /** Set once the plan was deleted while open: the editor closes, nothing is saved any more. */
    deleted,
    /** The plan as it is now, for callbacks that must not re-render with every keystroke. */
    getPlan,
  };
}
