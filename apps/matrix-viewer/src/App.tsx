import site from "virtual:kehoach/site";
import { siteHub, siteHubStart } from "@kehoach/hub/browser";
import { HubStatus } from "@kehoach/hub/react";
import { planFileName } from "@kehoach/plan-documents";
import { createDirectory, ROLE_LABELS, ROLES } from "@kehoach/plan-model";
import type { PlanSummary } from "@kehoach/plan-store";
import { SiteShell } from "@kehoach/site-kit/browser/shell";
import { Button } from "@kehoach/ui/button";
import { EmptyState } from "@kehoach/ui/empty-state";
import { Tabs } from "@kehoach/ui/tabs";
import { download, MIME } from "@kehoach/vanban/browser/download";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { toCsv } from "./export/csv.js";
import { agencyTable, type ExportTable, matrixTable } from "./export/tables.js";
import { useLanguage } from "./i18n/context.js";
import { type AgencyTaskOrder, agencyTasks } from "./model/agency-tasks.js";
import { type Filters, filterMatrix, NO_FILTERS } from "./model/filters.js";
import { collectFindings } from "./model/findings.js";
import { ROLE_CODES } from "./model/labels.js";
import { matrixRows } from "./model/rows.js";
import { buildWorkspace, type OpenPlan } from "./model/workspace.js";
import {
  listStoredPlans,
  type OpenRefusal,
  type OpenResult,
  openPlanFile,
  openSample,
  openStoredPlan,
} from "./state/open-plans.js";
import { readLink, type ViewId, writeLink } from "./state/url.js";
import { AgencyView } from "./views/AgencyView.js";
import { FiltersBar } from "./views/FiltersBar.js";
import { FindingsView, findingCount } from "./views/FindingsView.js";
import { MatrixPanel } from "./views/MatrixPanel.js";
import { OpenPanel } from "./views/OpenPanel.js";
import { TimelineView } from "./views/TimelineView.js";

const initialLink = readLink(window.location.search);

