import type { Agency, AgencyRef } from "@kehoach/plan-model";
import type { Path } from "@kehoach/plan-model/editing";
import { Combobox, type ComboboxOption } from "@kehoach/ui/combobox";
import { useCallback, useMemo } from "react";
import { useT } from "../i18n/context.js";
import { useEditor } from "./editor-context.js";
import { fieldId, pathAttr } from "./field-id.js";

// Agencies are picked from the locality's directory, by any name people use for them, however
// typed: "VHXH", "phong van hoa", "Hội nong dan" (some accents, some not) or "Phòng Văn hoá – Xã
// hội xã" finds the agency, and a slip ("Hội nong dna") offers the nearest names before the choice
// to add the text as typed (the plan matcher's `search`, one rule for every app and the CLI). The
// plan keeps the canonical name with the directory id. A body the directory does not know can
// still be typed (an outside organisation); it is kept as written and marked as such. Names
// already in a plan under another spelling show the canonical name beside them. The picker is
// the ui Combobox in its entry mode: its keys, list and chips are the Combobox's own.

export interface PickedAgency {
  ref: AgencyRef;
  /** Path of this entry in the plan (for focus from a finding). */
  path: Path;
}

interface AgencyPickerProps {
  label: string;
  hint?: string;
  values: readonly PickedAgency[];
  onChange: (refs: AgencyRef[]) => void;
  /** Path the input answers to ("tasks[1].roles"). */
  path: Path;
  /** At most this many (1 for the agency of a duty). */
  max?: number;
}

/**
 * The chosen agencies as the Combobox holds them, distinct: a directory id, or the position of a
 * name typed; an id a plan repeats (written twice by hand) keeps its position too.
 */
function chipValues(refs: readonly AgencyRef[]): string[] {
  const seen = new Set<string>();
  return refs.map((ref, index) => {
    const id = ref.id ? `id:${ref.id}` : undefined;
    const value = id && !seen.has(id) ? id : `at:${index}:${ref.name}`;
    seen.add(value);
    return value;
  });
}

export function AgencyPicker({ label, hint, values, onChange, path, max }: AgencyPickerProps) {
  const t = useT();
  const { locality, matcher, readOnly } = useEditor();
  const options = useMemo<ComboboxOption[]>(
    () =>
      locality.locality.agencies.map((agency) => ({
        value: `id:${agency.id}`,
        label: agency.name,
        keywords: [...agency.shortNames, ...agency.aliases, ...agency.names.map((n) => n.name)],
        description: [t.agencyKinds[agency.kind], ...agency.shortNames].filter(Boolean).join(" · "),
      })),
    [locality, t],
  );
  const search = useCallback(
    (query: string) => matcher.search(query, { near: 5 }).map((hit) => `id:${hit.agency.id}`),
    [matcher],
  );
  const refs = values.map((v) => v.ref);
  const chosen = chipValues(refs);

  // What the Combobox gives back (chips removed, an option added) as the plan's references.
  const change = (next: string[]) => {
    const kept = new Map(chosen.map((value, i) => [value, refs[i] as AgencyRef]));
    onChange(
      next.flatMap((value): AgencyRef[] => {
        const ref = kept.get(value);
        if (ref) return [ref];
        const agency = locality.directory.agencies.get(value.slice("id:".length));
        return agency ? [{ name: agency.name, id: agency.id }] : [];
      }),
    );
  };
  // Typed as written, unless the directory knows the name under another spelling.
  const create = (text: string) => {
    const match = matcher.match(text);
    const ref: AgencyRef =
      match.status === "matched" ? { name: match.agency.name, id: match.agency.id } : { name: text };
    onChange([...refs, ref]);
  };
  const adoptCanonical = (index: number, agency: Agency) => {
    onChange(refs.map((ref, i) => (i === index ? { ...ref, name: agency.name, id: agency.id } : ref)));
  };

  return (
    <Combobox
      multiple
      hideSelected
      className="pb-agency"
      label={label}
      hint={hint}
      id={fieldId(path)}
      inputAttributes={pathAttr(path)}
      placeholder={t.agency.placeholder}
      readOnly={readOnly}
      options={options}
      search={search}
      maxResults={30}
      {...(max !== undefined ? { maxSelected: max } : {})}
      value={chosen}
      onValueChange={change}
      createOption={{ label: t.agency.addAsTyped, onCreate: create }}
      chipsLabel={(n) => t.agency.chosen(label, n)}
      removeLabel={(_value, index) => t.agency.remove(refs[index]?.name ?? "")}
      chipAttributes={(_value, index) => pathAttr(values[index]?.path ?? path)}
      renderChip={(_value, index) => {
        const ref = refs[index] as AgencyRef;
        const match = matcher.resolve(ref);
        const canonical = match.status === "matched" ? match.agency : undefined;
        return (
          <span className="pb-agency__chip-text">
            <span className="pb-agency__name">{ref.name}</span>
            {canonical && canonical.name !== ref.name ? (
              <span className="pb-agency__canonical">
                {t.agency.canonical(canonical.name)}{" "}
                <button
                  type="button"
                  className="pb-link-button"
                  disabled={readOnly}
                  onClick={() => adoptCanonical(index, canonical)}
                >
                  {t.agency.useCanonical}
                </button>
              </span>
            ) : null}
            {!canonical && match.status !== "generic" ? (
              <span className="pb-agency__note">{t.agency.notInDirectory}</span>
            ) : null}
          </span>
        );
      }}
      resultsMessage={t.agency.results}
      // Alt+arrows move the task around the picker.
      leaveAltKeys
    />
  );
}
