import { periodLabel, periodLabelEn } from "@kehoach/plan-model";
import {
  type AgencyReturn,
  applyMerge,
  authoriseReturn,
  checkPeriodDataTarget,
  checkReturnTarget,
  createAgencyReturn,
  type Decision,
  formatProblems,
  leadingAgencies,
  type MergePlan,
  type PeriodEntry,
  parseAgencyReturnJson,
  parsePeriodDataJson,
  planMerge,
  serializeReportFile,
  workNodes,
} from "@kehoach/report-model";
import { Alert } from "@kehoach/ui/alert";
import { Button } from "@kehoach/ui/button";
import { FileDrop } from "@kehoach/ui/file-drop";
import { download, MIME, safeFileName } from "@kehoach/vanban/browser/download";
import { useState } from "react";
import { useLanguage, useT } from "../i18n/context.js";
import type { Messages } from "../i18n/vi.js";
import type { Office } from "../state/use-office.js";
import { MergeReview } from "./MergeReview.js";

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

/**
 * Collection without a server: a return file per agency out, filled returns in, merged with care.
 * The messages shown are those of the last action (an export, a batch of returns, a period file):
 * a refusal never sits under the success of an earlier, unrelated action.
 */
export function CollectTab({ office, issuer }: { office: Office; issuer: string }) {
  const t = useT();
  const { lang } = useLanguage();
  const { plan, period, cutoff, log, report } = office;
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [pending, setPending] = useState<PendingMerge | null>(null);
  const [queue, setQueue] = useState<Incoming[]>([]);
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  if (!plan || !period || !report) return null;
  const agencies = leadingAgencies(plan);

  const exportFor = (agencyKey: string) => {
    const file = createAgencyReturn({
      plan,
      period,
      cutoff,
      log,
      agencyKey,
      issuedBy: issuer,
      returnId: crypto.randomUUID(),
    });
    // The record is what authorises the return when it comes back: it is queued like every write,
    // and a refusal of the browser's storage is said on screen and retried.
    office.persist({
      op: "issue",
      record: {
        returnId: file.returnId,
        planId: plan.id,
        periodKey: report.periodKey,
        agencyKey,
        agencyName: file.agency.name,
        issuedAt: file.issuedAt,
        taskIds: file.tasks.map((t) => t.id),
        base: file.base,
      },
    });
    download(
      serializeReportFile(file),
      safeFileName(`Phiếu báo cáo ${periodLabel(period)} - ${file.agency.name}.json`),
      MIME.json,
    );
    setOutcomes([
      {
        tone: "info",
        title: t.collect.exported(file.agency.name),
        text: t.collect.exportedText(
          file.tasks.length,
          (lang === "en" ? periodLabelEn : periodLabel)(period),
        ),
      },
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
    const issued = file.returnId ? await office.issued(file.returnId) : undefined;
    if (issued) office.persist({ op: "issue", record: { ...issued, lastImported: result.taken } });
    const kept = merge.tasks.filter(
      (t) => t.kind === "kept" || (t.kind === "conflict" && chosen[t.taskId] === "ours"),
    ).length;
    setOutcomes((list) => [
      {
        tone: "success",
        title: t.collect.imported(file.what),
        text: t.collect.importedText(
          result.changedTasks.length,
          kept,
          merge.tasks.filter((x) => x.kind === "same").length,
        ),
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
          title: t.collect.refused(f.name.normalize("NFC")),
          text: `${formatProblems(read.problems)} ${t.collect.keptAsIs}`,
        });
        continue;
      }
      const check = checkReturnTarget(read.value, plan, period, cutoff);
      const issued = check.ok ? await office.issued(read.value.returnId) : undefined;
      const authority = check.ok ? authoriseReturn(read.value, issued, plan, log) : check;
      if (!authority.ok) {
        refused.push({
          tone: "error",
          title: t.collect.refused(f.name.normalize("NFC")),
          text: authority.message,
        });
        continue;
      }
      accepted.push({ ...fromReturn(read.value, t), base: authority.base });
    }
    // A new batch: its messages replace those of the last action.
    setOutcomes(refused);
    await startNext(accepted, [...log]);
  };

  const onPeriodData = async (files: File[]) => {
    const [f] = files;
    if (!f) return;
    setOutcomes([]);
    const refuse = (text: string) =>
      setOutcomes([{ tone: "error", title: t.collect.refused(f.name.normalize("NFC")), text }]);
    const read = parsePeriodDataJson(await f.text());
    if (!read.ok) return refuse(`${formatProblems(read.problems)} ${t.collect.keptAsIs}`);
    const check = checkPeriodDataTarget(read.value, plan, period, cutoff);
    if (!check.ok) return refuse(check.message);
    await startNext(
      [
        {
          from: t.collect.periodData,
          what: t.collect.periodData,
          taskIds: workNodes(plan).map((n) => n.task.id),
          entries: read.value.entries,
        },
      ],
      [...log],
    );
  };

  const conflictCount = pending?.plan.conflicts.length ?? 0;
  return (
    <div className="rg-collect">
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{t.collect.exportHeading}</h2>
        <p className="rg-hint">{t.collect.exportIntro}</p>
        <ul className="rg-agency-list">
          {agencies.map((a) => (
            <li key={a.key}>
              <span>
                {a.name} <span className="rg-muted">{t.collect.agencyTasks(a.taskIds.length)}</span>
              </span>
              <Button variant="secondary" size="sm" onClick={() => exportFor(a.key)}>
                {t.collect.exportFor(a.name)}
              </Button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="import-heading">
        <h2 id="import-heading">{t.collect.importHeading}</h2>
        <FileDrop
          label={t.collect.returnFile}
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
        <h2 id="period-data-heading">{t.collect.periodDataHeading}</h2>
        <p className="rg-hint">{t.collect.periodDataIntro}</p>
        <FileDrop
          label={t.collect.periodDataFile}
          extensions={[".json"]}
          maxBytes={20 * 1024 * 1024}
          onFiles={(files) => void onPeriodData(files)}
        />
      </section>
      <MergeReview
        open={pending !== null}
        plan={plan}
        title={pending ? t.collect.conflictTitle(pending.file.from) : ""}
        description={t.collect.conflictText(conflictCount, Boolean(pending?.file.returnId))}
        conflicts={pending?.plan.conflicts ?? []}
        oursLabel={t.collect.ours}
        theirsLabel={pending ? t.collect.theirs(pending.file.what) : ""}
        useTheirsLabel={pending?.file.returnId ? t.collect.useAgency : t.collect.useFile}
        decisions={decisions}
        onDecide={(taskId, decision) => setDecisions((d) => ({ ...d, [taskId]: decision }))}
        onCancel={() => {
          if (!pending) return;
          setOutcomes((list) => [
            {
              tone: "info",
              title: t.collect.notImported(pending.file.what),
              text: t.collect.cancelled,
            },
            ...list,
          ]);
          setPending(null);
          void startNext(queue, [...office.log]);
        }}
        onApply={() => {
          if (pending) void apply(pending.file, pending.plan, decisions, [...office.log], queue);
        }}
      />
    </div>
  );
}

function fromReturn(file: AgencyReturn, t: Messages): Incoming {
  return {
    from: file.agency.name,
    what: t.collect.agencyFile(file.agency.name),
    taskIds: file.tasks.map((task) => task.id),
    entries: file.entries,
    returnId: file.returnId,
  };
}
