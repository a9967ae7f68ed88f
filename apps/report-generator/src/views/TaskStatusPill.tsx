import { STATUS_SEVERITY, type TaskStatus } from "@kehoach/plan-model";
import { StatusPill } from "@kehoach/ui/status-pill";
import { useT } from "../i18n/context.js";

/** A task's status as plan-model names it (in the screen's language), in the tone of its severity. */
export function TaskStatusPill({ status, compact }: { status: TaskStatus; compact?: boolean }) {
  const t = useT();
  return <StatusPill tone={STATUS_SEVERITY[status]} label={t.statuses[status]} compact={compact} />;
}
