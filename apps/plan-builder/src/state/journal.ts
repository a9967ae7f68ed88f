import { type Plan, validatePlanData } from "@kehoach/plan-model";

// What was typed since the last save, kept synchronously in localStorage when the page is hidden
// or closed (IndexedDB writes may not finish during unload). On the next open, a journal written
// on top of the stored revision (or of the save that was under way) is put back; an older one is
// dropped.

interface JournalEntry {
  revision: number;
  /** A save was under way when the page closed: it may have landed as the next revision. */
  saving?: boolean;
  plan: unknown;
  at: string;
}

const key = (planId: string) => `plan-builder:journal:${planId}`;

export function writeJournal(planId: string, revision: number, plan: Plan, saving = false): void {
  try {
    const entry: JournalEntry = { revision, saving, plan, at: new Date().toISOString() };
    localStorage.setItem(key(planId), JSON.stringify(entry));
  } catch {
    // Storage full or refused: the periodic save to IndexedDB is still there.
  }
}

export function clearJournal(planId: string): void {
  try {
    localStorage.removeItem(key(planId));
  } catch {
    // Nothing to clear when storage is refused.
  }
}

/** The unsaved plan written on top of `storedRevision`, if there is one and it is a valid plan. */
export function readJournal(planId: string, storedRevision: number): Plan | null {
  let entry: JournalEntry;
  try {
    const raw = localStorage.getItem(key(planId));
    if (!raw) return null;
    entry = JSON.parse(raw) as JournalEntry;
  } catch {
    clearJournal(planId);
    return null;
  }
  // The journal holds everything typed, including what a save under way was writing.
  const current =
    entry.revision === storedRevision || (entry.saving === true && entry.revision + 1 === storedRevision);
  if (!current) {
    clearJournal(planId);
    return null;
  }
  const checked = validatePlanData(entry.plan);
  return checked.ok ? checked.plan : null;
}
