import {
  AUDIENCE_TAGS,
  type Audience,
  FORM_CODES,
  type FormEntry,
  PAR_AREAS,
  type ParArea,
  type Target,
} from "@kehoach/plan-model";
import { Select } from "@kehoach/ui/select";
import { memo } from "react";
import { useT } from "../../i18n/context.js";
import { useEditor } from "../editor-context.js";
import { fieldId, pathAttr } from "../field-id.js";
import { ListEditor, NumberInput, TextInput, TextList } from "../fields.js";

// Purposes and requirements, and what the plan is about: its audiences, the reform areas and
// indices it addresses, the communication forms it uses and the targets it sets.

export const PurposesPart = memo(function PurposesPart({
  purposes,
  requirements,
}: {
  purposes: string[];
  requirements: string[];
}) {
  const t = useT();
  return (
    <div className="pb-part__body">
      <h3 className="pb-subheading">{t.purposes.purposes}</h3>
      <TextList
        path={["purposes"]}
        items={purposes}
        noun={t.purposes.purpose}
        addLabel={t.purposes.addPurpose}
      />
      <h3 className="pb-subheading">{t.purposes.requirements}</h3>
      <TextList
        path={["requirements"]}
        items={requirements}
        noun={t.purposes.requirement}
        addLabel={t.purposes.addRequirement}
      />
    </div>
  );
});

interface ContentPartProps {
  audiences: Audience[];
  themes: ParArea[];
  indices: string[];
  forms: FormEntry[];
  targets: Target[];
}

export const ContentPart = memo(function ContentPart({
  audiences,
  themes,
  indices,
  forms,
  targets,
}: ContentPartProps) {
  const t = useT();
  const { edit, readOnly } = useEditor();
  return (
    <div className="pb-part__body">
      <h3 className="pb-subheading">{t.content.audiences}</h3>
      <ListEditor
        path={["audiences"]}
        items={audiences}
        noun={t.content.audience}
        addLabel={t.content.addAudience}
        newItem={(): Audience => ({ text: "" })}
        focusAfterAdd={(p) => [...p, "text"]}
        renderItem={(item, _i, path) => (
          <div className="pb-grid-tag">
            <Select
              id={fieldId([...path, "tag"])}
              label={t.content.audienceTag}
              placeholder={t.content.noTag}
              disabled={readOnly}
              options={AUDIENCE_TAGS.map((tag) => ({ value: tag, label: t.content.audienceTags[tag] }))}
              value={item.tag ?? ""}
              onChange={(e) =>
                edit({ type: "set", path: [...path, "tag"], value: e.target.value || undefined })
              }
            />
            <TextInput path={[...path, "text"]} value={item.text} label={t.content.audienceText} />
          </div>
        )}
      />
      <fieldset className="pb-fieldset" {...pathAttr(["themes"])}>
        <legend>{t.content.themes}</legend>
        <div className="pb-checks">
          {PAR_AREAS.map((area) => (
            <label key={area} className="pb-check">
              <input
                type="checkbox"
                checked={themes.includes(area)}
                disabled={readOnly}
                onChange={(e) =>
                  edit({
                    type: "set",
                    path: ["themes"],
                    value: e.target.checked
                      ? PAR_AREAS.filter((a) => a === area || themes.includes(a))
                      : themes.filter((a) => a !== area),
                  })
                }
              />
              {t.content.parAreas[area]}
            </label>
          ))}
        </div>
      </fieldset>
      <h3 className="pb-subheading">{t.content.indices}</h3>
      <TextList
        path={["indices"]}
        items={indices}
        noun={t.content.index}
        addLabel={t.content.addIndex}
        multiline={false}
      />
      <h3 className="pb-subheading">{t.content.forms}</h3>
      <ListEditor
        path={["forms"]}
        items={forms}
        noun={t.content.form}
        addLabel={t.content.addForm}
        newItem={(): FormEntry => ({ text: "" })}
        focusAfterAdd={(p) => [...p, "text"]}
        renderItem={(item, _i, path) => (
          <div className="pb-grid-tag">
            <Select
              id={fieldId([...path, "code"])}
              label={t.content.formCode}
              placeholder={t.content.noTag}
              disabled={readOnly}
              options={FORM_CODES.map((code) => ({ value: code, label: t.content.formCodes[code] }))}
              value={item.code ?? ""}
              onChange={(e) =>
                edit({ type: "set", path: [...path, "code"], value: e.target.value || undefined })
              }
            />
            <TextInput path={[...path, "text"]} value={item.text} label={t.content.formText} />
          </div>
        )}
      />
      <h3 className="pb-subheading">{t.content.targets}</h3>
      <ListEditor
        path={["targets"]}
        items={targets}
        noun={t.content.target}
        addLabel={t.content.addTarget}
        newItem={(): Target => ({ id: crypto.randomUUID(), text: "" })}
        focusAfterAdd={(p) => [...p, "text"]}
        renderItem={(item, _i, path) => (
          <>
            <TextInput
              path={[...path, "text"]}
              value={item.text}
              label={t.content.targetText}
              multiline
              rows={2}
            />
            <div className="pb-grid-3">
              <NumberInput path={[...path, "value"]} value={item.value} label={t.content.targetValue} />
              <TextInput path={[...path, "unit"]} value={item.unit} label={t.content.targetUnit} optional />
              <TextInput
                path={[...path, "indicator"]}
                value={item.indicator}
                label={t.content.targetIndicator}
                optional
              />
            </div>
          </>
        )}
      />
    </div>
  );
});
