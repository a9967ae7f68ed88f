import { type ReactNode, useId, useMemo, useRef, useState } from "react";
import { Field } from "../field/Field.js";
import { CloseIcon } from "../internal/icons.js";
import { useMessages } from "../messages/context.js";
import { useComboboxKeys } from "./keyboard.js";
import { matchesQuery, type SearchableOption } from "./match.js";
import "../internal/base.css";
import "../field/field.css";
import "./combobox.css";

export interface ComboboxOption extends SearchableOption {
  /** A second line in the list (e.g. the agency's parent body). */
  description?: string;
  disabled?: boolean;
}

interface CommonProps {
  label: ReactNode;
  options: readonly ComboboxOption[];
  hint?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  id?: string;
  className?: string;
  disabled?: boolean;
  /** At most this many matches are listed (long agency lists stay quick to read). */
  maxResults?: number;
}

export interface SingleComboboxProps extends CommonProps {
  multiple?: false;
  value: string | null;
  onValueChange: (value: string | null) => void;
}

export interface MultiComboboxProps extends CommonProps {
  multiple: true;
  value: readonly string[];
  onValueChange: (value: string[]) => void;
}

export type ComboboxProps = SingleComboboxProps | MultiComboboxProps;

/**
 * A searchable picker (ARIA 1.2 combobox with a listbox popup), single or multiple. Search ignores
 * tone marks, and diacritics altogether when none are typed; options may carry keywords.
 */
export function Combobox(props: ComboboxProps) {
  const { label, options, hint, error, required, id, className, disabled, maxResults = 50 } = props;
  const messages = useMessages();
  const base = `kh-combobox-${useId()}`;
  const listId = `${base}-list`;
  const statusId = `${base}-status`;
  const inputRef = useRef<HTMLInputElement>(null);
  const selected: readonly string[] = props.multiple
    ? props.value
    : props.value === null
      ? []
      : [props.value];
  const byValue = useMemo(() => new Map(options.map((o) => [o.value, o])), [options]);
  // Option ids from positions, not values: a value may hold characters an id cannot.
  const indexOf = useMemo(() => new Map(options.map((o, i) => [o.value, i])), [options]);
  const optionId = (option: ComboboxOption) => `${base}-opt-${indexOf.get(option.value)}`;
  const selectedLabel =
    !props.multiple && props.value !== null ? (byValue.get(props.value)?.label ?? "") : "";

  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const text = query ?? (props.multiple ? "" : selectedLabel);
  const results = useMemo(
    () => options.filter((o) => matchesQuery(o, query ?? "")).slice(0, maxResults),
    [options, query, maxResults],
  );

  const choose = (option: ComboboxOption) => {
    if (option.disabled) return;
    if (props.multiple) {
      const next = selected.includes(option.value)
        ? selected.filter((v) => v !== option.value)
        : [...selected, option.value];
      props.onValueChange(next);
      setQuery(null);
    } else {
      props.onValueChange(option.value);
      setQuery(null);
      setOpen(false);
    }
  };
  const remove = (value: string) => {
    if (props.multiple) props.onValueChange(selected.filter((v) => v !== value));
    inputRef.current?.focus();
  };
  const { setActive, activeOption, onKeyDown } = useComboboxKeys({
    results,
    open,
    setOpen,
    choose,
    inputEmpty: text === "",
    onClose: () => setQuery(null),
    onEscapeClosed: () => {
      if (!props.multiple && props.value !== null) props.onValueChange(null);
    },
    onBackspaceEmpty: () => {
      if (props.multiple && selected.length > 0) remove(selected[selected.length - 1]!);
    },
  });

  return (
    <Field {...{ label, hint, error, required, id, className }} describedBy={[statusId]}>
      {(control) => (
        <div className="kh-combobox" data-slot="combobox" data-open={open || undefined}>
          {props.multiple && selected.length > 0 && (
            <ul className="kh-combobox__chips" aria-label={messages.combobox.selected(selected.length)}>
              {selected.map((value) => {
                const option = byValue.get(value);
                return (
                  <li key={value} className="kh-combobox__chip">
                    <span>{option?.label ?? value}</span>
                    <button
                      type="button"
                      className="kh-combobox__chip-remove kh-focusable"
                      aria-label={messages.combobox.remove(option?.label ?? value)}
                      disabled={disabled}
                      onClick={() => remove(value)}
                    >
                      <CloseIcon />
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          <input
            {...control}
            ref={inputRef}
            type="text"
            role="combobox"
            autoComplete="off"
            spellCheck={false}
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={listId}
            {...(activeOption ? { "aria-activedescendant": optionId(activeOption) } : {})}
            disabled={disabled}
            value={text}
            className="kh-input kh-combobox__input kh-focusable"
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
              setOpen(true);
            }}
            onClick={() => setOpen(true)}
            onKeyDown={onKeyDown}
            onBlur={() => {
              // Emptying the text of a single choice and leaving means "no agency".
              if (!props.multiple && query !== null && query.trim() === "" && props.value !== null) {
                props.onValueChange(null);
              }
              setOpen(false);
              setQuery(null);
            }}
          />
          {/* biome-ignore lint/a11y/noStaticElementInteractions: only stops the input losing focus on a pointer press; the keyboard path is the input. */}
          <div
            className="kh-combobox__popup"
            hidden={!open}
            // Clicking an option must not blur the input first (the list would close under the pointer).
            onMouseDown={(event) => event.preventDefault()}
          >
            <div
              id={listId}
              role="listbox"
              aria-labelledby={`${control.id}-label`}
              aria-multiselectable={props.multiple || undefined}
              // Focus stays in the input (aria-activedescendant); -1 only lets the scrolling list be
              // reached by pointer and satisfies axe's scrollable-region rule.
              tabIndex={-1}
              className="kh-combobox__list"
            >
              {results.map((option) => {
                const isSelected = selected.includes(option.value);
                return (
                  // biome-ignore lint/a11y/useFocusableInteractive: APG combobox: focus stays in the input, options are pointed at with aria-activedescendant.
                  // biome-ignore lint/a11y/useKeyWithClickEvents: the input's onKeyDown handles Enter for the active option.
                  <div
                    key={option.value}
                    id={optionId(option)}
                    role="option"
                    aria-selected={isSelected}
                    aria-disabled={option.disabled || undefined}
                    data-active={option === activeOption || undefined}
                    className="kh-combobox__option"
                    onClick={() => choose(option)}
                  >
                    <span className="kh-combobox__check" aria-hidden="true">
                      {isSelected ? "✓" : ""}
                    </span>
                    <span>
                      <span className="kh-combobox__option-label">{option.label}</span>
                      {option.description && (
                        <span className="kh-combobox__option-description">{option.description}</span>
                      )}
                    </span>
                  </div>
                );
              })}
            </div>
            {results.length === 0 && <p className="kh-combobox__empty">{messages.combobox.noResults}</p>}
          </div>
          <span id={statusId} className="kh-visually-hidden" aria-live="polite">
            {open
              ? results.length === 0
                ? messages.combobox.noResults
                : messages.combobox.results(results.length)
              : ""}
          </span>
        </div>
      )}
    </Field>
  );
}
