import { parseTime, type TimeSpec } from "@kehoach/plan-model";
import { describeTime, formatPath, type Path } from "@kehoach/plan-model/editing";
import { memo, useId } from "react";
import { useT } from "../i18n/context.js";
import { useEditor } from "./editor-context.js";
import { fieldId, pathAttr } from "./field-id.js";

// "Thời gian thực hiện" as the author writes it, with what the builder understood right under
// it: "Quý III/2026 → 01/07/2026–30/09/2026". The text is printed exactly as typed; what was
// understood drives the schedule, the reminders and the checks.

interface TimeFieldProps {
  path: Path;
  value: TimeSpec;
  label: string;
}

export const TimeField = memo(function TimeField({ path, value, label }: TimeFieldProps) {
  const t = useT();
  const { edit, planYear, readOnly } = useEditor();
  const id = fieldId(path);
  const hintId = `${useId()}-understood`;
  const understanding = describeTime(value, planYear);
  return (
    <div className="kh-field pb-time">
      <label className="kh-field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        {...pathAttr(path)}
        className="kh-input kh-focusable"
        value={value.raw}
        readOnly={readOnly}
        aria-describedby={hintId}
        placeholder={t.time.placeholder}
        onChange={(e) =>
          edit({
            type: "set",
            path,
            value: parseTime(e.target.value, { planYear }),
            coalesce: formatPath(path),
          })
        }
      />
      <p id={hintId} className="pb-time__understood" data-state={understanding.state}>
        {t.time.understood(understanding)}
      </p>
    </div>
  );
});