export function App() {
  const { t, lang } = useLanguage();
  const directory = useMemo(() => createDirectory(site.locality), []);
  const [plans, setPlans] = useState<OpenPlan[]>([]);
  const [stored, setStored] = useState<PlanSummary[] | null>(null);
  // Why the browser's storage could not be read: the list of saved plans is then unknown, not empty.
  const [storageError, setStorageError] = useState<string | null>(null);
  const [failures, setFailures] = useState<OpenRefusal[]>([]);
  const [status, setStatus] = useState("");
  const [view, setView] = useState<ViewId>(initialLink.view);
  const [agencyKey, setAgencyKey] = useState(initialLink.agency);
  const [order, setOrder] = useState<AgencyTaskOrder>(initialLink.order);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [exportState, setExportState] = useState({ busy: false, message: "" });

  const ws = useMemo(() => {
    const built = buildWorkspace(plans, directory);
    performance.mark("kh:workspace-built");
    return built;
  }, [plans, directory]);
  const matrixView = useMemo(() => filterMatrix(ws, filters), [ws, filters]);
  const rows = useMemo(() => matrixRows(matrixView, expanded, ws), [matrixView, expanded, ws]);
  const findings = useMemo(() => collectFindings(ws, directory, lang), [ws, directory, lang]);

  // Opening is additive and refuses a plan already open; every refusal says what and where.
  const plansRef = useRef<OpenPlan[]>([]);
  const take = useCallback((results: OpenResult[]) => {
    const failed: OpenRefusal[] = [];
    const next = [...plansRef.current];
    const messages: string[] = [];
    for (const r of results) {
      if (!r.ok) failed.push(r.refusal);
      else if (next.some((o) => o.plan.id === r.plan.plan.id))
        messages.push(t.alreadyOpen(r.plan.plan.title));
      else {
        next.push(r.plan);
        messages.push(t.opened(r.plan.plan.title));
      }
    }
    plansRef.current = next;
    setFailures(failed);
    setStatus(messages.join(" "));
    setPlans(next);
  }, []);

  useEffect(() => {
    // The plan builder may save in another tab: the list is read again when this tab is back.
    const refresh = () =>
      listStoredPlans()
        .then((list) => {
          setStorageError(null);
          setStored(list);
        })
        .catch((error: unknown) => {
          setStorageError(errorText(error));
          setStored([]);
        });
    refresh();
    window.addEventListener("focus", refresh);
    if (initialLink.plans.length > 0) {
      Promise.all(
        initialLink.plans.map((ref) =>
          ref === "mau" ? openSample(site.slug) : openStoredPlan(ref, site.slug),
        ),
      )
        .then(take)
        .catch((error: unknown) => setStorageError(errorText(error)));
    }
    return () => window.removeEventListener("focus", refresh);
  }, [take]);

  const shareRefs = plans
    .filter((p) => p.source !== "file")
    .map((p) => (p.source === "sample" ? "mau" : p.ref));
  const query = writeLink({ plans: shareRefs, view, agency: agencyKey, order });
  useEffect(() => {
    window.history.replaceState(null, "", `${window.location.pathname}${query}`);
  }, [query]);
  const link = `${window.location.origin}${window.location.pathname}${query}`;

  const baseName =
    plans.length === 1 && plans[0]
      ? planFileName(plans[0].plan, "json").replace(/\.json$/, "")
      : `Các kế hoạch năm ${[...new Set(plans.map((p) => p.plan.planYear))].join(", ")}`;
  const notes = () => ({
    title: `Phân công trách nhiệm — ${site.officialName}`,
    lines: [
      ...plans.map((p, i) => `${ws.planLabels[i]}: ${p.plan.title}`),
      `Ký hiệu: ${ROLES.map((r) => `${ROLE_CODES[r]} = ${ROLE_LABELS[r]}`).join("; ")}`,
    ],
  });

  const runExport = async (work: () => Promise<string>) => {
    setExportState({ busy: true, message: t.exporting });
    try {
      const file = await work();
      setExportState({ busy: false, message: t.exportDone(file) });
    } catch (error) {
      setExportState({
        busy: false,
        message: t.exportFailed(error instanceof Error ? error.message : String(error)),
      });
    }
  };
  const exportTable = (table: ExportTable, name: string, kind: "xlsx" | "csv") =>
    runExport(async () => {
      const file = `${name}.${kind}`;
      if (kind === "csv") download(toCsv(table), file, MIME.csv);
      else {
        const { toXlsx } = await import("./export/xlsx.js");
        download(await toXlsx([table], notes()), file, MIME.xlsx);
      }
      return file;
    });
  const exportPdf = () =>
    runExport(async () => {
      const first = plans[0];
      if (!first) throw new Error(t.openNone);
      const { exportAppendixPdf } = await import("./export/pdf.js");
      const { bytes, fileName } = await exportAppendixPdf(first.plan, matrixView, rows);
      download(bytes, fileName, MIME.pdf);
      return fileName;
    });

  const exportDocx = () =>
    runExport(async () => {
      const first = plans[0];
      if (!first) throw new Error(t.openNone);
      const { exportAppendixDocx } = await import("./export/pdf.js");
      const { bytes, fileName } = await exportAppendixDocx(first.plan, matrixView, rows);
      download(bytes, fileName, MIME.docx);
      return fileName;
    });

  const agency = ws.agencyByKey.get(agencyKey);
  const agencyName = agency?.name ?? "";
  const matrixExports = (
    <fieldset className="mv-actions mv-export">
      <legend className="mx-sr">{t.exportHeading}</legend>
      <Button
        variant="secondary"
        disabled={exportState.busy}
        onClick={() => exportTable(matrixTable(matrixView, rows), `Phân công - ${baseName}`, "xlsx")}
      >
        {t.exportXlsx}
      </Button>
      <Button
        variant="secondary"
        disabled={exportState.busy}
        onClick={() => exportTable(matrixTable(matrixView, rows), `Phân công - ${baseName}`, "csv")}
      >
        {t.exportCsv}
      </Button>
      <Button variant="secondary" disabled={exportState.busy} onClick={exportPdf}>
        {t.exportPdf}
      </Button>
      <Button variant="secondary" disabled={exportState.busy} onClick={exportDocx}>
        {t.exportDocx}
      </Button>
    </fieldset>
  );
  const agencyExports = agency ? (
    <>
      <Button
        variant="secondary"
        disabled={exportState.busy}
        onClick={() =>
          exportTable(
            agencyTable(agencyName, agencyTasks(ws, agency.key, order)),
            `Nhiệm vụ của ${agencyName} - ${baseName}`,
            "xlsx",
          )
        }
      >
        {t.exportXlsx}
      </Button>
      <Button
        variant="secondary"
        disabled={exportState.busy}
        onClick={() =>
          exportTable(
            agencyTable(agencyName, agencyTasks(ws, agency.key, order)),
            `Nhiệm vụ của ${agencyName} - ${baseName}`,
            "csv",
          )
        }
      >
        {t.exportCsv}
      </Button>
    </>
  ) : null;
  const exportStatus = (
    <output className="mv-export-state" aria-live="polite">
      {exportState.message}
    </output>
  );

  return (
    <SiteShell
      site={site}
      appTitle={<h1 className="mv-app-title">{t.appTitle}</h1>}
      headerActions={<HubStatus hub={siteHub()} words={t.hub} startError={siteHubStart().error} />}
    >
      <div className="mv-page">
        <OpenPanel
          plans={plans}
          labels={ws.planLabels}
          stored={stored}
          storageError={storageError}
          failures={failures}
          status={status}
          onOpenStored={(id) =>
            openStoredPlan(id, site.slug)
              .then((r) => take([r]))
              .catch((error: unknown) => setStorageError(errorText(error)))
          }
          onOpenSample={() => openSample(site.slug).then((r) => take([r]))}
          onFiles={(files) => {
            performance.mark("kh:file-picked");
            Promise.all(files.map((f) => openPlanFile(f, site.slug))).then(take);
          }}
          onClose={(index) => {
            plansRef.current = plansRef.current.filter((_, i) => i !== index);
            setPlans(plansRef.current);
          }}
        />
        {plans.length === 0 ? (
          <EmptyState title={t.openNone} description={t.openNoneHint} />
        ) : (
          <Tabs
            label={t.tabsLabel}
            value={view}
            onValueChange={(v) => setView(v as ViewId)}
            items={[
              {
                value: "ma-tran",
                label: t.tabMatrix,
                content: (
                  <>
                    <FiltersBar ws={ws} filters={filters} onChange={setFilters} />
                    <MatrixPanel
                      ws={ws}
                      view={matrixView}
                      rows={rows}
                      expanded={expanded}
                      onExpandedChange={setExpanded}
                    />
                    <p className="mv-hint">{t.exportNote}</p>
                    {matrixExports}
                    {exportStatus}
                  </>
                ),
              },
              {
                value: "don-vi",
                label: t.tabAgency,
                content: (
                  <>
                    <AgencyView
                      ws={ws}
                      agencyKey={agencyKey}
                      onAgencyChange={setAgencyKey}
                      order={order}
                      onOrderChange={setOrder}
                      link={link}
                      hasFilePlans={plans.some((p) => p.source === "file")}
                      exportButtons={agencyExports}
                    />
                    {exportStatus}
                  </>
                ),
              },
              {
                value: "tien-do",
                label: t.tabTimeline,
                content: (
                  <>
                    <FiltersBar ws={ws} filters={filters} onChange={setFilters} />
                    <TimelineView ws={ws} view={matrixView} />
                  </>
                ),
              },
              {
                value: "phat-hien",
                label: t.tabFindings(findingCount(findings)),
                content: <FindingsView ws={ws} findings={findings} />,
              },
            ]}
          />
        )}
      </div>
    </SiteShell>
  );
}

/** What the browser said when it refused its storage ("VersionError: …"), for the notice. */
function errorText(error: unknown): string {
  if (error instanceof Error || error instanceof DOMException) {
    return [error.name, error.message].filter(Boolean).join(": ");
  }
  return String(error);
}
