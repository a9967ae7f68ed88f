import site from "virtual:kehoach/site";
import type { ProvinceRollup, UnitReporting } from "@kehoach/hub";
import type { SiteHub } from "@kehoach/hub/browser";
import { HubStatus } from "@kehoach/hub/react";
import { blocksToText, reportingSection } from "@kehoach/plan-documents";
import { DEFAULT_CUTOFF_RULE } from "@kehoach/plan-model";
import { localToday, showDate } from "@kehoach/report-model";
import { SiteShell } from "@kehoach/site-kit/browser/shell";
import { formatPercent } from "@kehoach/text-vi";
import { Alert } from "@kehoach/ui/alert";
import { Button } from "@kehoach/ui/button";
import { EmptyState } from "@kehoach/ui/empty-state";
import { Select } from "@kehoach/ui/select";
import { Table, type TableColumn } from "@kehoach/ui/table";
import { TextArea } from "@kehoach/ui/text-area";
import { TextField } from "@kehoach/ui/text-field";
import { download, MIME, safeFileName } from "@kehoach/vanban/browser/download";
import { useMemo, useState } from "react";
import { useLanguage, useT } from "./i18n/context.js";
import type { Messages } from "./i18n/vi.js";
import {
  currentChoice,
  type KindFilter,
  NO_FILTERS,
  PERIOD_CHOICES,
  type PeriodChoice,
  periodOf,
  reportedShare,
  type StatusFilter,
  totals,
  type ViewFilters,
  visibleUnits,
} from "./model/view.js";
import { useRollup } from "./state/use-rollup.js";
import { UnitDetail } from "./views/UnitDetail.js";

// The province view: from the province hub's read-only roll-up, every unit of the locality and,
// for the chosen period, how many of its tasks are reported, not yet reported or overdue, with
// each unit's plans and tasks, a spreadsheet and the roll-up as a báo cáo section.

const cutoff = site.locality.reportCutoff ?? DEFAULT_CUTOFF_RULE;
const STATUS_FILTERS: StatusFilter[] = ["all", "behind", "overdue", "complete", "none"];
const KIND_FILTERS: KindFilter[] = ["all", "unit", "agency"];

export function App({ hub, startError }: { hub: SiteHub | undefined; startError: string | undefined }) {
  const { t } = useLanguage();
  const [signIn, setSignIn] = useState(false);
  const start = currentChoice(localToday());
  const [choice, setChoice] = useState<PeriodChoice>(start.choice);
  const [year, setYear] = useState(start.year);
  const [yearText, setYearText] = useState<string | null>(null);
  const period = useMemo(() => periodOf(choice, year), [choice, year]);
  const state = useRollup(hub, site.locality, period, cutoff);

  return (
    <SiteShell
      site={site}
      appTitle={<h1 className="pv-app-title">{t.app.title}</h1>}
      headerActions={
        <HubStatus hub={hub} words={t.hub} startError={startError} open={signIn} onOpenChange={setSignIn} />
      }
    >
      <div className="pv-page">
        {state.kind === "no-hub" ? (
          <EmptyState title={t.app.noHubTitle} description={t.app.noHub} />
        ) : state.kind === "signed-out" ? (
          <EmptyState
            title={t.app.signInTitle}
            description={t.app.signIn}
            action={<Button onClick={() => setSignIn(true)}>{t.app.openSignIn}</Button>}
          />
        ) : state.kind === "failed" ? (
          <Alert tone="error" title={t.hub.startFailed}>
            {state.message}
          </Alert>
        ) : (
          <>
            <p className="pv-note">{t.app.readOnly}</p>
            <section className="pv-period" aria-labelledby="pv-period-heading">
              <h2 id="pv-period-heading">{t.period.heading}</h2>
              <div className="pv-grid">
                <Select
                  label={t.period.kind}
                  value={choice}
                  options={PERIOD_CHOICES.map((c) => ({ value: c, label: t.period.choices[c] }))}
                  onChange={(e) => setChoice(e.target.value as PeriodChoice)}
                />
                <TextField
                  label={t.period.year}
                  inputMode="numeric"
                  value={yearText ?? String(year)}
                  error={yearText !== null && !/^\d{4}$/.test(yearText) ? t.period.badYear : undefined}
                  onChange={(e) => {
                    const text = e.target.value.trim();
                    setYearText(text);
                    if (/^\d{4}$/.test(text) && Number(text) >= 2000 && Number(text) <= 2100) {
                      setYearText(null);
                      setYear(Number(text));
                    }
                  }}
                />
              </div>
              {state.kind === "ready" ? (
                <p className="pv-window">
                  {t.period.window(showDate(state.rollup.window.from), showDate(state.rollup.window.to))}
                </p>
              ) : null}
            </section>
            {state.kind === "loading" ? (
              <p role="status">{t.app.loading}</p>
            ) : (
              <Rollup rollup={state.rollup} documents={state.documents} syncing={hub?.sync.state().status} />
            )}
          </>
        )}
      </div>
    </SiteShell>
  );
}

