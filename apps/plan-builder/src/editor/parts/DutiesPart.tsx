import {
  type DutyItem,
  type ImplementationDuty,
  type Plan,
  REPORT_CADENCES,
  type ReportingDuty,
  ROLES,
  type Role,
} from "@kehoach/plan-model";
import { suggestDuties } from "@kehoach/plan-model/editing";
import { Button } from "@kehoach/ui/button";
import { Dialog } from "@kehoach/ui/dialog";
import { memo, useState } from "react";
import { useT } from "../../i18n/context.js";
import { AgencyPicker } from "../AgencyPicker.js";
import { useEditor } from "../editor-context.js";
import { pathAttr } from "../field-id.js";
import { ListEditor, TextInput } from "../fields.js";
import { TimeField } from "../TimeField.js";

// "Tổ chức thực hiện": what each agency is to do, suggested from the task table (each agency the
// tasks name gets the tasks it leads or supports), and the reporting duties.

export const DutiesPart = memo(function DutiesPart({
  implementation,
  getPlan,
}: {
  implementation: ImplementationDuty[];
  getPlan: () => Plan;
}) {
  const t = useT();
  const { edit, matcher, readOnly } = useEditor();
  const [suggested, setSuggested] = useState<ImplementationDuty[] | null>(null);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const open = () => {
    const list = suggestDuties(getPlan(), matcher);
    setSuggested(list);
    setChosen(new Set(list.map((_, i) => i)));
  };
  const addChosen = () => {
    const picked = (suggested ?? []).filter((_, i) => chosen.has(i));
    if (picked.length > 0)
      edit({ type: "set", path: ["implementation"], value: [...implementation, ...picked] });
    setSuggested(null);
  };
  return (
    <div className="pb-part__body">
      <div className="pb-row">
        <Button variant="secondary" size="sm" onClick={open} disabled={readOnly}>
          {t.duties.suggest}
        </Button>
      </div>
      <ListEditor
        path={["implementation"]}
        items={implementation}
        noun={t.duties.noun}
        addLabel={t.duties.add}
        newItem={(): ImplementationDuty => ({
          id: crypto.randomUUID(),
          agency: { name: "" },
          items: [{ text: "" }],
        })}
        focusAfterAdd={(p) => [...p, "agency"]}
        emptyText={t.duties.empty}
        renderItem={(duty, _i, path) => (
          <div className="pb-duty">
            <AgencyPicker
              label={t.duties.agency}
              max={1}
              path={[...path, "agency"]}
              values={duty.agency.name ? [{ ref: duty.agency, path: [...path, "agency"] }] : []}
              onChange={(refs) =>
                edit({ type: "set", path: [...path, "agency"], value: refs[0] ?? { name: "" } })
              }
            />
            <AgencyPicker
              label={t.duties.coAgencies}
              path={[...path, "coAgencies"]}
              values={(duty.coAgencies ?? []).map((ref, j) => ({ ref, path: [...path, "coAgencies", j] }))}
              onChange={(refs) =>
                edit({ type: "set", path: [...path, "coAgencies"], value: refs.length ? refs : undefined })
              }
            />
            <TextInput
              path={[...path, "heading"]}
              value={duty.heading}
              label={t.duties.heading}
              hint={t.duties.headingHint}
              optional
            />
            <label className="pb-check">
              <input
                type="checkbox"
                checked={duty.requested === true}
                disabled={readOnly}
                onChange={(e) =>
                  edit({ type: "set", path: [...path, "requested"], value: e.target.checked || undefined })
                }
              />
              {t.duties.requested}
            </label>
            <ListEditor
              path={[...path, "items"]}
              items={duty.items}
              noun={t.duties.item}
              addLabel={t.duties.addItem}
              newItem={(): DutyItem => ({ text: "" })}
              focusAfterAdd={(p) => [...p, "text"]}
              renderItem={(item, _j, itemPath, name) => (
                <DutyItemFields item={item} path={itemPath} name={name} />
              )}
            />
          </div>
        )}
      />
      <Dialog
        open={suggested !== null}
        onOpenChange={(isOpen) => {
          if (!isOpen) setSuggested(null);
        }}
        title={t.duties.suggestTitle}
        description={t.duties.suggestDescription}
        size="lg"
        footer={
          <div className="pb-row">
            <Button variant="secondary" onClick={() => setSuggested(null)}>
              {t.common.cancel}
            </Button>
            <Button onClick={addChosen} disabled={chosen.size === 0}>
              {t.duties.addChosen(chosen.size)}
            </Button>
          </div>
        }
      >
        {suggested && suggested.length === 0 ? <p>{t.duties.nothingToSuggest}</p> : null}
        <ul className="pb-suggestions">
          {(suggested ?? []).map((duty, i) => (
            <li key={duty.id}>
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
                  <strong>
                    {duty.requested ? `${t.duties.requestPrefix} ${duty.agency.name}` : duty.agency.name}
                  </strong>
                  {duty.items.map((item) => (
                    <span key={item.text} className="pb-suggestions__text">
                      {item.text}
                    </span>
                  ))}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </Dialog>
    </div>
  );
});

function DutyItemFields({
  item,
  path,
  name,
}: {
  item: DutyItem;
  path: readonly (string | number)[];
  name: string;
}) {
  const t = useT();
  const { edit, readOnly } = useEditor();
  return (
    <div className="pb-duty-item">
      <TextInput path={[...path, "text"]} value={item.text} label={name} multiline rows={3} />
      <fieldset className="pb-fieldset">
        <legend>{t.duties.roles}</legend>
        <div className="pb-checks">
          {ROLES.map((role: Role) => (
            <label key={role} className="pb-check">
              <input
                type="checkbox"
                checked={item.roles?.includes(role) ?? false}
                disabled={readOnly}
                onChange={(e) => {
                  const roles = e.target.checked
                    ? ROLES.filter((r) => r === role || item.roles?.includes(r))
                    : (item.roles ?? []).filter((r) => r !== role);
                  edit({ type: "set", path: [...path, "roles"], value: roles.length ? roles : undefined });
                }}
              />
              {t.roles[role]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="pb-grid-2">
        <TimeField
          path={[...path, "deadline"]}
          value={item.deadline ?? { raw: "", kind: "unspecified" }}
          label={t.duties.deadline}
        />
        <label className="pb-check">
          <input
            type="checkbox"
            checked={item.childPlan === true}
            disabled={readOnly}
            onChange={(e) =>
              edit({ type: "set", path: [...path, "childPlan"], value: e.target.checked || undefined })
            }
          />
          {t.duties.childPlan}
        </label>
      </div>
    </div>
  );
}

export const ReportingPart = memo(function ReportingPart({ reporting }: { reporting: ReportingDuty[] }) {
  const t = useT();
  const { edit, readOnly } = useEditor();
  return (
    <div className="pb-part__body">
      <ListEditor
        path={["reporting"]}
        items={reporting}
        noun={t.reporting.noun}
        addLabel={t.reporting.add}
        newItem={(): ReportingDuty => ({
          id: crypto.randomUUID(),
          reporter: { name: "" },
          recipient: { name: "" },
          cadences: ["quarter", "halfYear", "year"],
        })}
        focusAfterAdd={(p) => [...p, "reporter"]}
        emptyText={t.reporting.empty}
        renderItem={(duty, _i, path) => (
          <div className="pb-duty">
            <div className="pb-grid-3">
              {(["reporter", "recipient", "via"] as const).map((field) => {
                const ref = duty[field];
                return (
                  <AgencyPicker
                    key={field}
                    label={t.reporting[field]}
                    max={1}
                    path={[...path, field]}
                    values={ref?.name ? [{ ref, path: [...path, field] }] : []}
                    onChange={(refs) =>
                      edit({
                        type: "set",
                        path: [...path, field],
                        value: refs[0] ?? (field === "via" ? undefined : { name: "" }),
                      })
                    }
                  />
                );
              })}
            </div>
            <fieldset className="pb-fieldset" {...pathAttr([...path, "cadences"])}>
              <legend>{t.reporting.cadences}</legend>
              <div className="pb-checks">
                {REPORT_CADENCES.map((cadence) => (
                  <label key={cadence} className="pb-check">
                    <input
                      type="checkbox"
                      checked={duty.cadences.includes(cadence)}
                      disabled={readOnly}
                      onChange={(e) =>
                        edit({
                          type: "set",
                          path: [...path, "cadences"],
                          value: e.target.checked
                            ? REPORT_CADENCES.filter((c) => c === cadence || duty.cadences.includes(c))
                            : duty.cadences.filter((c) => c !== cadence),
                        })
                      }
                    />
                    {t.reporting.cadenceNames[cadence]}
                  </label>
                ))}
              </div>
            </fieldset>
            <TextInput
              path={[...path, "embeddedIn"]}
              value={duty.embeddedIn}
              label={t.reporting.embeddedIn}
              optional
            />
            <TextInput
              path={[...path, "text"]}
              value={duty.text}
              label={t.reporting.text}
              hint={t.reporting.textHint}
              multiline
              optional
            />
          </div>
        )}
      />
    </div>
  );
});
