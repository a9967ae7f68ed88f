import { periodLabel, STATUS_LABELS } from "@kehoach/plan-model";
import {
  type AgencyReturn,
  applyMerge,
  authoriseReturn,
  checkPeriodDataTarget,
  checkReturnTarget,
  createAgencyReturn,
  type Decision,
  findTask,
  formatProblems,
  formatTotals,
  leadingAgencies,
  type MergePlan,
  type PeriodEntry,
  parseAgencyReturnJson,
  parsePeriodDataJson,
  planMerge,
  serializeReportFile,
  showDate,
  totalIndicators,
  workNodes,
} from "@kehoach/report-model";
import { Alert } from "@kehoach/ui/alert";
import { Button } from "@kehoach/ui/button";
import { Dialog } from "@kehoach/ui/dialog";
import { FileDrop } from "@kehoach/ui/file-drop";
import { RadioGroup } from "@kehoach/ui/radio-group";
import { download, MIME, safeFileName } from "@kehoach/vanban/browser/download";
import { useState } from "react";
import type { Office } from "../state/use-office.js";

type Outcome = { tone: "success" | "error" | "info"; title: string; text: string };

/** A file whose entries are to be merged: an agency's return, or a period data file. */
interface Incoming {
  /** Who it comes from: "Văn phòng HĐND và UBND xã", "tệp dữ liệu kỳ". */
  from: string;
  /** The file as messages name it: "tệp của Văn phòng HĐND và UBND xã", "tệp dữ liệu kỳ". */
  what: string;
  taskIds: string[];
  entries: PeriodEntry[];
  /** The return's id, the office's record of it having been checked (authoriseReturn). */
  returnId?: string;
  /** The common past: what the office issued, or took from this return at its last import. */
  base?: PeriodEntry[];
}

interface PendingMerge {
  file: Incoming;
  plan: MergePlan;
}

