import { STATUS_SEVERITY, statusLabel, type TaskStatus } from "@kehoach/plan-model";
import { StatusPill } from "@kehoach/ui/status-pill";

/** A task's status as plan-model names it, in the tone of its severity. */
export function TaskStatusPill({ status, compact }: { status: TaskStatus; compact?: boolean }) {
  return <StatusPill tone={STATUS_SEVERITY[status]} label={statusLabel(status)} compact={compact} />;
}
