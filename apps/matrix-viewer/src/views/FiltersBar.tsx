import { ROLES, type Role } from "@kehoach/plan-model";
import { compareVi } from "@kehoach/text-vi";
import { Button } from "@kehoach/ui/button";
import { Combobox } from "@kehoach/ui/combobox";
import { Select } from "@kehoach/ui/select";
import { TextField } from "@kehoach/ui/text-field";
import { useMemo } from "react";
import { useT } from "../i18n/context.js";
import type { Messages } from "../i18n/vi.js";
import { agencyChoices } from "../model/agency-tasks.js";
import { type Filters, isFiltered, NO_FILTERS } from "../model/filters.js";
import { KIND_ORDER } from "../model/labels.js";
import type { Workspace } from "../model/workspace.js";

export interface FiltersBarProps {
  ws: Workspace;
  filters: Filters;
  onChange: (filters: Filters) => void;
}

export function FiltersBar({ ws, filters, onChange }: FiltersBarProps) {
  const t = useT();
  const months = useMemo(
    () => Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: t.month(i + 1) })),
    [t],
  );
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const kinds = useMemo(() => {
    const present = new Set(ws.agencies.map((a) => a.kind));
    return KIND_ORDER.filter((k) => present.has(k)).map((k) => ({ value: k, label: t.kinds[k] }));
  }, [ws, t]);
  const agencies = useMemo(() => agencyChoices(ws), [ws]);
  const themes = useMemo(() => themeOptions(ws, t), [ws, t]);
  return (
    <search className="mv-filters" aria-label={t.filtersHeading}>
      <Select
        label={t.filterRole}
        value={filters.role}
        options={[{ value: "", label: t.allRoles }, ...ROLES.map((r) => ({ value: r, label: t.roles[r] }))]}
        onChange={(e) => set({ role: e.target.value as Role | "" })}
      />
      <Select
        label={t.filterKind}
        value={filters.kind}
        options={[{ value: "", label: t.allKinds }, ...kinds]}
        onChange={(e) => set({ kind: e.target.value as Filters["kind"] })}
      />
      <Combobox
        className="mv-filters__agency"
        label={t.filterAgency}
        options={agencies}
        value={filters.agency || null}
        onValueChange={(value) => set({ agency: value ?? "" })}
      />
      <Select
        label={t.filterTheme}
        value={filters.theme}
        options={[{ value: "", label: t.allThemes }, ...themes]}
        onChange={(e) => set({ theme: e.target.value })}
      />
      <Select
        label={t.filterFrom}
        value={String(filters.fromMonth)}
        options={months}
        onChange={(e) => {
          const from = Number(e.target.value);
          set({ fromMonth: from, toMonth: Math.max(from, filters.toMonth) });
        }}
      />
      <Select
        label={t.filterTo}
        value={String(filters.toMonth)}
        options={months}
        onChange={(e) => {
          const to = Number(e.target.value);
          set({ toMonth: to, fromMonth: Math.min(to, filters.fromMonth) });
        }}
      />
      <TextField
        className="mv-filters__search"
        label={t.filterSearch}
        hint={t.filterSearchHint}
        type="search"
        value={filters.query}
        onChange={(e) => set({ query: e.target.value })}
      />
      <Button variant="secondary" disabled={!isFiltered(filters)} onClick={() => onChange(NO_FILTERS)}>
        {t.clearFilters}
      </Button>
    </search>
  );
}

/** The themes the open plans use: forms of communication, task groups, areas of reform. */
export function themeOptions(ws: Workspace, t: Messages): { value: string; label: string }[] {
  const present = new Set(ws.tasks.flatMap((task) => task.themes));
  const out: { value: string; label: string }[] = [];
  for (const [code, label] of Object.entries(t.forms)) {
    if (present.has(`form:${code}`)) out.push({ value: `form:${code}`, label: t.themeForm(label) });
  }
  ws.plans.forEach(({ plan }, planIndex) => {
    const visit = (tasks: typeof plan.tasks, prefix: string) => {
      tasks.forEach((task, i) => {
        const number = task.ref?.trim() || `${prefix}${i + 1}`;
        const key = `group:${planIndex}:${task.id}`;
        if (present.has(key)) out.push({ value: key, label: t.themeGroup(`${number}. ${task.title}`) });
        if (task.children) visit(task.children, `${number}.`);
      });
    };
    visit(plan.tasks, "");
  });
  const areas = Object.entries(t.areas)
    .filter(([code]) => present.has(`area:${code}`))
    .map(([code, label]) => ({ value: `area:${code}`, label: t.themeArea(label) }))
    .sort((a, b) => compareVi(a.label, b.label));
  return [...out, ...areas];
}
