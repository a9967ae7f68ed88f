import type { Plan } from "@kehoach/plan-model";
import { type PlanStatus, planStatus } from "@kehoach/plan-model";
import type { PlanStore, PlanSummary } from "@kehoach/plan-store";
import { useCallback, useEffect, useState } from "react";
import { openTabChannel } from "../state/tabs.js";

// The plans stored in this browser, newest first, kept current when another tab saves or
// deletes one.

export interface LibraryEntry {
  summary: PlanSummary;
  plan: Plan | null;
  status: PlanStatus | "unreadable";
}

export function useLibrary(store: PlanStore) {
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  const reload = useCallback(async () => {
    const summaries = await store.list();
    const list = await Promise.all(
      summaries.map(async (summary): Promise<LibraryEntry> => {
        if (!summary.readable) return { summary, plan: null, status: "unreadable" };
        const read = await store.read(summary.id);
        return read.ok
          ? { summary, plan: read.plan, status: planStatus(read.plan) }
          : { summary, plan: null, status: "unreadable" };
      }),
    );
    setEntries(list);
  }, [store]);

  useEffect(() => {
    void reload();
    const channel = openTabChannel((message) => {
      if (message.type === "saved" || message.type === "library-changed") void reload();
    });
    return () => channel.close();
  }, [reload]);

  return { entries, reload };
}
