import { formatTime, type Plan, type Window } from "@kehoach/plan-model";
import {
  findContradictions,
  groupByTask,
  latestBefore,
  leadAgencies,
  type PeriodEntry,
  periodEntryId,
  periodProgress,
  windowEntries,
  workNodes,
} from "@kehoach/report-model";
import { useMemo } from "react";
import { TaskCard, UnitsList } from "./TaskCard.js";

export interface TaskListProps {
  plan: Plan;
  log: readonly PeriodEntry[];
  window: Window;
  periodKey: string;
  defaultDate: string;
  /** Set on every entry saved (the agency filling a return). */
  reporter?: PeriodEntry["reporter"];
  onSave: (entry: PeriodEntry) => void;
}

/** Every work task of the plan with its status at the window's end and its progress form. */
export function TaskList({ plan, log, window, periodKey, defaultDate, reporter, onSave }: TaskListProps) {
  const view = useMemo(() => {
    const seen = log.filter((e) => e.date <= window.to);
    const progress = new Map(periodProgress(plan, seen, window).tasks.map((t) => [t.taskId, t]));
    const inside = windowEntries(log, window);
    const before = latestBefore([...log], window);
    const contradictions = groupByTask(findContradictions(plan, log, window));
    const insideByTask = groupByTask(inside);
    const byId = new Map(log.map((e) => [e.id, e]));
    return { progress, insideByTask, before, contradictions, byId };
  }, [plan, log, window]);
  return (
    <>
      <UnitsList />
      <ol className="rg-task-list">
        {workNodes(plan).map((node) => {
          const entryId = periodEntryId(node.task.id, periodKey);
          const mine = view.insideByTask.get(node.task.id) ?? [];
          const entry = view.byId.get(entryId);
          return (
            <li key={node.task.id}>
              <TaskCard
                taskId={node.task.id}
                number={node.number}
                title={node.task.title}
                leads={leadAgencies(node).map((a) => a.name)}
                timeText={node.task.time.raw || formatTime(node.task.time)}
                timeKind={node.task.time.kind}
                declared={(node.task.indicators ?? []).map((i) => ({
                  id: i.id,
                  label: i.label,
                  unit: i.unit,
                }))}
                entry={entry}
                entryId={entryId}
                others={mine.filter((e) => e.id !== entryId)}
                before={view.before.get(node.task.id)}
                progress={view.progress.get(node.task.id)}
                contradictions={view.contradictions.get(node.task.id) ?? []}
                defaultDate={defaultDate}
                reporter={reporter}
                onSave={onSave}
              />
            </li>
          );
        })}
      </ol>
    </>
  );
}
