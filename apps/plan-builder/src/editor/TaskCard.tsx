import { agenciesWithRole, type Role, type Task } from "@kehoach/plan-model";
import { Button } from "@kehoach/ui/button";
import { useId } from "react";
import type { Messages } from "../messages.js";
import { formatAgencyList, parseAgencyList } from "../state/plan-reducer.js";

interface TaskCardProps {
  task: Task;
  index: number;
  messages: Messages;
  onChange: (patch: Partial<Omit<Task, "id">>) => void;
  onAgenciesChange: (role: Role, names: string[]) => void;
  onTimeChange: (text: string) => void;
  onRemove: () => void;
}

export function TaskCard({
  task,
  index,
  messages: t,
  onChange,
  onAgenciesChange,
  onTimeChange,
  onRemove,
}: TaskCardProps) {
  const id = useId();
  const n = index + 1;
  return (
    <fieldset className="pb-task" data-task-id={task.id}>
      <legend>{t.taskLegend(n)}</legend>
      <label htmlFor={`${id}-content`}>{t.taskContent}</label>
      <textarea
        id={`${id}-content`}
        rows={3}
        value={task.title}
        onChange={(e) => onChange({ title: e.target.value })}
      />
      <div className="pb-task-grid">
        <div>
          <label htmlFor={`${id}-leads`}>{t.taskLeads}</label>
          <AgencyListField
            id={`${id}-leads`}
            hintId={`${id}-agency-hint`}
            value={agenciesWithRole(task, "lead").map((a) => a.name)}
            onChange={(names) => onAgenciesChange("lead", names)}
          />
        </div>
        <div>
          <label htmlFor={`${id}-supports`}>{t.taskSupports}</label>
          <AgencyListField
            id={`${id}-supports`}
            hintId={`${id}-agency-hint`}
            value={agenciesWithRole(task, "support").map((a) => a.name)}
            onChange={(names) => onAgenciesChange("support", names)}
          />
        </div>
      </div>
      <p id={`${id}-agency-hint`} className="pb-hint">
        {t.agencyListHint}
      </p>
      <div className="pb-task-grid">
        <div>
          <label htmlFor={`${id}-product`}>{t.taskProduct}</label>
          <input
            id={`${id}-product`}
            value={task.product ?? ""}
            onChange={(e) => onChange({ product: e.target.value === "" ? undefined : e.target.value })}
          />
        </div>
        <div>
          <label htmlFor={`${id}-time`}>{t.taskTime}</label>
          <input
            id={`${id}-time`}
            value={task.time.raw}
            aria-describedby={`${id}-time-hint`}
            onChange={(e) => onTimeChange(e.target.value)}
          />
          <p id={`${id}-time-hint`} className="pb-hint">
            {t.taskTimeHint}
          </p>
        </div>
      </div>
      <Button variant="ghost" onClick={onRemove}>
        {t.removeTask(n)}
      </Button>
    </fieldset>
  );
}

/**
 * Agencies typed one per line. The text is kept as typed while the field has focus (so a new,
 * still empty line does not vanish) and parsed into the list on every change.
 */
function AgencyListField(props: {
  id: string;
  hintId: string;
  value: string[];
  onChange: (names: string[]) => void;
}) {
  return (
    <textarea
      id={props.id}
      rows={3}
      aria-describedby={props.hintId}
      defaultValue={formatAgencyList(props.value)}
      onChange={(e) => props.onChange(parseAgencyList(e.target.value))}
    />
  );
}
