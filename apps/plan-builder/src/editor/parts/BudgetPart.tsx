import type { Budget } from "@kehoach/plan-model";
import { memo } from "react";
import { useT } from "../../i18n/context.js";
import { useEditor } from "../editor-context.js";
import { pathAttr } from "../field-id.js";
import { NumberInput, TextInput, TextList } from "../fields.js";

export const BudgetPart = memo(function BudgetPart({ budget }: { budget: Budget | undefined }) {
  const t = useT();
  const { edit, readOnly } = useEditor();
  return (
    <div className="pb-part__body">
      <label className="pb-check">
        <input
          type="checkbox"
          {...pathAttr(["budget"])}
          checked={budget !== undefined}
          disabled={readOnly}
          onChange={(e) =>
            edit({
              type: "set",
              path: ["budget"],
              value: e.target.checked ? { sources: [], text: "" } : undefined,
            })
          }
        />
        {t.budget.has}
      </label>
      {budget ? (
        <>
          <TextInput
            path={["budget", "text"]}
            value={budget.text}
            label={t.budget.text}
            hint={t.budget.textHint}
            multiline
            optional
          />
          <h3 className="pb-subheading">{t.budget.sources}</h3>
          <TextList
            path={["budget", "sources"]}
            items={budget.sources}
            noun={t.budget.source}
            addLabel={t.budget.addSource}
            multiline={false}
          />
          <NumberInput path={["budget", "amount"]} value={budget.amount} label={t.budget.amount} />
        </>
      ) : null}
    </div>
  );
});
