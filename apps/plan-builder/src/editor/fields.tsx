import { formatPath, type Path } from "@kehoach/plan-model/editing";
import { Button } from "@kehoach/ui/button";
import { IconButton } from "@kehoach/ui/icon-button";
import { TextArea } from "@kehoach/ui/text-area";
import { TextField } from "@kehoach/ui/text-field";
import { type KeyboardEvent, memo, type ReactNode, useState } from "react";
import { flushSync } from "react-dom";
import { useT } from "../i18n/context.js";
import { showEditor } from "../layout/workspace.js";
import { useEditor } from "./editor-context.js";
import { fieldId, pathAttr } from "./field-id.js";
import { DownIcon, PlusIcon, TrashIcon, UpIcon } from "./icons.js";

// The building blocks of every part of the editor: a text field bound to a path of the plan, and
// a list whose items can be added, removed and reordered with buttons or with Alt+↑/↓.

interface TextInputProps {
  path: Path;
  value: string | undefined;
  label: ReactNode;
  hint?: ReactNode;
  /** Several lines (a paragraph) rather than one. */
  multiline?: boolean;
  rows?: number;
  /** An emptied field removes the value (optional fields) instead of keeping "". */
  optional?: boolean;
  className?: string;
  inputMode?: "numeric" | "text";
}

export const TextInput = memo(function TextInput({
  path,
  value,
  label,
  hint,
  multiline,
  rows = 3,
  optional,
  className,
  inputMode,
}: TextInputProps) {
  const { edit, readOnly } = useEditor();
  const onChange = (text: string) =>
    edit({
      type: "set",
      path,
      value: optional && text === "" ? undefined : text,
      coalesce: formatPath(path),
    });
  const common = { id: fieldId(path), label, hint, className, readOnly, ...pathAttr(path) };
  return multiline ? (
    <TextArea {...common} rows={rows} value={value ?? ""} onChange={(e) => onChange(e.target.value)} />
  ) : (
    <TextField
      {...common}
      inputMode={inputMode}
      value={value ?? ""}
      onChange={(e) => onChange(e.target.value)}
    />
  );
});

/** Alt+↑ / Alt+↓ on anything inside a list item moves the item. */
export function moveKeys(index: number, count: number, move: (to: number) => void) {
  return (event: KeyboardEvent) => {
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "ArrowUp" && index > 0) {
      event.preventDefault();
      move(index - 1);
    } else if (event.key === "ArrowDown" && index < count - 1) {
      event.preventDefault();
      move(index + 1);
    }
  };
}

interface ItemControlsProps {
  /** "Mục đích 2": names the item in the buttons' labels. */
  name: string;
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
}

export function ItemControls({ name, index, count, onMove, onRemove }: ItemControlsProps) {
  const t = useT();
  const { readOnly } = useEditor();
  return (
    <div className="pb-item-controls">
      <IconButton
        size="sm"
        label={t.list.moveUp(name)}
        icon={<UpIcon />}
        disabled={readOnly || index === 0}
        onClick={() => onMove(index - 1)}
      />
      <IconButton
        size="sm"
        label={t.list.moveDown(name)}
        icon={<DownIcon />}
        disabled={readOnly || index === count - 1}
        onClick={() => onMove(index + 1)}
      />
      <IconButton
        size="sm"
        label={t.list.remove(name)}
        icon={<TrashIcon />}
        disabled={readOnly}
        onClick={onRemove}
      />
    </div>
  );
}

interface ListEditorProps<T> {
  path: Path;
  items: readonly T[];
  /** "Mục đích": items are named "Mục đích 1", "Mục đích 2", … */
  noun: string;
  addLabel: string;
  newItem: () => T;
  renderItem: (item: T, index: number, itemPath: Path, name: string) => ReactNode;
  /** Where the keyboard goes after "add": the new item's first field. */
  focusAfterAdd?: (itemPath: Path) => Path;
  emptyText?: string;
  /** Several kinds of item to add (a heading, a paragraph, …) instead of one "add" button. */
  addOptions?: { label: string; newItem: () => T }[];
}

export function ListEditor<T>({
  path,
  items,
  noun,
  addLabel,
  newItem,
  renderItem,
  focusAfterAdd,
  emptyText,
  addOptions,
}: ListEditorProps<T>) {
  const { edit, readOnly } = useEditor();
  const add = (make: () => T = newItem) => {
    const target = focusAfterAdd?.([...path, items.length]) ?? [...path, items.length];
    editThenFocus(
      () => edit({ type: "insert", path, index: items.length, value: make() }),
      formatPath(target),
    );
  };
  return (
    <div className="pb-list" {...pathAttr(path)}>
      {items.length === 0 && emptyText ? <p className="pb-hint">{emptyText}</p> : null}
      {items.length > 0 && (
        <ol className="pb-list__items">
          {items.map((item, index) => {
            const name = `${noun} ${index + 1}`;
            const itemPath = [...path, index];
            // Items are keyed by position: the keyboard follows the item to its new place.
            const move = (to: number) => {
              const from = formatPath(itemPath);
              const current = (document.activeElement as HTMLElement | null)?.dataset.path;
              const suffix = current !== undefined ? pathSuffix(current, from) : undefined;
              const apply = () => edit({ type: "move", path, from: index, to });
              if (suffix === undefined) apply();
              else editThenFocus(apply, `${formatPath([...path, to])}${suffix}`);
            };
            return (
              // The key is the position: list items have no id, and moving re-renders both.
              <li key={index} className="pb-list__item" onKeyDown={moveKeys(index, items.length, move)}>
                <div className="pb-list__body">{renderItem(item, index, itemPath, name)}</div>
                <ItemControls
                  name={name}
                  index={index}
                  count={items.length}
                  onMove={move}
                  onRemove={() => edit({ type: "remove", path, index })}
                />
              </li>
            );
          })}
        </ol>
      )}
      <div className="pb-row">
        {(addOptions ?? [{ label: addLabel, newItem }]).map((option) => (
          <Button
            key={option.label}
            variant="secondary"
            size="sm"
            iconStart={<PlusIcon />}
            onClick={() => add(option.newItem)}
            disabled={readOnly}
          >
            {option.label}
          </Button>
        ))}
      </div>
    </div>
  );
}

