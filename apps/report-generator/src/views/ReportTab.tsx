import site from "virtual:kehoach/site";
import { blocksToText, reportSection, reportToVanBan } from "@kehoach/plan-documents";
import type { Signer } from "@kehoach/plan-model";
import {
  createPeriodData,
  NARRATIVE_KEYS,
  type NarrativeKey,
  serializeReportFile,
} from "@kehoach/report-model";
import { Button } from "@kehoach/ui/button";
import { Checkbox } from "@kehoach/ui/checkbox";
import { DateField } from "@kehoach/ui/date-field";
import { Select } from "@kehoach/ui/select";
import { TextArea } from "@kehoach/ui/text-area";
import { TextField } from "@kehoach/ui/text-field";
import { download, MIME, safeFileName } from "@kehoach/vanban/browser/download";
import { renderHtml } from "@kehoach/vanban/html";
import { useDeferredValue, useMemo, useState } from "react";
import { useT } from "../i18n/context.js";
import type { Office } from "../state/use-office.js";
import { isoToPartial, partialToIso } from "./dates.js";

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
  const { report, draft, plan, period } = office;
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const deferred = useDeferredValue(report);
  const html = useMemo(() => (deferred ? renderHtml(reportToVanBan(deferred)) : ""), [deferred]);
  const section = useMemo(() => (deferred ? blocksToText(reportSection(deferred)) : ""), [deferred]);
  if (!report || !draft || !plan || !period) return null;

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
          </div>
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
        <div
          className="rg-preview-page"
          role="document"
          aria-label={t.report.previewHeading}
          // renderHtml escapes every string of the document.
          dangerouslySetInnerHTML={{ __html: html }}
        />
      </section>
    </div>
  );
}
