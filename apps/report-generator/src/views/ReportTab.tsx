import site from "virtual:kehoach/site";
import { blocksToText, reportSection, reportToVanBan } from "@kehoach/plan-documents";
import type { Signer } from "@kehoach/plan-model";
import {
  createPeriodData,
  NARRATIVE_KEYS,
  type NarrativeKey,
  reportFindings,
  serializeReportFile,
} from "@kehoach/report-model";
import { Button } from "@kehoach/ui/button";
import { Checkbox } from "@kehoach/ui/checkbox";
import { DateField } from "@kehoach/ui/date-field";
import { ScrollFrame, useScrollEdges } from "@kehoach/ui/scroll-frame";
import { Select } from "@kehoach/ui/select";
import { TextArea } from "@kehoach/ui/text-area";
import { TextField } from "@kehoach/ui/text-field";
import { download, MIME, safeFileName } from "@kehoach/vanban/browser/download";
import { renderHtml } from "@kehoach/vanban/html";
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from "react";
import { edocParties, isEdocCode, withTypedCodes } from "../export/edxml.js";
import { useLanguage, useT } from "../i18n/context.js";
import type { Office } from "../state/use-office.js";
import { isoToPartial, partialToIso } from "./dates.js";

const EDOC_CODES = "report-generator:edoc-codes";

const signerKey = (s: Signer) => [s.collective, s.delegation, s.headTitle, s.title, s.name].join("|");
const signerLabel = (s: Signer) =>
  [
    s.collective ? `TM. ${s.collective}` : "",
    s.delegation && s.headTitle ? `${s.delegation}. ${s.headTitle}` : "",
    s.title,
    s.name,
  ]
    .filter(Boolean)
    .join(" · ");