/** A list of plain texts (purposes, requirements, budget sources). */
export function TextList({
  path,
  items,
  noun,
  addLabel,
  multiline = true,
  emptyText,
}: {
  path: Path;
  items: readonly string[];
  noun: string;
  addLabel: string;
  multiline?: boolean;
  emptyText?: string;
}) {
  return (
    <ListEditor
      path={path}
      items={items}
      noun={noun}
      addLabel={addLabel}
      newItem={() => ""}
      emptyText={emptyText}
      renderItem={(item, _i, itemPath, name) => (
        <TextInput path={itemPath} value={item} label={name} multiline={multiline} rows={2} />
      )}
    />
  );
}

const FOCUSABLE =
  'input:not([type="hidden"]), textarea, select, button, [tabindex]:not([tabindex="-1"]), [role="combobox"]';

/**
 * Brings the keyboard to the control of a path ("tasks[1].roles[2]"), or to the nearest control
 * of a path above it ("tasks[1].roles", then "tasks[1]"): a finding about a part with no control
 * of its own still lands next to it. Opens collapsed details on the way.
 */
export function focusPath(path: string): boolean {
  // On a narrow screen the editor may be hidden behind the checks or the document.
  showEditor();
  const segments = [...path.matchAll(/[^.[\]]+|\[\d+\]/g)].map((m) => m[0]);
  for (let n = segments.length; n > 0; n--) {
    const prefix = segments.slice(0, n).join(".").replace(/\.\[/g, "[");
    const element = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(prefix)}"]`);
    if (!element) continue;
    for (let d = element.closest("details"); d; d = d.parentElement?.closest("details") ?? null)
      d.open = true;
    const target = element.matches(FOCUSABLE) ? element : element.querySelector<HTMLElement>(FOCUSABLE);
    const focusable = target ?? element;
    if (!target) focusable.tabIndex = -1;
    focusable.focus({ preventScroll: true });
    scrollIntoViewSettled(focusable, "center");
    return true;
  }
  return false;
}

/**
 * Scrolls to an element, and again once the parts around it have been laid out: parts off screen
 * are not rendered (content-visibility), so their real height is only known as they come into view.
 */
export function scrollIntoViewSettled(element: HTMLElement, block: ScrollLogicalPosition): void {
  element.scrollIntoView({ block });
  let frames = 3;
  const again = () => {
    element.scrollIntoView({ block });
    if (--frames > 0) requestAnimationFrame(again);
  };
  requestAnimationFrame(again);
}

/** What follows `base` in `path` ("" or ".text"), when `path` is `base` or inside it. */
export function pathSuffix(path: string, base: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const rest = path.slice(base.length);
  return rest === "" || rest.startsWith(".") || rest.startsWith("[") ? rest : undefined;
}

/**
 * Makes a change and moves the keyboard to the control of `path` before returning: React draws the
 * change at once (flushSync), so the key pressed right after an "add" or a move lands in the new
 * place, even on a slow computer where the next frame comes late.
 */
export function editThenFocus(apply: () => void, path: string): void {
  flushSync(apply);
  if (!focusPath(path)) focusPathSoon(path);
}

/** focusPath once React has drawn the control (a control that appears a frame later). */
export function focusPathSoon(path: string, attempts = 5): void {
  if (focusPath(path) || attempts <= 0) return;
  requestAnimationFrame(() => focusPathSoon(path, attempts - 1));
}

/** A number field whose emptied value removes the number. */
export function NumberInput({
  path,
  value,
  label,
}: {
  path: readonly (string | number)[];
  value: number | undefined;
  label: string;
}) {
  const { edit, readOnly } = useEditor();
  const [text, setText] = useState(value === undefined ? "" : String(value));
  const [last, setLast] = useState(value);
  if (value !== last) {
    setLast(value);
    if (Number(text.replace(",", ".")) !== value) setText(value === undefined ? "" : String(value));
  }
  const id = `f-${path.join("-")}`;
  return (
    <div className="kh-field">
      <label className="kh-field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        {...pathAttr(path)}
        className="kh-input kh-focusable"
        inputMode="decimal"
        readOnly={readOnly}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const cleaned = e.target.value.trim().replace(/\./g, "").replace(",", ".");
          const number = cleaned === "" ? undefined : Number(cleaned);
          if (number === undefined || (Number.isFinite(number) && number >= 0)) {
            edit({ type: "set", path, value: number, coalesce: formatPath(path) });
          }
        }}
      />
    </div>
  );
}
