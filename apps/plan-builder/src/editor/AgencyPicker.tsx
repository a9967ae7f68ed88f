import type { Agency, AgencyRef } from "@kehoach/plan-model";
import type { Path } from "@kehoach/plan-model/editing";
import { cleanLine, toneKey } from "@kehoach/text-vi";
import { matchesQuery, useComboboxKeys } from "@kehoach/ui/combobox";
import { useId, useMemo, useRef, useState } from "react";
import { useT } from "../i18n/context.js";
import { useEditor } from "./editor-context.js";
import { fieldId, pathAttr } from "./field-id.js";

// Agencies are picked from the locality's directory, by any name people use for them: typing
// "VHXH", "phong van hoa" or "Phòng Văn hoá – Xã hội xã" finds "Phòng Văn hóa - Xã hội", and the
// plan keeps the canonical name with the directory id. A body the directory does not know can
// still be typed (an outside organisation); it is kept as written and marked as such. Names
// already in a plan under another spelling show the canonical name beside them.

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

interface Option {
  value: string;
  label: string;
  keywords: string[];
  description: string;
  agency: Agency | undefined;
}

const FREE_TEXT = "\u0000free";

export function AgencyPicker({ label, hint, values, onChange, path, max }: AgencyPickerProps) {
  const t = useT();
  const { locality, matcher, readOnly } = useEditor();
  const base = useId();
  const inputId = fieldId(path);
  const listId = `${base}-list`;
  const hintId = `${base}-hint`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);

  const all = useMemo<Option[]>(
    () =>
      locality.locality.agencies.map((agency) => ({
        value: agency.id,
        label: agency.name,
        keywords: [...agency.shortNames, ...agency.aliases, ...agency.names.map((n) => n.name)],
        description: [t.agencyKinds[agency.kind], ...agency.shortNames].filter(Boolean).join(" · "),
        agency,
      })),
    [locality, t],
  );
  const typed = cleanLine(query);
  // Searched only while the list is open: a plan has dozens of pickers, and typing elsewhere must
  // not make each of them search the directory again.
  const results = useMemo(() => {
    if (!open) return [];
    const chosenIds = new Set(values.map((v) => v.ref.id).filter(Boolean));
    const found = all.filter((o) => !chosenIds.has(o.value) && matchesQuery(o, typed)).slice(0, 30);
    const exact = all.some((o) => [o.label, ...o.keywords].some((n) => toneKey(n) === toneKey(typed)));
    if (typed !== "" && !exact) {
      found.push({ value: FREE_TEXT, label: typed, keywords: [], description: "", agency: undefined });
    }
    return found;
  }, [all, typed, values, open]);
  const full = max !== undefined && values.length >= max;
  const optionId = (index: number) => `${base}-opt-${index}`;

  const add = (option: Option) => {
    let ref: AgencyRef;
    if (option.agency) ref = { name: option.agency.name, id: option.agency.id };
    else {
      const match = matcher.match(option.label);
      ref =
        match.status === "matched"
          ? { name: match.agency.name, id: match.agency.id }
          : { name: option.label };
    }
    onChange([...values.map((v) => v.ref), ref]);
    setQuery("");
    setActive(0);
    setOpen(false);
  };
  const remove = (index: number) => {
    onChange(values.filter((_, i) => i !== index).map((v) => v.ref));
    inputRef.current?.focus();
  };
  const adoptCanonical = (index: number, agency: Agency) => {
    onChange(values.map((v, i) => (i === index ? { ...v.ref, name: agency.name, id: agency.id } : v.ref)));
  };

  // The keys of the ui Combobox, with what is this picker's own: Alt+arrows stay with the task
  // around it, a full picker chooses nothing, Backspace in the empty input removes the last agency.
  const { setActive, activeOption, onKeyDown } = useComboboxKeys({
    results,
    open,
    setOpen,
    choose: (option) => add(option),
    canChoose: !full,
    inputEmpty: query === "",
    onBackspaceEmpty: () => {
      if (values.length > 0) remove(values.length - 1);
    },
    leaveAltKeys: true,
  });

  return (
    <div className="pb-agency kh-field">
      <label className="kh-field__label" htmlFor={inputId}>
        {label}
      </label>
      {hint ? (
        <div className="kh-field__hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {values.length > 0 && (
        <ul className="pb-agency__chips" aria-label={t.agency.chosen(label, values.length)}>
          {values.map((value, index) => {
            const match = matcher.resolve(value.ref);
            const canonical = match.status === "matched" ? match.agency : undefined;
            const generic = match.status === "generic";
            return (
              <li key={`${value.ref.name}-${index}`} className="pb-agency__chip" {...pathAttr(value.path)}>
                <span className="pb-agency__name">{value.ref.name}</span>
                {canonical && canonical.name !== value.ref.name ? (
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
                {!canonical && !generic ? (
                  <span className="pb-agency__note">{t.agency.notInDirectory}</span>
                ) : null}
                <button
                  type="button"
                  className="pb-agency__remove"
                  aria-label={t.agency.remove(value.ref.name)}
                  disabled={readOnly}
                  onClick={() => remove(index)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {!full && (
        <div className="pb-agency__box">
          <input
            ref={inputRef}
            id={inputId}
            {...pathAttr(path)}
            type="text"
            role="combobox"
            className="kh-input kh-focusable"
            autoComplete="off"
            spellCheck={false}
            readOnly={readOnly}
            aria-autocomplete="list"
            aria-expanded={open && results.length > 0}
            aria-controls={listId}
            aria-describedby={hint ? hintId : undefined}
            {...(activeOption ? { "aria-activedescendant": optionId(results.indexOf(activeOption)) } : {})}
            placeholder={t.agency.placeholder}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
              setOpen(true);
            }}
            onKeyDown={onKeyDown}
            onFocus={() => setOpen(query !== "")}
            onBlur={() => setOpen(false)}
          />
          {/* biome-ignore lint/a11y/noStaticElementInteractions: keeps the input focused while an option is clicked; the keyboard path is the input */}
          <div
            className="pb-agency__popup"
            hidden={!open || results.length === 0}
            onMouseDown={(e) => e.preventDefault()}
          >
            <div id={listId} role="listbox" aria-label={label} tabIndex={-1} className="pb-agency__list">
              {results.map((option, index) => (
                // biome-ignore lint/a11y/useFocusableInteractive: APG combobox: focus stays in the input
                // biome-ignore lint/a11y/useKeyWithClickEvents: Enter in the input picks the active option
                <div
                  key={option.value === FREE_TEXT ? FREE_TEXT : option.value}
                  id={optionId(index)}
                  role="option"
                  aria-selected={option === activeOption}
                  className="pb-agency__option"
                  data-active={option === activeOption || undefined}
                  onClick={() => add(option)}
                >
                  {option.value === FREE_TEXT ? (
                    <span>{t.agency.addAsTyped(option.label)}</span>
                  ) : (
                    <>
                      <span className="pb-agency__option-label">{option.label}</span>
                      {option.description ? (
                        <span className="pb-agency__option-description">{option.description}</span>
                      ) : null}
                    </>
                  )}
                </div>
              ))}
            </div>
          </div>
          <span className="kh-visually-hidden" aria-live="polite">
            {open && typed !== "" ? t.agency.results(results.length) : ""}
          </span>
        </div>
      )}
    </div>
  );
}
