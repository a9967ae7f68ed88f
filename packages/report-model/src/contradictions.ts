import { occurrences, type Plan, STATUS_LABELS, STATUS_LABELS_EN, type Window } from "@kehoach/plan-model";
import { workNodes } from "./agencies.js";
import { showDate } from "./dates.js";
import { awaitsCompletionDate, type PeriodEntry } from "./entry.js";
import { periodTaskStatus } from "./progress.js";

// A stated status that the dates do not bear out is flagged, never silently replaced: the report
// uses the status the dates give (plan-domain §3.1), and the person sees why it differs from what
// was typed. Other flags catch entries that disagree with themselves.

export type ContradictionKind =
  | "claimed-status"
  | "outside-window"
  | "completed-after-entry"
  | "completed-before-start"
  | "done-below-100"
  | "full-but-not-done"
  | "activity-but-not-started";

export interface Contradiction {
  taskId: string;
  entryId: string;
  kind: ContradictionKind;
  /** What is wrong, in Vietnamese, naming the dates and statuses. */
  message: string;
  /** The same for a screen shown in English (written beside the Vietnamese, one owner for both). */
  messageEn: string;
}

/**
 * Contradictions in the entries of a period. `entries` is the log the statuses are judged on;
 * `periodEntryIds` (default: every entry in the window) are the ones checked.
 */
export function findContradictions(
  plan: Plan,
  entries: readonly PeriodEntry[],
  window: Window,
  periodEntryIds?: ReadonlySet<string>,
): Contradiction[] {
  const checked = entries.filter((e) =>
    periodEntryIds ? periodEntryIds.has(e.id) : e.date >= window.from && e.date <= window.to,
  );
  const nodes = new Map(workNodes(plan).map((n) => [n.task.id, n]));
  // Each task's status is judged on its own entries: grouping once keeps this linear in the log.
  const byTask = groupByTask(entries);
  const starts = new Map<string, ReturnType<typeof occurrences>[number] | undefined>();
  const firstOccurrence = (task: (typeof plan.tasks)[number]) => {
    if (!starts.has(task.id)) starts.set(task.id, occurrences(task.time, plan.planYear)[0]);
    return starts.get(task.id);
  };
  const out: Contradiction[] = [];
  for (const entry of checked) {
    const node = nodes.get(entry.taskId);
    if (!node) continue;
    const flag = (kind: ContradictionKind, message: string, messageEn: string) =>
      out.push({ taskId: entry.taskId, entryId: entry.id, kind, message, messageEn });
    // Without a completion date there is no day to judge: the date is asked for, never assumed.
    const completedOn = entry.completedOn;
    const totalCount = entry.indicators.reduce((sum, i) => sum + i.value, 0);

    if (entry.date < window.from || entry.date > window.to) {
      flag(
        "outside-window",
        `Ngày số liệu ${showDate(entry.date)} nằm ngoài thời gian chốt số liệu của kỳ (${showDate(window.from)} – ${showDate(window.to)}).`,
        `The data date ${showDate(entry.date)} lies outside the period's data window (${showDate(window.from)} – ${showDate(window.to)}).`,
      );
    }
    if (entry.state === "done" && entry.completedOn && entry.completedOn > entry.date) {
      flag(
        "completed-after-entry",
        `Ngày hoàn thành ${showDate(entry.completedOn)} sau ngày cập nhật số liệu ${showDate(entry.date)}: không thể báo đã hoàn thành trước khi xong.`,
        `The completion date ${showDate(entry.completedOn)} comes after the data date ${showDate(entry.date)}: a task cannot be reported done before it is.`,
      );
    }
    const repeats = node.task.time.kind === "recurring" || node.task.time.kind === "ongoing";
    const first = firstOccurrence(node.task);
    if (entry.state === "done" && !repeats && first && completedOn && completedOn < first.start) {
      flag(
        "completed-before-start",
        `Ngày hoàn thành ${showDate(completedOn)} trước thời gian thực hiện của nhiệm vụ (từ ${showDate(first.start)}).`,
        `The completion date ${showDate(completedOn)} comes before the task's time frame (from ${showDate(first.start)}).`,
      );
    }
    if (entry.state === "done" && entry.percent !== undefined && entry.percent < 100) {
      flag(
        "done-below-100",
        `Ghi đã hoàn thành nhưng tỷ lệ chỉ đạt ${entry.percent}%.`,
        `Reported done, but at only ${entry.percent}%.`,
      );
    }
    if (entry.state === "in_progress" && entry.percent === 100) {
      flag(
        "full-but-not-done",
        "Tỷ lệ 100% nhưng chưa ghi là đã hoàn thành.",
        "At 100% but not reported done.",
      );
    }
    if (entry.state === "not_started" && ((entry.percent ?? 0) > 0 || totalCount > 0)) {
      flag(
        "activity-but-not-started",
        "Ghi chưa thực hiện nhưng đã có tỷ lệ hoặc số liệu kết quả.",
        "Reported not started, but with a percentage or figures of results.",
      );
    }
  }

  // The stated status is compared with the one the dates give, for each task's latest entry.
  const latest = new Map<string, PeriodEntry>();
  for (const entry of checked) {
    const seen = latest.get(entry.taskId);
    if (!seen || entry.date > seen.date || (entry.date === seen.date && entry.id > seen.id)) {
      latest.set(entry.taskId, entry);
    }
  }
  for (const entry of latest.values()) {
    const node = nodes.get(entry.taskId);
    if (!node || !entry.claimed || awaitsCompletionDate(entry)) continue;
    const computed = periodTaskStatus(node.task, byTask.get(entry.taskId) ?? [], window, plan.planYear);
    if (computed.entry?.id !== entry.id || computed.status === entry.claimed) continue;
    const due = computed.due ? `hạn ${showDate(computed.due)}` : "không có hạn cụ thể";
    const dueEn = computed.due ? `due ${showDate(computed.due)}` : "no set deadline";
    const done = entry.state === "done";
    const when = done
      ? `hoàn thành ngày ${showDate(entry.completedOn as string)}`
      : `chốt số liệu ngày ${showDate(window.to)}`;
    const whenEn = done
      ? `completed on ${showDate(entry.completedOn as string)}`
      : `data closed on ${showDate(window.to)}`;
    out.push({
      taskId: entry.taskId,
      entryId: entry.id,
      kind: "claimed-status",
      message: `Ghi “${STATUS_LABELS[entry.claimed]}” nhưng theo ngày tháng (${due}, ${when}) là “${STATUS_LABELS[computed.status]}”.`,
      messageEn: `Reported “${STATUS_LABELS_EN[entry.claimed]}”, but the dates (${dueEn}, ${whenEn}) make it “${STATUS_LABELS_EN[computed.status]}”.`,
    });
  }
  return out;
}

export function groupByTask<T extends { taskId: string }>(entries: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const entry of entries) {
    const list = out.get(entry.taskId);
    if (list) list.push(entry);
    else out.set(entry.taskId, [entry]);
  }
  return out;
}
