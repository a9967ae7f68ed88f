import { cleanLine, toneKey } from "@kehoach/text-vi";
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

/** Attributes an app puts on the input or a chip: its own markers, such as the place a value edits. */
export type DataAttributes = Record<`data-${string}`, string>;

interface CommonProps {
  label: ReactNode;
  options: readonly ComboboxOption[];
  hint?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  id?: string;
  className?: string;
  disabled?: boolean;
  /** Shown while nothing is typed. */
  placeholder?: string;
  /** The value can be read and copied but not changed (a document already issued). */
  readOnly?: boolean;
  /** At most this many matches are listed (long agency lists stay quick to read). */
  maxResults?: number;
  inputAttributes?: DataAttributes;
  /** Keys pressed with Alt belong to the widget around the picker (see useComboboxKeys). */
  leaveAltKeys?: boolean;
  /** What the live region says of n results; the messages' words by default. */
  resultsMessage?: (count: number) => string;
  /**
   * The app's own search: the values of the options that answer what was typed, in the order to
   * list them (an agency directory offering its nearest names for a slip of the keyboard). By
   * default, every option that `matchesQuery`, in the options' order.
   */
  search?: (query: string) => readonly string[];
}

export interface SingleComboboxProps extends CommonProps {
  multiple?: false;
  value: string | null;
  onValueChange: (value: string | null) => void;
}

export interface MultiComboboxProps extends CommonProps {
  multiple: true;
  /** The chosen values, distinct, in order; a value the options do not hold (one typed) is shown by renderChip. */
  value: readonly string[];
  onValueChange: (value: string[]) => void;
  /**
   * The entry mode, for lists of distinct things (the agencies of a task): a chosen option leaves
   * the list, and the list closes after each choice.
   */
  hideSelected?: boolean;
  /** At most this many; the input goes once they are chosen. */
  maxSelected?: number;
  /**
   * Text that names no option exactly may be added as typed: the list then ends with this
   * choice, and choosing it calls onCreate (the app adds what it makes of the text to `value`).
   */
  createOption?: { label: (text: string) => string; onCreate: (text: string) => void };
  /** The name of the chips' list; the messages' "Đã chọn n" by default. */
  chipsLabel?: (count: number) => string;
  /** A chip's content beside its remove button; the option's label by default. */
  renderChip?: (value: string, index: number) => ReactNode;
  /** The remove button's name; the messages' "Bỏ <label>" by default. */
  removeLabel?: (value: string, index: number) => string;
  chipAttributes?: (value: string, index: number) => DataAttributes;
}

export type ComboboxProps = SingleComboboxProps | MultiComboboxProps;

const CREATE = "\u0000create";

/**
 * A searchable picker (ARIA 1.2 combobox with a listbox popup), single or multiple, and in its
 * entry mode a list of distinct things, some typed as written. Search ignores tone marks, and
 * diacritics altogether when none are typed; options may carry keywords.
 */
