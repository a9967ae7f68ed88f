import { type Appendix, type Basis, type Decision, type Plan, toBasis } from "@kehoach/plan-model";
import { formatPath } from "@kehoach/plan-model/editing";
import type { PartialDate } from "@kehoach/text-vi";
import { DateField } from "@kehoach/ui/date-field";
import { memo } from "react";
import { useT } from "../../i18n/context.js";
import { useEditor } from "../editor-context.js";
import { fieldId, pathAttr } from "../field-id.js";
import { ListEditor, TextInput, TextList } from "../fields.js";
import { BlocksEditor } from "./SectionsPart.js";
import { SignerFields } from "./SignerPart.js";

// Phụ lục attached to the plan, and the Quyết định that issues the plan when it is issued that
// way ("Ban hành kèm theo Quyết định số …").

export const AppendicesPart = memo(function AppendicesPart({ appendices }: { appendices: Appendix[] }) {
  const t = useT();
  return (
    <div className="pb-part__body">
      <ListEditor
        path={["appendices"]}
        items={appendices}
        noun={t.appendices.noun}
        addLabel={t.appendices.add}
        newItem={(): Appendix => ({
          id: crypto.randomUUID(),
          label: "Phụ lục",
          title: "",
          content: [{ kind: "slot", slot: "tasks" }],
        })}
        focusAfterAdd={(p) => [...p, "title"]}
        emptyText={t.appendices.empty}
        renderItem={(appendix, _i, path) => (
          <div className="pb-section">
            <div className="pb-grid-short-long">
              <TextInput
                path={[...path, "label"]}
                value={appendix.label}
                label={t.appendices.label}
                optional
              />
              <TextInput path={[...path, "title"]} value={appendix.title} label={t.appendices.title} />
            </div>
            <BlocksEditor path={[...path, "content"]} blocks={appendix.content} />
          </div>
        )}
      />
    </div>
  );
});

export const DecisionPart = memo(function DecisionPart({
  decision,
  getPlan,
}: {
  decision: Decision | undefined;
  getPlan: () => Plan;
}) {
  const t = useT();
  const { edit, readOnly } = useEditor();
  const start = () => {
    const plan = getPlan();
    const value: Decision = {
      symbol: plan.symbol.replace(/^KH-/, "QĐ-") || "QĐ-UBND",
      place: plan.place,
      issuedOn: plan.issuedOn,
      title: `Ban hành Kế hoạch ${plan.title}`,
      bases: [],
      articles: [
        `Ban hành kèm theo Quyết định này Kế hoạch ${plan.title}.`,
        "Quyết định này có hiệu lực kể từ ngày ký.",
      ],
      ...(plan.signer ? { signer: plan.signer } : {}),
    };
    edit({ type: "set", path: ["decision"], value });
  };
  return (
    <div className="pb-part__body">
      <label className="pb-check">
        <input
          type="checkbox"
          {...pathAttr(["decision"])}
          checked={decision !== undefined}
          disabled={readOnly}
          onChange={(e) =>
            e.target.checked ? start() : edit({ type: "set", path: ["decision"], value: undefined })
          }
        />
        {t.decision.has}
      </label>
      {decision ? (
        <>
          <TextInput
            path={["decision", "title"]}
            value={decision.title}
            label={t.decision.title}
            multiline
            rows={2}
          />
          <div className="pb-grid-3">
            <TextInput path={["decision", "symbol"]} value={decision.symbol} label={t.decision.symbol} />
            <TextInput
              path={["decision", "place"]}
              value={decision.place}
              label={t.decision.place}
              optional
            />
            <DateField
              id={fieldId(["decision", "issuedOn"])}
              label={t.decision.issuedOn}
              allowPartial
              value={decision.issuedOn ?? null}
              readOnly={readOnly}
              onValueChange={(date: PartialDate | null) =>
                edit({
                  type: "set",
                  path: ["decision", "issuedOn"],
                  value: date ?? undefined,
                  coalesce: "decision.issuedOn",
                })
              }
            />
          </div>
          <TextInput
            path={["decision", "authority"]}
            value={decision.authority}
            label={t.decision.authority}
            hint={t.decision.authorityHint}
            optional
          />
          <h3 className="pb-subheading">{t.decision.bases}</h3>
          <ListEditor
            path={["decision", "bases"]}
            items={decision.bases}
            noun={t.bases.noun}
            addLabel={t.bases.add}
            newItem={(): Basis => ({ kind: "can_cu", text: "", refs: [] })}
            focusAfterAdd={(p) => [...p, "text"]}
            renderItem={(basis, _i, path, name) => (
              <DecisionBasis text={basis.text} path={path} name={name} />
            )}
          />
          <TextInput
            path={["decision", "proposal"]}
            value={decision.proposal}
            label={t.decision.proposal}
            hint={t.decision.proposalHint}
            multiline
            rows={2}
            optional
          />
          <h3 className="pb-subheading">{t.decision.articles}</h3>
          <TextList
            path={["decision", "articles"]}
            items={decision.articles}
            noun={t.decision.article}
            addLabel={t.decision.addArticle}
          />
          <h3 className="pb-subheading">{t.decision.signer}</h3>
          <SignerFields
            path={["decision", "signer"]}
            signer={decision.signer}
            issuerId={getPlan().issuer.agencyId}
          />
        </>
      ) : null}
    </div>
  );
});

function DecisionBasis({
  text,
  path,
  name,
}: {
  text: string;
  path: readonly (string | number)[];
  name: string;
}) {
  const { edit, readOnly } = useEditor();
  const textPath = [...path, "text"];
  const id = fieldId(textPath);
  return (
    <div className="kh-field">
      <label className="kh-field__label" htmlFor={id}>
        {name}
      </label>
      <textarea
        id={id}
        {...pathAttr(textPath)}
        className="kh-input kh-focusable"
        rows={2}
        readOnly={readOnly}
        value={text}
        onChange={(e) =>
          edit({ type: "set", path, value: toBasis(e.target.value), coalesce: formatPath(textPath) })
        }
      />
    </div>
  );
}
