import { periodLabel, periodLabelEn } from "@kehoach/plan-model";
import {
  type AgencyReturn,
  formatProblems,
  type PeriodEntry,
  parseAgencyReturnJson,
  periodKey,
  returnAsPlan,
  serializeReportFile,
  windowPhrase,
  windowPhraseEn,
} from "@kehoach/report-model";
import { Alert } from "@kehoach/ui/alert";
import { Button } from "@kehoach/ui/button";
import { FileDrop } from "@kehoach/ui/file-drop";
import { Select } from "@kehoach/ui/select";
import { TextField } from "@kehoach/ui/text-field";
import { download, MIME, safeFileName } from "@kehoach/vanban/browser/download";
import { useEffect, useMemo, useState } from "react";
import { useLanguage, useT } from "../i18n/context.js";
import type { Office } from "../state/use-office.js";
import { TaskList } from "./TaskList.js";

/**
 * The agency's side: it opens the return file the office sent, fills in its own tasks (the same
 * form the office uses) and saves the file to send back. The file is kept in this browser while
 * it is being filled, apart from the office's data.
 */
export function AgencyTab({ office }: { office: Office }) {
  const store = office.store.current;
  const t = useT();
  const { lang } = useLanguage();
  // What the screen shows of a period in its language; file names stay Vietnamese.
  const shownPeriod = lang === "en" ? periodLabelEn : periodLabel;
  const shownWindow = lang === "en" ? windowPhraseEn : windowPhrase;
  const [files, setFiles] = useState<AgencyReturn[]>([]);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    if (!store) return;
    void store.agencyReturns().then((stored) => {
      // Files whose last change is still waiting to be written show as typed.
      const waiting = office.pending.current.agencyReturns();
      const list = [...waiting, ...stored.filter((f) => !waiting.some((w) => w.returnId === f.returnId))];
      setFiles(list);
      setCurrentId((id) => id ?? list[0]?.returnId ?? null);
    });
  }, [store, office.pending]);

  const current = files.find((f) => f.returnId === currentId) ?? null;
  const plan = useMemo(() => (current ? returnAsPlan(current) : null), [current]);
  const log = useMemo(() => (current ? [...current.history, ...current.entries] : []), [current]);

  const update = (file: AgencyReturn) => {
    setFiles((list) => [file, ...list.filter((f) => f.returnId !== file.returnId)]);
    office.persist({ op: "agencyReturn", file });
  };

  const open = async (list: File[]) => {
    const [f] = list;
    if (!f) return;
    const read = parseAgencyReturnJson(await f.text());
    // One message per action: opening a file replaces what the last action said.
    setDone(null);
    if (!read.ok) {
      setProblem(t.agency.cannotOpenFile(f.name.normalize("NFC"), formatProblems(read.problems)));
      return;
    }
    setProblem(null);
    const known = files.find((x) => x.returnId === read.value.returnId);
    // Opening the same file again keeps what was already typed into it.
    if (!known) update(read.value);
    setCurrentId(read.value.returnId);
  };

  const save = (entry: PeriodEntry) => {
    if (!current) return;
    const entries = [...current.entries.filter((e) => e.id !== entry.id), entry];
    update({ ...current, entries });
  };

  const exportFilled = () => {
    if (!current) return;
    const filled: AgencyReturn = { ...current, filledAt: new Date().toISOString() };
    update(filled);
    setProblem(null);
    const name = safeFileName(
      `Báo cáo ${periodLabel(current.period)} - ${current.agency.name} - đã điền.json`,
    );
    download(serializeReportFile(filled), name, MIME.json);
    setDone(t.agency.savedText(name, current.issuedBy));
  };

  return (
    <div className="rg-agency">
      <p className="rg-hint">{t.agency.intro}</p>
      <FileDrop
        label={t.agency.file}
        extensions={[".json"]}
        maxBytes={20 * 1024 * 1024}
        onFiles={(list) => void open(list)}
      />
      {problem ? (
        <Alert tone="error" live title={t.agency.cannotOpen}>
          {problem}
        </Alert>
      ) : null}
      {files.length > 1 ? (
        <Select
          label={t.agency.current}
          value={currentId ?? ""}
          options={files.map((f) => ({
            value: f.returnId,
            label: `${f.agency.name} — ${shownPeriod(f.period)}`,
          }))}
          onChange={(e) => setCurrentId(e.target.value)}
        />
      ) : null}
      {current && plan ? (
        <section aria-labelledby="agency-heading" className="rg-agency__file">
          <h2 id="agency-heading">{t.agency.heading(current.agency.name, shownPeriod(current.period))}</h2>
          <p>
            {t.agency.plan(current.planTitle, shownWindow(current.window))} {current.issuedBy}.
          </p>
          <TextField
            label={t.agency.reporter}
            value={current.filledBy ?? ""}
            onChange={(e) => update({ ...current, filledBy: e.target.value })}
          />
          <TaskList
            key={current.returnId}
            plan={plan}
            log={log}
            window={current.window}
            periodKey={periodKey(current.period)}
            defaultDate={current.window.to}
            reporter={{ name: current.agency.name, ...(current.agency.id ? { id: current.agency.id } : {}) }}
            onSave={save}
          />
          <div className="rg-actions">
            <Button onClick={exportFilled}>{t.agency.save}</Button>
          </div>
          {done ? (
            <Alert tone="success" live title={t.agency.saved}>
              {done}
            </Alert>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
