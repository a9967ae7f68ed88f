import type { ImportFinding, ImportResult, LineRange } from "@kehoach/plan-import";
import {
  type AgencyRef,
  createAgencyMatcher,
  describePath,
  formatTime,
  type PathSegment,
  type Plan,
} from "@kehoach/plan-model";
import { parsePath } from "@kehoach/plan-model/editing";
import { formatShortDate } from "@kehoach/text-vi";
import { Alert } from "@kehoach/ui/alert";
import { Badge } from "@kehoach/ui/badge";
import { Button } from "@kehoach/ui/button";
import { FileDrop } from "@kehoach/ui/file-drop";
import { WordedText } from "@kehoach/ui/messages";
import { TextArea } from "@kehoach/ui/text-area";
import { TextField } from "@kehoach/ui/text-field";
import { loadPdfJs } from "@kehoach/vanban/browser/pdfjs";
import { useEffect, useMemo, useRef, useState } from "react";
import { WriteFailureText } from "../editor/SaveStatus.js";
import { type Lang, useLanguage } from "../i18n/context.js";
import { editorHref, LIBRARY_HREF, navigate } from "../routing/hash-route.js";
import { Shell } from "../shell/Shell.js";
import { siteLocality } from "../shell/site-locality.js";
import { useStore } from "../state/store-context.js";
import { announceLibraryChange } from "../state/tabs.js";
import { describeWriteError, type WriteFailure } from "../state/write-failure.js";

// An existing plan brought in from Word or text, reviewed before anything is saved: the source as
// read, line by line, beside the plan the importer made of it; what it was unsure of is marked on
// both sides, and each mark leads to the lines it came from. The title and year can be put right
// here; everything else is edited in the editor once the plan is saved.

type Ok = Extract<ImportResult, { ok: true }>;
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
const MAX_BYTES = 20 * 1024 * 1024;

/** Why nothing was imported, in both languages: the screen's language may change meanwhile. */
type Refusal = { vi: string; en: string };

