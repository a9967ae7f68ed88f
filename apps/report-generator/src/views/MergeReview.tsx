import type { Plan } from "@kehoach/plan-model";
import {
  type Decision,
  findTask,
  formatTotals,
  type PeriodEntry,
  showDate,
  type TaskMerge,
  totalIndicators,
} from "@kehoach/report-model";
import { Button } from "@kehoach/ui/button";
import { Dialog } from "@kehoach/ui/dialog";
import { RadioGroup } from "@kehoach/ui/radio-group";
import { useT } from "../i18n/context.js";

// The one review of two versions of the same progress: each task both sides changed, the
// office's version beside the other, and a choice per task; nothing is applied until every task
// is decided. Returns from agencies and period data files come here (CollectTab), and so do two
// devices of the unit that edited the same entry apart through the province hub (HubReview).

export interface MergeReviewProps {
  open: boolean;
  plan: Plan;
  title: string;
  description: string;
  conflicts: readonly TaskMerge[];
  /** The two sides' headings and the choice that takes the other side. */
  oursLabel: string;
  theirsLabel: string;
  useTheirsLabel: string;
  decisions: Readonly<Record<string, Decision>>;
  onDecide: (taskId: string, decision: Decision) => void;
  onCancel: () => void;
  onApply: () => void;
}

export function MergeReview(props: MergeReviewProps) {
  const t = useT();
  const { plan, conflicts, decisions } = props;
  const decided = conflicts.every((c) => decisions[c.taskId]);
  return (
    <Dialog
      open={props.open}
      onOpenChange={(open) => {
        if (!open && props.open) props.onCancel();
      }}
      title={props.title}
      description={props.description}
      size="lg"
      dismissOnOutsideClick={false}
      footer={
        props.open ? (
          <>
            <Button variant="secondary" onClick={props.onCancel}>
              {t.collect.cancel}
            </Button>
            <Button disabled={!decided} onClick={props.onApply}>
              {t.collect.apply}
            </Button>
          </>
        ) : undefined
      }
    >
      {conflicts.map((c) => {
        const task = findTask(plan, c.taskId);
        return (
          <section
            key={c.taskId}
            className="rg-conflict"
            aria-label={t.collect.differenceAt(task?.title ?? c.taskId)}
          >
            <h3>{task?.title ?? c.taskId}</h3>
            <div className="rg-conflict__sides">
              <Side title={props.oursLabel} entries={c.ours} />
              <Side title={props.theirsLabel} entries={c.theirs} />
            </div>
            <RadioGroup
              legend={t.collect.keepWhich(task?.title ?? c.taskId)}
              value={decisions[c.taskId] ?? null}
              onValueChange={(value) => props.onDecide(c.taskId, value as Decision)}
              options={[
                { value: "ours", label: t.collect.keepOurs },
                { value: "theirs", label: props.useTheirsLabel },
              ]}
            />
          </section>
        );
      })}
    </Dialog>
  );
}

function Side({ title, entries }: { title: string; entries: readonly PeriodEntry[] }) {
  const t = useT();
  return (
    <div className="rg-conflict__side">
      <h4>{title}</h4>
      {entries.length === 0 ? (
        <p>{t.collect.noData}</p>
      ) : (
        <dl>
          {entries.map((e) => (
            <div key={e.id}>
              <dt>{t.collect.dated(showDate(e.date))}</dt>
              <dd>
                {e.claimed ? t.statuses[e.claimed] : t.collect.states[e.state]}
                {e.percent !== undefined ? `, ${e.percent}%` : ""}
                {e.result ? ` — ${e.result}` : ""}
                {e.indicators.length > 0 ? ` — ${formatTotals(totalIndicators([e]))}` : ""}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
