import { formatArchive, type Plan, type Recipient, type Recipients } from "@kehoach/plan-model";
import { type RecipientSuggestion, suggestRecipients } from "@kehoach/plan-model/editing";
import { Button } from "@kehoach/ui/button";
import { Dialog } from "@kehoach/ui/dialog";
import { memo, useState } from "react";
import { useT } from "../../i18n/context.js";
import { useEditor } from "../editor-context.js";
import { fieldId, pathAttr } from "../field-id.js";
import { ListEditor, NumberInput, TextInput } from "../fields.js";

// The closing sentence and "Nơi nhận": the recipients (suggested from the agencies the tasks and
// duties name, and the superior body when the plan carries out its plan) and the "Lưu:" line.

export const RecipientsPart = memo(function RecipientsPart({
  closing,
  recipients,
  getPlan,
}: {
  closing: string | undefined;
  recipients: Recipients;
  getPlan: () => Plan;
}) {
  const t = useT();
  const { edit, locality, matcher, readOnly } = useEditor();
  const [suggested, setSuggested] = useState<RecipientSuggestion[] | null>(null);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const open = () => {
    const list = suggestRecipients(getPlan(), locality.directory, matcher);
    setSuggested(list);
    setChosen(new Set(list.map((_, i) => i)));
  };
  const addChosen = () => {
    const picked = (suggested ?? []).filter((_, i) => chosen.has(i)).map((s) => s.recipient);
    if (picked.length > 0)
      edit({ type: "set", path: ["recipients", "items"], value: [...recipients.items, ...picked] });
    setSuggested(null);
  };
  return (
    <div className="pb-part__body">
      <TextInput
        path={["closing"]}
        value={closing}
        label={t.recipients.closing}
        hint={t.recipients.closingHint}
        multiline
        optional
      />
      <h3 className="pb-subheading">{t.recipients.items}</h3>
      <div className="pb-row">
        <Button variant="secondary" size="sm" onClick={open} disabled={readOnly}>
          {t.recipients.suggest}
        </Button>
      </div>
      <ListEditor
        path={["recipients", "items"]}
        items={recipients.items}
        noun={t.recipients.noun}
        addLabel={t.recipients.add}
        newItem={(): Recipient => ({ text: "" })}
        focusAfterAdd={(p) => [...p, "text"]}
        emptyText={t.recipients.empty}
        renderItem={(item, _i, path, name) => (
          <TextInput path={[...path, "text"]} value={item.text} label={name} />
        )}
      />
      <fieldset className="pb-fieldset" {...pathAttr(["recipients", "archive"])}>
        <legend>{t.recipients.archive}</legend>
        <label className="pb-check">
          <input
            type="checkbox"
            checked={recipients.archive.vt}
            disabled={readOnly}
            onChange={(e) =>
              edit({ type: "set", path: ["recipients", "archive", "vt"], value: e.target.checked })
            }
          />
          {t.recipients.vt}
        </label>
        <div className="pb-grid-2">
          <UnitsField units={recipients.archive.units} />
          <NumberInput
            path={["recipients", "archive", "copies"]}
            value={recipients.archive.copies}
            label={t.recipients.copies}
          />
        </div>
        <p className="pb-understood">{t.recipients.archiveLine(formatArchive(recipients.archive))}</p>
      </fieldset>
      <Dialog
        open={suggested !== null}
        onOpenChange={(isOpen) => {
          if (!isOpen) setSuggested(null);
        }}
        title={t.recipients.suggestTitle}
        description={t.recipients.suggestDescription}
        footer={
          <div className="pb-row">
            <Button variant="secondary" onClick={() => setSuggested(null)}>
              {t.common.cancel}
            </Button>
            <Button onClick={addChosen} disabled={chosen.size === 0}>
              {t.recipients.addChosen(chosen.size)}
            </Button>
          </div>
        }
      >
        {suggested && suggested.length === 0 ? <p>{t.recipients.nothingToSuggest}</p> : null}
        <ul className="pb-suggestions">
          {(suggested ?? []).map((s, i) => (
            <li key={s.recipient.text}>
              <label className="pb-check pb-check--top">
                <input
                  type="checkbox"
                  checked={chosen.has(i)}
                  onChange={(e) => {
                    const next = new Set(chosen);
                    if (e.target.checked) next.add(i);
                    else next.delete(i);
                    setChosen(next);
                  }}
                />
                <span>
                  <strong>{s.recipient.text}</strong>
                  <span className="pb-suggestions__text">{t.recipients.reasons[s.reason]}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </Dialog>
    </div>
  );
});

function UnitsField({ units }: { units: string[] }) {
  const t = useT();
  const { edit, readOnly } = useEditor();
  const [text, setText] = useState(units.join(", "));
  const [last, setLast] = useState(units);
  if (units !== last) {
    setLast(units);
    if (split(text).join(",") !== units.join(",")) setText(units.join(", "));
  }
  const id = fieldId(["recipients", "archive", "units"]);
  return (
    <div className="kh-field">
      <label className="kh-field__label" htmlFor={id}>
        {t.recipients.units}
      </label>
      <div className="kh-field__hint" id={`${id}-hint`}>
        {t.recipients.unitsHint}
      </div>
      <input
        id={id}
        {...pathAttr(["recipients", "archive", "units"])}
        className="kh-input kh-focusable"
        readOnly={readOnly}
        aria-describedby={`${id}-hint`}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          edit({
            type: "set",
            path: ["recipients", "archive", "units"],
            value: split(e.target.value),
            coalesce: "archive.units",
          });
        }}
      />
    </div>
  );
}

function split(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((u) => u.trim())
    .filter((u) => u !== "");
}
