import site from "virtual:kehoach/site";
import { blocksToText, reportSection, reportToVanBan } from "@kehoach/plan-documents";
import type { Signer } from "@kehoach/plan-model";
import {
  createPeriodData,
  NARRATIVE_KEYS,
  NARRATIVE_LABELS,
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
    setStatus(`Đang tạo ${label}…`);
    try {
      await job();
    } catch (error) {
      setStatus(`Không tạo được ${label}: ${error instanceof Error ? error.message : String(error)}`);
      setBusy(false);
      return;
    }
    setBusy(false);
  };

  const exportPdf = () =>
    run("PDF", async () => {
      const { reportPdf } = await import("../export/pdf.js");
      download(await reportPdf(report), `${baseName}.pdf`);
      setStatus(`Đã tạo tệp ${baseName}.pdf`);
    });
  const exportDocx = () =>
    run("tệp Word", async () => {
      const { reportDocx } = await import("../export/docx.js");
      download(await reportDocx(report), `${baseName}.docx`);
      setStatus(`Đã tạo tệp ${baseName}.docx`);
    });
  const exportXlsx = () =>
    run("tệp Excel", async () => {
      const { reportXlsx } = await import("../export/xlsx.js");
      download(await reportXlsx(report), `${baseName} - phụ lục.xlsx`);
      setStatus(`Đã tạo tệp ${baseName} - phụ lục.xlsx`);
    });
  const exportJson = () =>
    run("tệp dữ liệu", async () => {
      const data = createPeriodData({ plan, period, cutoff: office.cutoff, log: office.log, draft });
      download(serializeReportFile(data), `${baseName} - dữ liệu kỳ.json`, MIME.json);
      setStatus(`Đã tạo tệp ${baseName} - dữ liệu kỳ.json`);
    });

  const setNarrative = (key: NarrativeKey, value: string | undefined) =>
    void office.setDraft({ ...draft, narrative: { ...draft.narrative, [key]: value } });

  return (
    <div className="rg-report">
      <div className="rg-report__edit">
        <section aria-labelledby="doc-heading">
          <h2 id="doc-heading">Thông tin văn bản</h2>
          <div className="rg-grid">
            <TextField
              label="Số báo cáo"
              hint="Để trống khi chưa lấy số."
              inputMode="numeric"
              value={draft.number ?? ""}
              onChange={(e) =>
                void office.setDraft({ ...draft, number: e.target.value.replace(/\D/g, "").slice(0, 6) })
              }
            />
            <DateField
              label="Ngày ban hành"
              value={draft.issuedOn ? isoToPartial(draft.issuedOn) : null}
              onValueChange={(d) => {
                const iso = partialToIso(d);
                const { issuedOn: _drop, ...rest } = draft;
                void office.setDraft(iso ? { ...rest, issuedOn: iso } : rest);
              }}
            />
          </div>
          <TextArea
            label="Trích yếu"
            rows={2}
            value={draft.subject ?? report.document.subject}
            onChange={(e) => void office.setDraft({ ...draft, subject: e.target.value })}
          />
          <Checkbox
            label="Gửi cấp trên (văn bản có “Kính gửi”)"
            checked={draft.sentUpward}
            onChange={(e) => void office.setDraft({ ...draft, sentUpward: e.target.checked })}
          />
          {draft.sentUpward ? (
            <TextArea
              label="Kính gửi"
              hint="Mỗi nơi nhận một dòng."
              rows={2}
              value={draft.addressees.join("\n")}
              onChange={(e) => void office.setDraft({ ...draft, addressees: e.target.value.split("\n") })}
            />
          ) : null}
          <Select
            label="Người ký"
            value={draft.signer ? signerKey(draft.signer) : ""}
            placeholder="— Chưa chọn người ký —"
            options={signers.map((s) => ({ value: signerKey(s), label: signerLabel(s) }))}
            onChange={(e) => {
              const chosen = signers.find((s) => signerKey(s) === e.target.value);
              const { signer: _drop, ...rest } = draft;
              void office.setDraft(chosen ? { ...rest, signer: chosen } : rest);
            }}
          />
          <TextArea
            label="Nơi nhận"
            hint="Mỗi nơi một dòng; “Như trên” và “Lưu” được thêm tự động."
            rows={3}
            value={draft.recipients.join("\n")}
            onChange={(e) => void office.setDraft({ ...draft, recipients: e.target.value.split("\n") })}
          />
          <TextField
            label="Lưu"
            value={draft.archive ?? report.document.archive}
            onChange={(e) => void office.setDraft({ ...draft, archive: e.target.value })}
          />
        </section>
        <section aria-labelledby="narrative-heading">
          <h2 id="narrative-heading">Nội dung đánh giá</h2>
          <p className="rg-hint">
            Nội dung được gợi ý từ số liệu (nhiệm vụ quá hạn, chưa hoàn thành, không có hoạt động). Sửa tự do;
            dòng bắt đầu bằng “- ” là một ý.
          </p>
          {NARRATIVE_KEYS.map((key) => (
            <div key={key} className="rg-narrative">
              <TextArea
                label={NARRATIVE_LABELS[key]}
                rows={key === "proposals" ? 2 : 4}
                value={report.narrative[key]}
                onChange={(e) => setNarrative(key, e.target.value)}
              />
              {draft.narrative[key] !== undefined ? (
                <Button variant="ghost" size="sm" onClick={() => setNarrative(key, undefined)}>
                  Dùng lại nội dung gợi ý: {NARRATIVE_LABELS[key]}
                </Button>
              ) : null}
            </div>
          ))}
        </section>
        <section aria-labelledby="export-doc-heading">
          <h2 id="export-doc-heading">Xuất báo cáo</h2>
          <div className="rg-actions">
            <Button onClick={() => void exportPdf()} disabled={busy}>
              Xuất PDF
            </Button>
            <Button variant="secondary" onClick={() => void exportDocx()} disabled={busy}>
              Xuất Word
            </Button>
            <Button variant="secondary" onClick={() => void exportXlsx()} disabled={busy}>
              Xuất Excel phụ lục
            </Button>
            <Button variant="secondary" onClick={() => void exportJson()} disabled={busy}>
              Xuất dữ liệu kỳ (JSON)
            </Button>
          </div>
          <output className="rg-export-state" aria-live="polite">
            {status}
          </output>
        </section>
        <section aria-labelledby="section-heading">
          <h2 id="section-heading">Phần lồng ghép vào báo cáo cải cách hành chính</h2>
          <p className="rg-hint">Cùng nội dung, viết thành một khoản của báo cáo CCHC chung của đơn vị.</p>
          <TextArea label="Nội dung phần lồng ghép" rows={10} readOnly value={section} />
          <Button
            variant="secondary"
            onClick={() =>
              void navigator.clipboard
                .writeText(section)
                .then(() => setStatus("Đã sao chép phần lồng ghép."))
                .catch(() =>
                  setStatus("Trình duyệt không cho sao chép; hãy chọn nội dung và sao chép bằng tay."),
                )
            }
          >
            Sao chép phần lồng ghép
          </Button>
        </section>
      </div>
      <section className="rg-report__preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading">Xem trước báo cáo</h2>
        <div
          className="rg-preview-page"
          role="document"
          aria-label="Xem trước báo cáo"
          // renderHtml escapes every string of the document.
          dangerouslySetInnerHTML={{ __html: html }}
        />
      </section>
    </div>
  );
}