export function Combobox(props: ComboboxProps) {
  const { label, options, hint, error, required, id, className, disabled, readOnly, maxResults = 50 } = props;
  const messages = useMessages();
  const base = `kh-combobox-${useId()}`;
  const listId = `${base}-list`;
  const statusId = `${base}-status`;
  const inputRef = useRef<HTMLInputElement>(null);
  const multi = props.multiple ? props : null;
  const selected: readonly string[] = props.multiple
    ? props.value
    : props.value === null
      ? []
      : [props.value];
  const byValue = useMemo(() => new Map(options.map((o) => [o.value, o])), [options]);
  // Option ids from positions, not values: a value may hold characters an id cannot.
  const indexOf = useMemo(() => new Map(options.map((o, i) => [o.value, i])), [options]);
  const optionId = (option: ComboboxOption) =>
    option.value === CREATE ? `${base}-opt-create` : `${base}-opt-${indexOf.get(option.value)}`;
  const selectedLabel =
    !props.multiple && props.value !== null ? (byValue.get(props.value)?.label ?? "") : "";

  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const text = query ?? (props.multiple ? "" : selectedLabel);
  const typed = cleanLine(query ?? "");
  const hideSelected = multi?.hideSelected === true;
  const createOption = multi?.createOption;
  const search = props.search;
  const results = useMemo(() => {
    const chosen = hideSelected ? new Set(selected) : null;
    const answered =
      search && typed !== ""
        ? search(typed).flatMap((value) => byValue.get(value) ?? [])
        : options.filter((o) => matchesQuery(o, typed));
    const found = answered.filter((o) => !chosen?.has(o.value)).slice(0, maxResults);
    const exact = options.some((o) =>
      [o.label, ...(o.keywords ?? [])].some((n) => toneKey(n) === toneKey(typed)),
    );
    if (createOption && typed !== "" && !exact) found.push({ value: CREATE, label: typed });
    return found;
  }, [options, byValue, search, typed, maxResults, hideSelected, selected, createOption]);
  const full = multi?.maxSelected !== undefined && selected.length >= multi.maxSelected;

  const choose = (option: ComboboxOption) => {
    if (option.disabled || readOnly) return;
    if (option.value === CREATE) {
      createOption?.onCreate(option.label);
      setQuery(null);
      setOpen(false);
    } else if (props.multiple) {
      const next = selected.includes(option.value)
        ? selected.filter((v) => v !== option.value)
        : [...selected, option.value];
      props.onValueChange(next);
      setQuery(null);
      if (hideSelected) setOpen(false);
    } else {
      props.onValueChange(option.value);
      setQuery(null);
      setOpen(false);
    }
  };
  const remove = (index: number) => {
    if (props.multiple) props.onValueChange(selected.filter((_, i) => i !== index));
    inputRef.current?.focus();
  };
  const { setActive, activeOption, onKeyDown } = useComboboxKeys({
    results,
    open,
    setOpen,
    choose,
    canChoose: !full && !readOnly,
    inputEmpty: text === "",
    leaveAltKeys: props.leaveAltKeys,
    onClose: () => setQuery(null),
    onEscapeClosed: () => {
      if (!props.multiple && props.value !== null && !readOnly) props.onValueChange(null);
    },
    onBackspaceEmpty: () => {
      if (props.multiple && selected.length > 0 && !readOnly) remove(selected.length - 1);
    },
  });
  const chipLabel = (value: string) => byValue.get(value)?.label ?? value;

  return (
    <Field {...{ label, hint, error, required, id, className }} describedBy={[statusId]}>
      {(control) => (
        <div className="kh-combobox" data-slot="combobox" data-open={open || undefined}>
          {multi && selected.length > 0 && (
            <ul
              className="kh-combobox__chips"
              aria-label={multi.chipsLabel?.(selected.length) ?? messages.combobox.selected(selected.length)}
            >
              {selected.map((value, index) => (
                <li key={value} className="kh-combobox__chip" {...multi.chipAttributes?.(value, index)}>
                  {multi.renderChip ? multi.renderChip(value, index) : <span>{chipLabel(value)}</span>}
                  <button
                    type="button"
                    className="kh-combobox__chip-remove kh-focusable"
                    aria-label={
                      multi.removeLabel?.(value, index) ?? messages.combobox.remove(chipLabel(value))
                    }
                    disabled={disabled || readOnly}
                    onClick={() => remove(index)}
                  >
                    <CloseIcon />
                  </button>
                </li>
              ))}
            </ul>
          )}
          {!full && (
            <input
              {...control}
              {...props.inputAttributes}
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
              readOnly={readOnly}
              placeholder={props.placeholder}
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
          )}
          {/* biome-ignore lint/a11y/noStaticElementInteractions: only stops the input losing focus on a pointer press; the keyboard path is the input. */}
          <div
            className="kh-combobox__popup"
            hidden={!open || full}
            // Clicking an option must not blur the input first (the list would close under the pointer).
            onMouseDown={(event) => event.preventDefault()}
          >
            <div
              id={listId}
              role="listbox"
              aria-labelledby={`${control.id}-label`}
              aria-multiselectable={(props.multiple && !hideSelected) || undefined}
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
                    aria-selected={hideSelected ? option === activeOption : isSelected}
                    aria-disabled={option.disabled || undefined}
                    data-active={option === activeOption || undefined}
                    data-create={option.value === CREATE || undefined}
                    className="kh-combobox__option"
                    onClick={() => choose(option)}
                  >
                    <span className="kh-combobox__check" aria-hidden="true">
                      {isSelected ? "✓" : ""}
                    </span>
                    <span>
                      <span className="kh-combobox__option-label">
                        {option.value === CREATE && createOption
                          ? createOption.label(option.label)
                          : option.label}
                      </span>
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
              ? (props.resultsMessage?.(results.length) ??
                (results.length === 0
                  ? messages.combobox.noResults
                  : messages.combobox.results(results.length)))
              : ""}
          </span>
        </div>
      )}
    </Field>
  );
}