/** The báo cáo: its facts as a document, the narrative to edit, the preview and the exports. */
export function ReportTab({ office }: { office: Office }) {
  const t = useT();
  const { lang } = useLanguage();
  const { report, draft, plan, period } = office;
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const deferred = useDeferredValue(report);
  const html = useMemo(() => (deferred ? renderHtml(reportToVanBan(deferred)) : ""), [deferred]);
  const section = useMemo(() => (deferred ? blocksToText(reportSection(deferred)) : ""), [deferred]);
  const findings = useMemo(
    () =>
      report && draft
        ? reportFindings(report, draft, { mode: "issued", directory: office.directory, language: lang })
        : null,
    [report, draft, office.directory, lang],
  );
  const parties = useMemo(
    () => (report ? edocParties(reportToVanBan(report), site.locality, report.issuer.agencyId) : null),
    [report],
  );
  const [codes, setCodes] = useState<Record<string, string>>({});
  const { pending, store, persist } = office;
  useEffect(() => {
    // Codes typed for bodies the directory has none for are kept, so they are typed once.
    const waiting = pending.current.meta<Record<string, string>>(EDOC_CODES);
    if (waiting) setCodes(waiting);
    else
      void store.current?.getMeta<Record<string, string>>(EDOC_CODES).then((kept) => kept && setCodes(kept));
  }, [pending, store]);
  const previewRef = useRef<HTMLDivElement>(null);
  const previewEdges = useScrollEdges(previewRef);
  const findingsId = useId();
  if (!report || !draft || !plan || !period || !findings || !parties) return null;

  const signers: Signer[] = [
    ...(plan.signer ? [plan.signer] : []),
    ...site.locality.signers.map(({ agencyId: _a, validFrom: _f, validTo: _t, ...s }) => s),
  ].filter((s, i, all) => all.findIndex((o) => signerKey(o) === signerKey(s)) === i);
  const baseName = safeFileName(`Báo cáo ${report.periodLabel} - ${plan.title}`);

  const run = async (label: string, job: () => Promise<void>) => {
    setBusy(true);
    setStatus(t.report.making(label));
    try {
      await job();
    } catch (error) {
      setStatus(t.report.failed(label, error instanceof Error ? error.message : String(error)));
      setBusy(false);
      return;
    }
    setBusy(false);
  };

  const exportPdf = () =>
    run(t.report.pdf, async () => {
      const { reportPdf } = await import("../export/pdf.js");
      download(await reportPdf(report), `${baseName}.pdf`);
      setStatus(t.report.made(`${baseName}.pdf`));
    });
  const exportDocx = () =>
    run(t.report.word, async () => {
      const { reportDocx } = await import("../export/docx.js");
      download(await reportDocx(report), `${baseName}.docx`);
      setStatus(t.report.made(`${baseName}.docx`));
    });
  const exportXlsx = () =>
    run(t.report.excel, async () => {
      const { reportXlsx } = await import("../export/xlsx.js");
      download(await reportXlsx(report), `${baseName} - phụ lục.xlsx`);
      setStatus(t.report.made(`${baseName} - phụ lục.xlsx`));
    });
  const exportJson = () =>
    run(t.report.data, async () => {
      const data = createPeriodData({ plan, period, cutoff: office.cutoff, log: office.log, draft });
      download(serializeReportFile(data), `${baseName} - dữ liệu kỳ.json`, MIME.json);
      setStatus(t.report.made(`${baseName} - dữ liệu kỳ.json`));
    });

  const setCode = (key: string, value: string) => {
    const next = { ...codes, [key]: value.trim() };
    setCodes(next);
    persist({ op: "meta", key: EDOC_CODES, value: next });
  };
  const lacking = [parties.sender, ...parties.recipients].filter((p) => !p.agency?.edocCode);
  const exportEdxml = () =>
    run(t.report.edxml, async () => {
      // Sending through the exchange is issuing: refused while the checks find an error.
      if (findings.blocking) {
        setStatus(t.report.edxmlRefused(findings.counts.error));
        document.getElementById(findingsId)?.focus();
        return;
      }
      const { locality, fromAgencyId } = withTypedCodes(site.locality, parties, codes);
      const { reportEdxml } = await import("../export/edxml-package.js");
      const { xml, unrouted } = await reportEdxml(report, { locality, fromAgencyId, baseName });
      download(xml, `${baseName}.edxml`, "application/xml;charset=utf-8");
      setStatus(
        [
          t.report.made(`${baseName}.edxml`),
          unrouted.length > 0 ? t.report.unrouted(unrouted.join("; ")) : "",
        ]
          .filter(Boolean)
          .join(" "),
      );
    });

  const setNarrative = (key: NarrativeKey, value: string | undefined) =>
    void office.setDraft({ ...draft, narrative: { ...draft.narrative, [key]: value } });

  return (
    <div className="rg-report">
      <div className="rg-report__edit">
        <section aria-labelledby="doc-heading">
          <h2 id="doc-heading">{t.report.docHeading}</h2>
          <div className="rg-grid">
            <TextField
              label={t.report.number}
              hint={t.report.numberHint}
              inputMode="numeric"
              value={draft.number ?? ""}
              onChange={(e) =>
                void office.setDraft({ ...draft, number: e.target.value.replace(/\D/g, "").slice(0, 6) })
              }
            />
            <DateField
              label={t.report.issuedOn}
              value={draft.issuedOn ? isoToPartial(draft.issuedOn) : null}
              onValueChange={(d) => {
                const iso = partialToIso(d);
                const { issuedOn: _drop, ...rest } = draft;
                void office.setDraft(iso ? { ...rest, issuedOn: iso } : rest);
              }}
            />
          </div>
          <TextArea
            label={t.report.subject}
            rows={2}
            value={draft.subject ?? report.document.subject}
            onChange={(e) => void office.setDraft({ ...draft, subject: e.target.value })}
          />
          <Checkbox
            label={t.report.toSuperior}
            checked={draft.sentUpward}
            onChange={(e) => void office.setDraft({ ...draft, sentUpward: e.target.checked })}
          />
          {draft.sentUpward ? (
            <TextArea
              label={t.report.addressees}
              hint={t.report.addresseesHint}
              rows={2}
              value={draft.addressees.join("\n")}
              onChange={(e) => void office.setDraft({ ...draft, addressees: e.target.value.split("\n") })}
            />
          ) : null}
          <Select
            label={t.report.signer}
            value={draft.signer ? signerKey(draft.signer) : ""}
            placeholder={t.report.noSigner}
            options={signers.map((s) => ({ value: signerKey(s), label: signerLabel(s) }))}
            onChange={(e) => {
              const chosen = signers.find((s) => signerKey(s) === e.target.value);
              const { signer: _drop, ...rest } = draft;
              void office.setDraft(chosen ? { ...rest, signer: chosen } : rest);
            }}
          />
          <TextArea
            label={t.report.recipients}
            hint={t.report.recipientsHint}
            rows={3}
            value={draft.recipients.join("\n")}
            onChange={(e) => void office.setDraft({ ...draft, recipients: e.target.value.split("\n") })}
          />
          <TextField
            label={t.report.archive}
            value={draft.archive ?? report.document.archive}
            onChange={(e) => void office.setDraft({ ...draft, archive: e.target.value })}
          />
        </section>
        <section aria-labelledby="narrative-heading">
          <h2 id="narrative-heading">{t.report.narrativeHeading}</h2>
          <p className="rg-hint">{t.report.narrativeIntro}</p>
          {NARRATIVE_KEYS.map((key) => (
            <div key={key} className="rg-narrative">
              <TextArea
                label={t.report.narratives[key]}
                rows={key === "proposals" ? 2 : 4}
                value={report.narrative[key]}
                onChange={(e) => setNarrative(key, e.target.value)}
              />
              {draft.narrative[key] !== undefined ? (
                <Button variant="ghost" size="sm" onClick={() => setNarrative(key, undefined)}>
                  {t.report.reuse(t.report.narratives[key])}
                </Button>
              ) : null}
            </div>
          ))}
        </section>
        <section aria-labelledby={`${findingsId}-heading`} className="rg-findings">
          <h2 id={`${findingsId}-heading`}>{t.report.findingsHeading}</h2>
          <div id={findingsId} tabIndex={-1} className="rg-findings__body">
            <p
              className={
                findings.blocking
                  ? "rg-findings__summary rg-findings__summary--error"
                  : "rg-findings__summary"
              }
            >
              {findings.blocking
                ? t.report.findingsBlocking(findings.counts.error, findings.counts.warning)
                : t.report.findingsClear(findings.counts.warning)}
            </p>
            {findings.findings.length > 0 ? (
              <ul className="rg-findings__list">
                {findings.findings.map((f) => (
                  <li key={`${f.rule}:${f.path}`} data-severity={f.severity}>
                    <strong>{t.report.severity[f.severity]}</strong> — {f.where}: {f.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </section>
        <section aria-labelledby="export-doc-heading">
          <h2 id="export-doc-heading">{t.report.exportHeading}</h2>
          <div className="rg-actions">
            <Button onClick={() => void exportPdf()} disabled={busy}>
              {t.report.exportPdf}
            </Button>
            <Button variant="secondary" onClick={() => void exportDocx()} disabled={busy}>
              {t.report.exportWord}
            </Button>
            <Button variant="secondary" onClick={() => void exportXlsx()} disabled={busy}>
              {t.report.exportExcel}
            </Button>
            <Button variant="secondary" onClick={() => void exportJson()} disabled={busy}>
              {t.report.exportData}
            </Button>
            <Button variant="secondary" onClick={() => void exportEdxml()} disabled={busy}>
              {t.report.exportEdxml}
            </Button>
          </div>
          <p className="rg-hint">{t.report.edxmlHint}</p>
          {lacking.length > 0 ? (
            <fieldset className="rg-codes">
              <legend>{t.report.codesHeading}</legend>
              <p className="rg-hint">{t.report.codesHint}</p>
              {lacking.map((party) => {
                const value = codes[party.key] ?? "";
                return (
                  <TextField
                    key={party.key}
                    label={
                      party === parties.sender
                        ? t.report.senderCode(party.name)
                        : t.report.recipientCode(party.name)
                    }
                    placeholder="000.00.00.H40"
                    value={value}
                    error={value && !isEdocCode(value) ? t.report.badCode : undefined}
                    onChange={(e) => setCode(party.key, e.target.value)}
                  />
                );
              })}
            </fieldset>
          ) : null}
          <output className="rg-export-state" aria-live="polite">
            {status}
          </output>
        </section>
        <section aria-labelledby="section-heading">
          <h2 id="section-heading">{t.report.sectionHeading}</h2>
          <p className="rg-hint">{t.report.sectionHint}</p>
          <TextArea label={t.report.sectionText} rows={10} readOnly value={section} />
          <Button
            variant="secondary"
            onClick={() =>
              void navigator.clipboard
                .writeText(section)
                .then(() => setStatus(t.report.copied))
                .catch(() => setStatus(t.report.copyFailed))
            }
          >
            {t.report.copy}
          </Button>
        </section>
      </div>
      <section className="rg-report__preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading">{t.report.previewHeading}</h2>
        {/* The hint above the page, where it is seen before the page is scrolled to. */}
        <ScrollFrame edges={previewEdges} hint={() => t.report.previewMore} hintPlacement="before">
          <div
            ref={previewRef}
            className="rg-preview-page kh-focusable"
            role="document"
            aria-label={t.report.previewHeading}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: the scrolling preview is a tab stop, so a keyboard scrolls the page it shows
            tabIndex={0}
            // renderHtml escapes every string of the document.
            dangerouslySetInnerHTML={{ __html: html }}
          />
        </ScrollFrame>
      </section>
    </div>
  );
}