/** Collection without a server: a return file per agency out, filled returns in, merged with care. */
export function CollectTab({ office, issuer }: { office: Office; issuer: string }) {
  const { plan, period, cutoff, log, report } = office;
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [pending, setPending] = useState<PendingMerge | null>(null);
  const [queue, setQueue] = useState<Incoming[]>([]);
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  if (!plan || !period || !report) return null;
  const agencies = leadingAgencies(plan);

  const exportFor = async (agencyKey: string) => {
    const store = office.store.current;
    if (!store) return;
    const file = createAgencyReturn({
      plan,
      period,
      cutoff,
      log,
      agencyKey,
      issuedBy: issuer,
      returnId: crypto.randomUUID(),
    });
    await store.issue({
      returnId: file.returnId,
      planId: plan.id,
      periodKey: report.periodKey,
      agencyKey,
      agencyName: file.agency.name,
      issuedAt: file.issuedAt,
      taskIds: file.tasks.map((t) => t.id),
      base: file.base,
    });
    download(
      serializeReportFile(file),
      safeFileName(`Phiếu báo cáo ${periodLabel(period)} - ${file.agency.name}.json`),
      MIME.json,
    );
    setOutcomes((list) => [
      {
        tone: "info",
        title: `Đã xuất tệp cho ${file.agency.name}`,
        text: `${file.tasks.length} nhiệm vụ, ${periodLabel(period)}.`,
      },
      ...list,
    ]);
  };

  // Each file is checked and merged on its own; one refused file leaves the others and the data as they were.
  const startNext = async (files: Incoming[], log: PeriodEntry[]) => {
    const [file, ...rest] = files;
    setQueue(rest);
    if (!file) return;
    const merge = planMerge({
      window: report.window,
      taskIds: file.taskIds,
      ours: log,
      theirs: file.entries,
      base: file.base,
    });
    if (merge.conflicts.length === 0) await apply(file, merge, {}, log, rest);
    else {
      setDecisions({});
      setPending({ file, plan: merge });
    }
  };

  const apply = async (
    file: Incoming,
    merge: MergePlan,
    chosen: Record<string, Decision>,
    current: PeriodEntry[],
    rest: Incoming[],
  ) => {
    const result = applyMerge(current, merge, chosen);
    if (!result.ok) return;
    if (result.changedTasks.length > 0) await office.replaceLog(result.log);
    // A corrected return sent again is compared with what was taken from it now.
    const issued = file.returnId ? await office.store.current?.issued(file.returnId) : undefined;
    if (issued) await office.store.current?.issue({ ...issued, lastImported: result.taken });
    const kept = merge.tasks.filter(
      (t) => t.kind === "kept" || (t.kind === "conflict" && chosen[t.taskId] === "ours"),
    ).length;
    setOutcomes((list) => [
      {
        tone: "success",
        title: `Đã nhập ${file.what}`,
        text: `Cập nhật ${result.changedTasks.length} nhiệm vụ; giữ nguyên số liệu của văn phòng ở ${kept} nhiệm vụ; ${merge.tasks.filter((t) => t.kind === "same").length} nhiệm vụ không có thay đổi.`,
      },
      ...list,
    ]);
    setPending(null);
    await startNext(rest, result.log);
  };

  const onFiles = async (files: File[]) => {
    const accepted: Incoming[] = [];
    const refused: Outcome[] = [];
    for (const f of files) {
      const read = parseAgencyReturnJson(await f.text());
      if (!read.ok) {
        refused.push({
          tone: "error",
          title: `Không nhập tệp “${f.name.normalize("NFC")}”`,
          text: `${formatProblems(read.problems)} Dữ liệu hiện có giữ nguyên.`,
        });
        continue;
      }
      const check = checkReturnTarget(read.value, plan, period, cutoff);
      const issued = check.ok ? await office.store.current?.issued(read.value.returnId) : undefined;
      const authority = check.ok ? authoriseReturn(read.value, issued, plan, log) : check;
      if (!authority.ok) {
        refused.push({
          tone: "error",
          title: `Không nhập tệp “${f.name.normalize("NFC")}”`,
          text: authority.message,
        });
        continue;
      }
      accepted.push({ ...fromReturn(read.value), base: authority.base });
    }
    setOutcomes((list) => [...refused, ...list]);
    await startNext(accepted, [...log]);
  };

  const onPeriodData = async (files: File[]) => {
    const [f] = files;
    if (!f) return;
    const refuse = (text: string) =>
      setOutcomes((list) => [
        { tone: "error", title: `Không nhập tệp “${f.name.normalize("NFC")}”`, text },
        ...list,
      ]);
    const read = parsePeriodDataJson(await f.text());
    if (!read.ok) return refuse(`${formatProblems(read.problems)} Dữ liệu hiện có giữ nguyên.`);
    const check = checkPeriodDataTarget(read.value, plan, period, cutoff);
    if (!check.ok) return refuse(check.message);
    await startNext(
      [
        {
          from: "tệp dữ liệu kỳ",
          what: "tệp dữ liệu kỳ",
          taskIds: workNodes(plan).map((n) => n.task.id),
          entries: read.value.entries,
        },
      ],
      [...log],
    );
  };

  const conflictCount = pending?.plan.conflicts.length ?? 0;
  const decided = pending ? pending.plan.conflicts.every((c) => decisions[c.taskId]) : false;
  return (
    <div className="rg-collect">
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">1. Gửi tệp báo cáo cho các cơ quan</h2>
        <p className="rg-hint">
          Mỗi cơ quan nhận một tệp chỉ gồm các nhiệm vụ mình chủ trì, đã điền sẵn số liệu hiện có. Cơ quan mở
          tệp bằng chính ứng dụng này (thẻ “Cơ quan điền báo cáo”), điền và gửi lại.
        </p>
        <ul className="rg-agency-list">
          {agencies.map((a) => (
            <li key={a.key}>
              <span>
                {a.name} <span className="rg-muted">({a.taskIds.length} nhiệm vụ)</span>
              </span>
              <Button variant="secondary" size="sm" onClick={() => void exportFor(a.key)}>
                Xuất tệp cho {a.name}
              </Button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="import-heading">
        <h2 id="import-heading">2. Nhập tệp các cơ quan gửi lại</h2>
        <FileDrop
          label="Tệp báo cáo của cơ quan (.json)"
          extensions={[".json"]}
          maxBytes={20 * 1024 * 1024}
          multiple
          onFiles={(files) => void onFiles(files)}
        />
        <div className="rg-outcomes" aria-live="polite">
          {outcomes.map((o, i) => (
            <Alert
              key={`${o.title}-${outcomes.length - i}`}
              tone={o.tone}
              title={o.title}
              live={o.tone === "error"}
            >
              {o.text}
            </Alert>
          ))}
        </div>
      </section>
      <section aria-labelledby="period-data-heading">
        <h2 id="period-data-heading">3. Nhập tệp dữ liệu kỳ</h2>
        <p className="rg-hint">
          Tệp “dữ liệu kỳ” xuất từ thẻ Báo cáo (ở máy khác hoặc trước đây): chỉ nhận tệp của cùng kế hoạch và
          kỳ; nhiệm vụ có số liệu khác với hiện có được hỏi từng nhiệm vụ.
        </p>
        <FileDrop
          label="Tệp dữ liệu kỳ (.json)"
          extensions={[".json"]}
          maxBytes={20 * 1024 * 1024}
          onFiles={(files) => void onPeriodData(files)}
        />
      </section>
      <Dialog
        open={pending !== null}
        onOpenChange={(open) => {
          if (!open && pending) {
            setOutcomes((list) => [
              {
                tone: "info",
                title: `Chưa nhập ${pending.file.what}`,
                text: "Đã hủy; dữ liệu hiện có giữ nguyên.",
              },
              ...list,
            ]);
            setPending(null);
            void startNext(queue, [...office.log]);
          }
        }}
        title={pending ? `Số liệu khác nhau — ${pending.file.from}` : ""}
        description={`${conflictCount} nhiệm vụ ${
          pending?.file.returnId
            ? "đã được cả văn phòng và cơ quan sửa sau khi gửi tệp"
            : "có số liệu trong tệp khác với số liệu hiện có"
        }. Chọn số liệu giữ lại cho từng nhiệm vụ; chưa chọn đủ thì chưa nhập gì.`}
        size="lg"
        dismissOnOutsideClick={false}
        footer={
          pending ? (
            <>
              <Button
                variant="secondary"
                onClick={() => {
                  setOutcomes((list) => [
                    {
                      tone: "info",
                      title: `Chưa nhập ${pending.file.what}`,
                      text: "Đã hủy; dữ liệu hiện có giữ nguyên.",
                    },
                    ...list,
                  ]);
                  setPending(null);
                  void startNext(queue, [...office.log]);
                }}
              >
                Hủy, không nhập
              </Button>
              <Button
                disabled={!decided}
                onClick={() => void apply(pending.file, pending.plan, decisions, [...office.log], queue)}
              >
                Áp dụng lựa chọn
              </Button>
            </>
          ) : undefined
        }
      >
        {pending?.plan.conflicts.map((c) => {
          const task = findTask(plan, c.taskId);
          return (
            <section
              key={c.taskId}
              className="rg-conflict"
              aria-label={`Khác biệt ở nhiệm vụ ${task?.title ?? c.taskId}`}
            >
              <h3>{task?.title ?? c.taskId}</h3>
              <div className="rg-conflict__sides">
                <Side title="Số liệu của văn phòng" entries={c.ours} />
                <Side title={`Số liệu trong ${pending.file.what}`} entries={c.theirs} />
              </div>
              <RadioGroup
                legend={`Giữ số liệu nào cho nhiệm vụ “${task?.title ?? c.taskId}”?`}
                value={decisions[c.taskId] ?? null}
                onValueChange={(value) => setDecisions((d) => ({ ...d, [c.taskId]: value as Decision }))}
                options={[
                  { value: "ours", label: "Giữ số liệu của văn phòng" },
                  {
                    value: "theirs",
                    label: pending.file.returnId ? "Dùng số liệu của cơ quan" : "Dùng số liệu trong tệp",
                  },
                ]}
              />
            </section>
          );
        })}
      </Dialog>
    </div>
  );
}

function fromReturn(file: AgencyReturn): Incoming {
  return {
    from: file.agency.name,
    what: `tệp của ${file.agency.name}`,
    taskIds: file.tasks.map((t) => t.id),
    entries: file.entries,
    returnId: file.returnId,
  };
}

function Side({ title, entries }: { title: string; entries: PeriodEntry[] }) {
  return (
    <div className="rg-conflict__side">
      <h4>{title}</h4>
      {entries.length === 0 ? (
        <p>Chưa có số liệu.</p>
      ) : (
        <dl>
          {entries.map((e) => (
            <div key={e.id}>
              <dt>Ngày {showDate(e.date)}</dt>
              <dd>
                {e.claimed
                  ? STATUS_LABELS[e.claimed]
                  : e.state === "done"
                    ? "Đã hoàn thành"
                    : e.state === "in_progress"
                      ? "Đang thực hiện"
                      : "Chưa thực hiện"}
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
