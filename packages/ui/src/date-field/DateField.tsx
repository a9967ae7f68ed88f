import type { PartialDate } from "@kehoach/text-vi";
import { type ComponentProps, type ReactNode, useState } from "react";
import { Field } from "../field/Field.js";
import { cx } from "../internal/cx.js";
import { useMessages } from "../messages/context.js";
import { type DateProblem, formatDateText, parseDateText } from "./parse-date.js";
import "../internal/base.css";
import "../field/field.css";
import "./date-field.css";

export interface DateFieldProps
  extends Omit<ComponentProps<"input">, "id" | "className" | "value" | "defaultValue" | "onChange" | "type"> {
  /** A plain-text label: it is also used in the error message ("Ngày ban hành: …"). */
  label: string;
  /** Help shown before the format hint; may hold a marked Vietnamese part (`RichText`). */
  hint?: ReactNode;
  /** An error from the form (e.g. "must be after the start date"); the field's own parse errors come first. */
  error?: string;
  required?: boolean;
  /** Accept month/year or year only, for drafts. */
  allowPartial?: boolean;
  value?: PartialDate | null;
  defaultValue?: PartialDate | null;
  /** Called with the date when the text is a valid date (or empty: null). */
  onValueChange?: (date: PartialDate | null) => void;
  /** Called on blur with the problem, so a form can block submission while one is shown. */
  onProblemChange?: (problem: DateProblem | null) => void;
  id?: string;
  className?: string;
}

/** dd/mm/yyyy typed as text (faster than a calendar for known dates, and no locale surprises). */
export function DateField({
  label,
  hint,
  error,
  required,
  allowPartial = false,
  value,
  defaultValue = null,
  onValueChange,
  onProblemChange,
  id,
  className,
  onBlur,
  ...input
}: DateFieldProps) {
  const messages = useMessages();
  const [text, setText] = useState(() => formatDateText(value ?? defaultValue));
  const [problem, setProblem] = useState<DateProblem | null>(null);
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    // A new value from the parent replaces what is typed (e.g. a reset or an import).
    setLastValue(value);
    setText(formatDateText(value ?? null));
  }
  const problemText = (p: DateProblem) =>
    p === "format"
      ? messages.dateField.badFormat(label)
      : p === "not-real"
        ? messages.dateField.notARealDate(label, text.trim())
        : p === "needs-full"
          ? messages.dateField.needsFullDate(label)
          : messages.dateField.yearOutOfRange(label);
  const shownError = problem !== null ? problemText(problem) : error;
  return (
    <Field
      label={label}
      hint={
        <>
          {hint ? <>{hint} </> : null}
          {messages.dateField.hint}
          {allowPartial ? <> {messages.dateField.partialHint}</> : null}
        </>
      }
      error={shownError}
      {...{ required, id, className }}
    >
      {(control) => (
        <input
          {...input}
          {...control}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          value={text}
          className={cx("kh-input", "kh-date-field", "kh-focusable")}
          onChange={(event) => {
            setText(event.target.value);
            const parsed = parseDateText(event.target.value, allowPartial);
            if (parsed.ok) {
              if (problem !== null) setProblem(null);
              onValueChange?.(parsed.date);
            }
          }}
          onBlur={(event) => {
            const parsed = parseDateText(text, allowPartial);
            const next = parsed.ok ? null : parsed.problem;
            setProblem(next);
            onProblemChange?.(next);
            if (parsed.ok) setText(formatDateText(parsed.date));
            onBlur?.(event);
          }}
        />
      )}
    </Field>
  );
}
