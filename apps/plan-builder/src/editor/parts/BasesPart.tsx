import { type Abbreviation, type Basis, type DocRef, formatDocRef, toBasis } from "@kehoach/plan-model";
import { formatPath } from "@kehoach/plan-model/editing";
import { Select } from "@kehoach/ui/select";
import { memo } from "react";
import { useT } from "../../i18n/context.js";
import { useEditor } from "../editor-context.js";
import { fieldId, pathAttr } from "../field-id.js";
import { ListEditor, TextInput } from "../fields.js";

// Căn cứ and Thực hiện lines with the documents they cite, read as the author types ("Nghị quyết
// số 76/NQ-CP ngày 15/7/2021 của Chính phủ"), the superior's plan this plan carries out, the
// opening sentence and the abbreviations the plan defines.

interface BasesPartProps {
  bases: Basis[];
  parentPlan: DocRef | undefined;
  intro: string | undefined;
  abbreviations: Abbreviation[];
}

export const BasesPart = memo(function BasesPart({
  bases,
  parentPlan,
  intro,
  abbreviations,
}: BasesPartProps) {
  const t = useT();
  const { edit, readOnly } = useEditor();
  const plans = bases.flatMap((b) => b.refs).filter((r) => r.type === "Kế hoạch");
  const parentIndex = parentPlan ? plans.findIndex((r) => formatDocRef(r) === formatDocRef(parentPlan)) : -1;
  return (
    <div className="pb-part__body">
      <ListEditor
        path={["bases"]}
        items={bases}
        noun={t.bases.noun}
        addLabel={t.bases.add}
        newItem={() => ({ kind: "can_cu", text: "", refs: [] }) satisfies Basis}
        focusAfterAdd={(p) => [...p, "text"]}
        emptyText={t.bases.empty}
        renderItem={(basis, _i, path, name) => <BasisField basis={basis} path={path} name={name} />}
      />
      <Select
        id={fieldId(["parentPlan"])}
        {...pathAttr(["parentPlan"])}
        label={t.bases.parentPlan}
        hint={t.bases.parentPlanHint}
        placeholder={t.bases.noParentPlan}
        disabled={readOnly}
        options={plans.map((r, i) => ({ value: String(i), label: formatDocRef(r) }))}
        value={parentIndex >= 0 ? String(parentIndex) : ""}
        onChange={(e) =>
          edit({
            type: "set",
            path: ["parentPlan"],
            value: e.target.value === "" ? undefined : plans[Number(e.target.value)],
          })
        }
      />
      <TextInput
        path={["intro"]}
        value={intro}
        label={t.bases.intro}
        hint={t.bases.introHint}
        multiline
        optional
      />
      <h3 className="pb-subheading">{t.bases.abbreviations}</h3>
      <ListEditor
        path={["abbreviations"]}
        items={abbreviations}
        noun={t.bases.abbreviation}
        addLabel={t.bases.addAbbreviation}
        newItem={() => ({ short: "", long: "" })}
        focusAfterAdd={(p) => [...p, "short"]}
        renderItem={(item, _i, path) => (
          <div className="pb-grid-short-long">
            <TextInput path={[...path, "short"]} value={item.short} label={t.bases.short} />
            <TextInput path={[...path, "long"]} value={item.long} label={t.bases.long} />
          </div>
        )}
      />
    </div>
  );
});

function BasisField({
  basis,
  path,
  name,
}: {
  basis: Basis;
  path: readonly (string | number)[];
  name: string;
}) {
  const t = useT();
  const { edit, readOnly } = useEditor();
  const textPath = [...path, "text"];
  const id = fieldId(textPath);
  return (
    <div className="kh-field">
      <label className="kh-field__label" htmlFor={id}>
        {name}
      </label>
      <div className="kh-field__hint" id={`${id}-hint`}>
        {t.bases.hint}
      </div>
      <textarea
        id={id}
        {...pathAttr(textPath)}
        className="kh-input kh-focusable"
        rows={2}
        readOnly={readOnly}
        aria-describedby={`${id}-hint ${id}-refs`}
        value={basis.text}
        onChange={(e) =>
          edit({ type: "set", path, value: toBasis(e.target.value), coalesce: formatPath(textPath) })
        }
      />
      <p className="pb-understood" id={`${id}-refs`}>
        {t.bases.kind[basis.kind]}
        {" · "}
        {basis.refs.length > 0
          ? t.bases.cites(basis.refs.map(formatDocRef).join("; "))
          : t.bases.citesNothing}
      </p>
    </div>
  );
}