export function ImportScreen() {
  const { t, lang } = useLanguage();
  const store = useStore();
  const [result, setResult] = useState<Ok | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  const [pasted, setPasted] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${t.importText.heading} · ${t.app.title}`;
  }, [t]);

  const run = async (
    read: (lib: typeof import("@kehoach/plan-import")) => Promise<ImportResult> | ImportResult,
  ) => {
    setBusy(true);
    setRefusal(null);
    try {
      const lib = await import("@kehoach/plan-import");
      const outcome = await read(lib);
      if (outcome.ok) setResult(outcome);
      else setRefusal({ vi: outcome.message, en: outcome.messageEn });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setRefusal({ vi: message, en: message });
    } finally {
      setBusy(false);
    }
  };
  const options = (name?: string) => ({
    locality: siteLocality.locality,
    // A PDF is read with the pdf.js the preview already set up (its worker); a .doc is refused with the reason.
    pdfjs: loadPdfJs,
    ...(name ? { fileName: name } : {}),
  });

  if (result) {
    return (
      <Review
        result={result}
        fileName={fileName}
        onDiscard={() => {
          setResult(null);
          setFileName(null);
        }}
        onSave={async (plan) => {
          const lib = await import("@kehoach/plan-import");
          const checked = lib.toPlan({ ...result, plan });
          if (!checked.ok)
            throw new Error(
              checked.problems
                .map((p) => (lang === "en" ? `${p.whereEn}: ${p.messageEn}` : `${p.where}: ${p.message}`))
                .join("; "),
            );
          const stored = await store.read(checked.plan.id);
          const toSave =
            stored.ok || stored.reason === "invalid"
              ? { ...checked.plan, id: crypto.randomUUID() }
              : checked.plan;
          try {
            await store.save(toSave);
          } catch (error) {
            throw new WriteRefused(describeWriteError(error));
          }
          announceLibraryChange();
          navigate(editorHref(toSave.id));
        }}
      />
    );
  }

  return (
    <Shell>
      <div className="pb-screen">
        <a className="pb-back" href={LIBRARY_HREF}>
          {t.editor.backToLibrary}
        </a>
        <h1 className="pb-screen__title">{t.importText.heading}</h1>
        <p className="pb-hint">{t.importText.intro}</p>
        {refusal ? (
          <Alert tone="error" live title={t.importText.refused}>
            {lang === "en" ? refusal.en : refusal.vi}
          </Alert>
        ) : null}
        <div className="pb-import-start">
          <FileDrop
            label={t.importText.fileLabel}
            extensions={[".docx", ".pdf", ".txt", ".md", ".doc"]}
            maxBytes={MAX_BYTES}
            disabled={busy}
            onFiles={(files) => {
              const file = files[0];
              if (!file) return;
              setFileName(file.name.normalize("NFC"));
              void run(async (lib) =>
                lib.importFile(new Uint8Array(await file.arrayBuffer()), options(file.name.normalize("NFC"))),
              );
            }}
          />
          <div>
            <TextArea
              label={t.importText.pasteLabel}
              hint={t.importText.pasteHint}
              rows={10}
              value={pasted}
              onChange={(e) => setPasted(e.target.value)}
            />
            <Button
              variant="secondary"
              disabled={busy || pasted.trim() === ""}
              onClick={() => {
                setFileName(null);
                void run((lib) => lib.importText(pasted, options()));
              }}
            >
              {busy ? t.importText.reading : t.importText.readPasted}
            </Button>
          </div>
        </div>
      </div>
    </Shell>
  );
}

function Review({
  result,
  fileName,
  onDiscard,
  onSave,
}: {
  result: Ok;
  fileName: string | null;
  onDiscard: () => void;
  onSave: (plan: Plan) => Promise<void>;
}) {
  const { t, lang } = useLanguage();
  const [title, setTitle] = useState(result.plan.title);
  const [yearText, setYearText] = useState(String(result.plan.planYear));
  const [selected, setSelected] = useState<LineRange | null>(null);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | WriteFailure | null>(null);
  const source = useRef<HTMLOListElement>(null);
  const plan = result.plan;
  const findings = useMemo(
    () => [...result.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]),
    [result.findings],
  );
  // The worst finding on each source line, for the marks beside the source.
  const marks = useMemo(() => {
    const byLine = new Map<number, ImportFinding["severity"]>();
    for (const f of result.findings) {
      if (!f.lines) continue;
      for (let n = f.lines.from; n <= f.lines.to; n++) {
        const current = byLine.get(n);
        if (!current || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[current]) byLine.set(n, f.severity);
      }
    }
    return byLine;
  }, [result.findings]);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) counts[f.severity]++;
  const year = Number(yearText);
  const validYear = /^\d{4}$/.test(yearText.trim()) && year >= 1900 && year <= 2200;

  const show = (lines: LineRange | undefined) => {
    if (!lines) return;
    setSelected(lines);
    const first = source.current?.querySelector<HTMLElement>(`[data-line="${lines.from}"]`);
    first?.scrollIntoView({ block: "center" });
    source.current?.focus({ preventScroll: true });
  };
  const fieldLines = (target: string) => result.fields.find((f) => f.target === target);
  const linesLabel = (lines: LineRange) =>
    lines.from === lines.to ? t.importText.line(lines.from) : t.importText.lines(lines.from, lines.to);
  const where = (target: string | undefined) =>
    target ? describePath(parsePath(target) as PathSegment[], lang) : "";
  const matcher = useMemo(
    () => createAgencyMatcher(siteLocality.directory, { abbreviations: plan.abbreviations }),
    [plan],
  );
  // A name as written, and the directory's name for it when that differs ("Phòng VH-XH → Phòng Văn hóa - Xã hội").
  const agencyName = (ref: AgencyRef) => {
    const match = matcher.resolve(ref);
    return match.status === "matched" && match.agency.name !== ref.name
      ? `${ref.name} → ${match.agency.name}`
      : ref.name;
  };

  const header: { label: string; value: string; target: string }[] = [
    { label: t.header.issuer, value: plan.issuer.name, target: "issuer" },
    {
      label: t.importText.numberSymbol,
      value: `${plan.number ?? "…"}/${plan.symbol || "…"}`,
      target: "number",
    },
    {
      label: t.importText.placeDate,
      value: `${plan.place || "…"}, ${formatShortDate(plan.issuedOn)}`,
      target: "issuedOn",
    },
    {
      label: t.parts.signer,
      value: plan.signer ? [plan.signer.title, plan.signer.name].filter(Boolean).join(" ") : "…",
      target: "signer",
    },
  ];

  return (
    <Shell>
      <div className="pb-screen pb-import-screen">
        <h1 className="pb-screen__title">{t.importText.reviewHeading}</h1>
        <p className="pb-hint">
          {t.importText.summary(
            fileName ?? t.importText.pastedText,
            result.docType,
            result.stats.tasks,
            counts.error,
            counts.warning,
            counts.info,
          )}
        </p>
        {problem ? (
          <Alert tone="error" live title={t.importText.saveFailed}>
            {typeof problem === "string" ? problem : <WriteFailureText failure={problem} />}
          </Alert>
        ) : null}
        <div className="pb-row">
          <Button
            disabled={saving || !validYear || title.trim() === ""}
            onClick={async () => {
              setSaving(true);
              setProblem(null);
              try {
                await onSave({ ...plan, title: title.trim(), planYear: year });
              } catch (error) {
                // The review stays as it is: saving again is one click.
                setProblem(
                  error instanceof WriteRefused
                    ? error.failure
                    : error instanceof Error
                      ? error.message
                      : String(error),
                );
                setSaving(false);
              }
            }}
          >
            {t.importText.save}
          </Button>
          <Button variant="secondary" onClick={onDiscard} disabled={saving}>
            {t.importText.discard}
          </Button>
        </div>
        <div className="pb-import-review">
          <section className="pb-import-source" aria-labelledby="pb-source-heading">
            <h2 id="pb-source-heading" className="pb-side__title">
              {t.importText.source}
            </h2>
            <p className="pb-hint">{t.importText.sourceHint}</p>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the long source must be reachable by keyboard to be read and scrolled */}
            <ol ref={source} className="pb-source" tabIndex={0} aria-label={t.importText.source}>
              {result.source.map((text, i) => {
                const n = i + 1;
                const inSelection = selected !== null && n >= selected.from && n <= selected.to;
                const mark = marks.get(n);
                return (
                  <li key={n} data-line={n} data-mark={mark} data-selected={inSelection || undefined}>
                    <span className="pb-source__n" aria-hidden="true">
                      {n}
                    </span>
                    <span className="pb-source__text">{text || " "}</span>
                    {mark ? <span className="kh-visually-hidden"> ({t.checks.severity[mark]})</span> : null}
                  </li>
                );
              })}
            </ol>
          </section>
          <section className="pb-import-plan" aria-labelledby="pb-extracted-heading">
            <h2 id="pb-extracted-heading" className="pb-side__title">
              {t.importText.extracted}
            </h2>
            <h3 className="pb-subheading">{t.importText.findings(findings.length)}</h3>
            {findings.length === 0 ? <p className="pb-hint">{t.importText.noFindings}</p> : null}
            <ul className="pb-findings">
              {findings.map((f, i) => (
                <li key={`${f.code}-${i}`} className="pb-finding" data-severity={f.severity}>
                  <span className="pb-finding__message">
                    <Badge
                      tone={f.severity === "error" ? "error" : f.severity === "warning" ? "warning" : "info"}
                    >
                      {t.checks.severity[f.severity]}
                    </Badge>{" "}
                    {f.target ? <strong>{where(f.target)}: </strong> : null}
                    <FindingMessage finding={f} lang={lang} />
                  </span>
                  {f.lines ? (
                    <Button variant="ghost" size="sm" onClick={() => show(f.lines)}>
                      {t.importText.showLines(linesLabel(f.lines))}
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
            <h3 className="pb-subheading">{t.importText.headerHeading}</h3>
            <div className="pb-grid-2">
              <TextField label={t.header.title} value={title} onChange={(e) => setTitle(e.target.value)} />
              <TextField
                label={t.header.planYear}
                inputMode="numeric"
                value={yearText}
                error={validYear ? undefined : t.header.planYearInvalid}
                onChange={(e) => setYearText(e.target.value)}
              />
            </div>
            <dl className="pb-import-fields">
              {header.map((row) => {
                const trace = fieldLines(row.target);
                const flagged = (trace?.findings.length ?? 0) > 0;
                return (
                  <div key={row.target} data-flagged={flagged || undefined}>
                    <dt>{row.label}</dt>
                    <dd>
                      {row.value}
                      {trace ? (
                        <Button variant="ghost" size="sm" onClick={() => show(trace.lines)}>
                          {t.importText.showLines(linesLabel(trace.lines))}
                        </Button>
                      ) : null}
                    </dd>
                  </div>
                );
              })}
            </dl>
            <h3 className="pb-subheading">{t.importText.tasks(result.tasks.length)}</h3>
            <ol className="pb-import-tasks">
              {result.tasks.map((trace) => {
                const segments = parsePath(trace.target);
                let task = plan.tasks[segments[1] as number];
                for (let i = 3; task && i < segments.length; i += 2)
                  task = task.children?.[segments[i] as number];
                if (!task) return null;
                const flagged = trace.findings
                  .map((i) => result.findings[i])
                  .filter(Boolean) as ImportFinding[];
                const leads = task.roles
                  .filter((r) => r.role === "lead" || r.role === "advisor")
                  .map((r) => agencyName(r.agency));
                const supports = task.roles
                  .filter((r) => r.role === "support")
                  .map((r) => agencyName(r.agency));
                return (
                  <li
                    key={trace.target}
                    className="pb-import-task"
                    data-flagged={flagged.length > 0 || undefined}
                  >
                    <p className="pb-import-task__title">
                      <strong>{trace.ref || "•"}.</strong> {task.title}
                    </p>
                    <dl className="pb-import-task__roles">
                      <div>
                        <dt>{t.importText.leads}</dt>
                        <dd>{leads.join("; ") || "…"}</dd>
                      </div>
                      <div>
                        <dt>{t.importText.supports}</dt>
                        <dd>{supports.join("; ") || "…"}</dd>
                      </div>
                      <div>
                        <dt>{t.tasks.time}</dt>
                        <dd>{task.time.raw || formatTime(task.time) || "…"}</dd>
                      </div>
                    </dl>
                    {flagged.length > 0 ? (
                      <ul className="pb-import-task__findings">
                        {flagged.map((f, i) => (
                          <li key={`${f.code}-${i}`}>
                            <FindingMessage finding={f} lang={lang} />
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    <Button variant="ghost" size="sm" onClick={() => show(trace.lines)}>
                      {t.importText.showLines(linesLabel(trace.lines))}
                    </Button>
                  </li>
                );
              })}
            </ol>
          </section>
        </div>
      </div>
    </Shell>
  );
}

/**
 * A finding in the screen's language. In English, the user's own words it quotes (a label, an
 * agency name, a time as written) stay as written and are marked as Vietnamese.
 */
function FindingMessage({ finding, lang }: { finding: ImportFinding; lang: Lang }) {
  return <WordedText lang={lang} vi={finding.message} en={finding.messageEn} quotes={finding.quotes} />;
}

/** The browser refused to store the plan read: told in words, the review kept for another try. */
class WriteRefused extends Error {
  constructor(readonly failure: WriteFailure) {
    super("write refused");
    this.name = "WriteRefused";
  }
}