function Rollup({
  rollup,
  documents,
  syncing,
}: {
  rollup: ProvinceRollup;
  documents: number;
  syncing: string | undefined;
}) {
  const t = useT();
  const [filters, setFilters] = useState<ViewFilters>(NO_FILTERS);
  const [selected, setSelected] = useState<string | null>(null);
  const units = useMemo(() => visibleUnits(rollup, filters), [rollup, filters]);
  const sum = totals(units);
  const unit = units.find((u) => u.code === selected) ?? null;
  return (
    <>
      {documents === 0 && syncing === "syncing" ? <p role="status">{t.app.firstSync}</p> : null}
      {rollup.unreadable > 0 ? <Alert tone="warning">{t.app.unreadable(rollup.unreadable)}</Alert> : null}
      <section aria-labelledby="pv-totals-heading">
        <h2 id="pv-totals-heading">{t.totals.heading}</h2>
        <dl className="pv-totals">
          {(
            [
              ["units", sum.units],
              ["tasks", sum.tasks],
              ["reported", sum.reported],
              ["notYet", sum.notYet],
              ["overdue", sum.overdue],
            ] as const
          ).map(([key, value]) => (
            <div key={key} className="pv-total" data-kind={key}>
              <dt>{t.totals[key]}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <Filters filters={filters} onChange={setFilters} shown={units.length} total={rollup.units.length} />
      <UnitsTable units={units} selected={selected} onSelect={setSelected} />
      {unit ? <UnitDetail unit={unit} onClose={() => setSelected(null)} /> : null}
      <Exports rollup={rollup} units={units} filters={filters} />
    </>
  );
}

function Filters({
  filters,
  onChange,
  shown,
  total,
}: {
  filters: ViewFilters;
  onChange: (next: ViewFilters) => void;
  shown: number;
  total: number;
}) {
  const t = useT();
  return (
    <section className="pv-filters" aria-labelledby="pv-filters-heading">
      <h2 id="pv-filters-heading">{t.filters.heading}</h2>
      <div className="pv-grid">
        <TextField
          label={t.filters.search}
          hint={t.filters.searchHint}
          type="search"
          value={filters.query}
          onChange={(e) => onChange({ ...filters, query: e.target.value })}
        />
        <Select
          label={t.filters.status}
          value={filters.status}
          options={STATUS_FILTERS.map((s) => ({ value: s, label: t.filters.statusChoices[s] }))}
          onChange={(e) => onChange({ ...filters, status: e.target.value as StatusFilter })}
        />
        <Select
          label={t.filters.kind}
          value={filters.kind}
          options={KIND_FILTERS.map((k) => ({ value: k, label: t.filters.kindChoices[k] }))}
          onChange={(e) => onChange({ ...filters, kind: e.target.value as KindFilter })}
        />
      </div>
      <p className="pv-shown" aria-live="polite">
        {t.filters.shown(shown, total)}
      </p>
    </section>
  );
}

function lastUpdate(t: Messages, iso: string | undefined): string {
  return iso
    ? new Date(iso).toLocaleString(t.locale, {
        hour: "2-digit",
        minute: "2-digit",
        day: "2-digit",
        month: "2-digit",
        year: "numeric",
      })
    : t.table.never;
}

function UnitsTable({
  units,
  selected,
  onSelect,
}: {
  units: UnitReporting[];
  selected: string | null;
  onSelect: (code: string) => void;
}) {
  const t = useT();
  const columns: TableColumn<UnitReporting>[] = [
    {
      key: "unit",
      header: t.table.unit,
      rowHeader: true,
      sortValue: (u) => u.name,
      cell: (u) => (
        <button
          type="button"
          className="pv-link kh-focusable"
          onClick={() => onSelect(u.code)}
          aria-label={t.table.open(u.name)}
        >
          {u.name}
        </button>
      ),
    },
    {
      key: "plans",
      header: t.table.plans,
      align: "end",
      sortValue: (u) => u.plans.length,
      cell: (u) => u.plans.length,
    },
    { key: "tasks", header: t.table.tasks, align: "end", sortValue: (u) => u.tasks, cell: (u) => u.tasks },
    {
      key: "reported",
      header: t.table.reported,
      align: "end",
      sortValue: (u) => u.reported,
      cell: (u) => u.reported,
    },
    {
      key: "notYet",
      header: t.table.notYet,
      align: "end",
      sortValue: (u) => u.notYet,
      cell: (u) => u.notYet,
    },
    {
      key: "overdue",
      header: t.table.overdue,
      align: "end",
      sortValue: (u) => u.overdue,
      cell: (u) => (u.overdue > 0 ? <strong className="pv-overdue">{u.overdue}</strong> : u.overdue),
    },
    {
      key: "share",
      header: t.table.share,
      align: "end",
      sortValue: (u) => (u.tasks > 0 ? reportedShare(u) : null),
      cell: (u) => (u.tasks > 0 ? formatPercent(reportedShare(u)) : "—"),
    },
    {
      key: "sent",
      header: t.table.sent,
      align: "end",
      sortValue: (u) => u.plans.filter((p) => p.submitted).length,
      cell: (u) => t.table.sentOf(u.plans.filter((p) => p.submitted).length, u.plans.length),
    },
    {
      key: "last",
      header: t.table.lastUpdate,
      sortValue: (u) => u.lastUpdateAt ?? null,
      cell: (u) => lastUpdate(t, u.lastUpdateAt),
    },
  ];
  return (
    <Table
      caption={t.table.caption}
      columns={columns}
      rows={units}
      rowKey={(u) => u.code}
      onRowActivate={(u) => onSelect(u.code)}
      currentKey={selected}
      defaultSort={{ key: "overdue", direction: "descending" }}
      maxBlockSize="32rem"
      empty={t.table.empty}
      className="pv-table"
    />
  );
}

function filterText(t: Messages, filters: ViewFilters): string {
  const parts = [
    filters.query.trim() ? `“${filters.query.trim()}”` : "",
    filters.status !== "all" ? t.filters.statusChoices[filters.status] : "",
    filters.kind !== "all" ? t.filters.kindChoices[filters.kind] : "",
  ].filter(Boolean);
  return parts.length > 0 ? parts.join("; ") : t.filters.statusChoices.all;
}

function Exports({
  rollup,
  units,
  filters,
}: {
  rollup: ProvinceRollup;
  units: UnitReporting[];
  filters: ViewFilters;
}) {
  const { t } = useLanguage();
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const section = useMemo(
    () => blocksToText(reportingSection({ period: rollup.period, window: rollup.window, units })),
    [rollup, units],
  );
  const exportXlsx = async () => {
    setBusy(true);
    setStatus(t.exports.making);
    try {
      const { rollupXlsx } = await import("./export/xlsx.js");
      const bytes = await rollupXlsx(rollup, units, {
        locality: site.locality.name,
        filters: filterText(t, filters),
        cutoff,
      });
      const name = safeFileName(`Tình hình báo cáo ${rollup.periodKey} - ${site.shortName}.xlsx`);
      download(bytes, name, MIME.xlsx);
      setStatus(t.exports.made(name));
    } catch (error) {
      setStatus(t.exports.failed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(section);
      setStatus(t.exports.copied);
    } catch {
      setStatus(t.exports.copyFailed);
    }
  };
  return (
    <section className="pv-exports" aria-labelledby="pv-exports-heading">
      <h2 id="pv-exports-heading">{t.exports.heading}</h2>
      <div className="pv-buttons">
        <Button variant="secondary" disabled={busy} onClick={() => void exportXlsx()}>
          {t.exports.xlsx}
        </Button>
        <Button variant="secondary" onClick={() => void copy()}>
          {t.exports.copy}
        </Button>
      </div>
      <p className="pv-status" role="status">
        {status}
      </p>
      <TextArea
        label={t.exports.section}
        hint={t.exports.sectionHint}
        readOnly
        rows={10}
        value={section}
        lang="vi"
      />
    </section>
  );
}
