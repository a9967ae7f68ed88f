import {
  type ProgressConflict,
  progressConflicts,
  resolveProgressConflict,
  siteHub,
  siteHubDocs,
  watchSiteHub,
} from "@kehoach/hub/browser";
import type { Plan } from "@kehoach/plan-model";
import { type Decision, type MergePlan, planMerge } from "@kehoach/report-model";
import { Alert } from "@kehoach/ui/alert";
import { Button } from "@kehoach/ui/button";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useT } from "../i18n/context.js";
import { MergeReview } from "../views/MergeReview.js";

// Two devices of the unit (the office and an agency signed in with the unit's account) that
// changed the same progress entry while apart: the province hub keeps both, and they come to the
// same review as a return file, one entry at a time, field by field against their common past.
// Fields only one side changed are taken without a question, as for returns; the choice is
// written with the hub's resolution, which keeps the version not chosen aside on the hub.

const ALL_TIME = { from: "0000-01-01", to: "9999-12-31" };

export function mergeOf(conflict: ProgressConflict): MergePlan {
  return planMerge({
    window: ALL_TIME,
    taskIds: [conflict.taskId],
    ours: [conflict.winner.entry],
    theirs: [conflict.other.entry],
    base: conflict.base ? [conflict.base] : undefined,
  });
}

/** The conflicts of the plan's progress on this device, kept current as the copy changes. */
export function useHubConflicts(plan: Plan | null): ProgressConflict[] {
  const [list, setList] = useState<ProgressConflict[]>([]);
  const refresh = useCallback(async () => {
    const hub = siteHub();
    const docs = siteHubDocs();
    if (!hub || !docs || !plan) return setList([]);
    setList(await progressConflicts(hub.sync, docs, plan.id));
  }, [plan]);
  useEffect(() => {
    void refresh();
    return watchSiteHub(() => void refresh());
  }, [refresh]);
  return list;
}

export function HubReview({
  plan,
  conflicts,
  open,
  onClose,
}: {
  plan: Plan;
  conflicts: ProgressConflict[];
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [error, setError] = useState<string | null>(null);
  const [current] = conflicts;
  const merge = useMemo(() => (current ? mergeOf(current) : null), [current]);
  // Each pair of versions is settled once: the list refreshes only after the copy has changed.
  const settled = useRef(new Set<string>());
  const settle = useCallback(
    async (conflict: ProgressConflict, entry: ProgressConflict["winner"]["entry"]) => {
      const hub = siteHub();
      const docs = siteHubDocs();
      const key = `${conflict.docId}|${conflict.winner.rev}|${conflict.other.rev}`;
      if (!hub || !docs || settled.current.has(key)) return;
      settled.current.add(key);
      try {
        await resolveProgressConflict(hub.sync, docs, conflict, entry);
        setDecisions({});
        setError(null);
      } catch (e) {
        settled.current.delete(key);
        setError(e instanceof Error ? e.message : String(e));
      }
    },
    [],
  );
  // Versions that differ only where one side changed merge as returns do: no question to ask.
  useEffect(() => {
    if (current && merge && merge.conflicts.length === 0) {
      const entry = merge.tasks[0]?.merged[0] ?? current.winner.entry;
      void settle(current, entry);
    }
  }, [current, merge, settle]);
  useEffect(() => {
    if (open && !current) onClose();
  }, [open, current, onClose]);
  if (!current || !merge || merge.conflicts.length === 0) return null;
  const when = (iso: string | undefined) => (iso ? new Date(iso).toLocaleString(t.locale) : "?");
  return (
    <>
      {error ? (
        <Alert tone="error" title={t.hubReview.failed}>
          {error}
        </Alert>
      ) : null}
      <MergeReview
        open={open}
        plan={plan}
        title={t.hubReview.title}
        description={t.hubReview.text(conflicts.length)}
        conflicts={merge.conflicts}
        oursLabel={t.hubReview.ours(current.winner.updatedBy ?? "?", when(current.winner.updatedAt))}
        theirsLabel={t.hubReview.theirs(current.other.updatedBy ?? "?", when(current.other.updatedAt))}
        useTheirsLabel={t.hubReview.useTheirs}
        decisions={decisions}
        onDecide={(taskId, decision) => setDecisions((d) => ({ ...d, [taskId]: decision }))}
        onCancel={onClose}
        onApply={() => {
          const task = merge.conflicts[0];
          if (!task) return;
          const chosen = decisions[task.taskId] === "theirs" ? task.mergedTheirs : task.merged;
          void settle(current, chosen[0] ?? current.winner.entry);
        }}
      />
    </>
  );
}

/** The notice above the tasks while some of them have two versions, with the way to review them. */
export function HubConflictNotice({ count, onReview }: { count: number; onReview: () => void }) {
  const t = useT();
  if (count === 0) return null;
  return (
    <Alert
      tone="warning"
      title={t.hubReview.notice(count)}
      actions={
        <Button variant="secondary" onClick={onReview}>
          {t.hubReview.review}
        </Button>
      }
    >
      {t.hubReview.noticeText}
    </Alert>
  );
}
