import { type ProvinceRollup, provinceRollup } from "@kehoach/hub";
import type { SiteHub } from "@kehoach/hub/browser";
import type { CutoffRule, Locality, ReportPeriod } from "@kehoach/plan-model";
import { useEffect, useMemo, useState } from "react";

// The province's roll-up on this computer: the local copy of the read-only province database,
// read whole and read again shortly after the hub brings changes (a batch of a hundred units'
// entries is read once), and summed up for the chosen period.

export type RollupState =
  | { kind: "no-hub" }
  | { kind: "signed-out" }
  | { kind: "loading" }
  | { kind: "ready"; rollup: ProvinceRollup; documents: number }
  | { kind: "failed"; message: string };

const REREAD_MS = 400;

export function useRollup(
  hub: SiteHub | undefined,
  locality: Locality,
  period: ReportPeriod,
  cutoff: CutoffRule,
): RollupState {
  const connected = hub?.connection() !== undefined;
  const [docs, setDocs] = useState<unknown[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!hub || !connected) return;
    const db = hub.local();
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = async () => {
      try {
        const all = await db.allDocs({ include_docs: true });
        if (live) setDocs(all.rows.flatMap((row) => (row.doc ? [row.doc] : [])));
      } catch (error) {
        if (live) setFailure(error instanceof Error ? error.message : String(error));
      }
    };
    void read();
    const feed = db.changes({ since: "now", live: true });
    feed.on("change", () => {
      clearTimeout(timer);
      timer = setTimeout(() => void read(), REREAD_MS);
    });
    return () => {
      live = false;
      clearTimeout(timer);
      feed.cancel();
    };
  }, [hub, connected]);

  const rollup = useMemo(
    () => (docs ? provinceRollup({ locality, docs, period, cutoff }) : null),
    [docs, locality, period, cutoff],
  );

  if (!hub) return { kind: "no-hub" };
  if (!connected) return { kind: "signed-out" };
  if (failure) return { kind: "failed", message: failure };
  if (!rollup || !docs) return { kind: "loading" };
  return { kind: "ready", rollup, documents: docs.length };
}
