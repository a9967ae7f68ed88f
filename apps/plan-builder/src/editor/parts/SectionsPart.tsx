import { toRoman } from "@kehoach/plan-documents";
import { type ContentBlock, type Section, SLOTS, type Slot } from "@kehoach/plan-model";
import type { Path } from "@kehoach/plan-model/editing";
import { Select } from "@kehoach/ui/select";
import { memo } from "react";
import { useT } from "../../i18n/context.js";
import { useEditor } from "../editor-context.js";
import { fieldId } from "../field-id.js";
import { ListEditor, TextInput } from "../fields.js";

// The outline of the document: its mục (I., II., …) in the author's order and words, and in each
// the khoản headings, the paragraphs, and where the plan's structured parts stand (the purposes,
// the task table, the duties, …), which are written in their own parts of the editor.

export const SectionsPart = memo(function SectionsPart({ sections }: { sections: Section[] }) {
  const t = useT();
  return (
    <div className="pb-part__body">
      <p className="pb-hint">{t.sections.hint}</p>
      <ListEditor
        path={["sections"]}
        items={sections}
        noun={t.sections.noun}
        addLabel={t.sections.add}
        newItem={(): Section => ({ id: crypto.randomUUID(), heading: "", content: [] })}
        focusAfterAdd={(p) => [...p, "heading"]}
        emptyText={t.sections.empty}
        renderItem={(section, index, path) => (
          <div className="pb-section">
            <TextInput
              path={[...path, "heading"]}
              value={section.heading}
              label={t.sections.heading(toRoman(index + 1))}
            />
            <BlocksEditor path={[...path, "content"]} blocks={section.content} />
          </div>
        )}
      />
    </div>
  );
});

export function BlocksEditor({ path, blocks }: { path: Path; blocks: ContentBlock[] }) {
  const t = useT();
  const { edit, readOnly } = useEditor();
  return (
    <ListEditor
      path={path}
      items={blocks}
      noun={t.sections.block}
      addLabel={t.sections.addParagraph}
      newItem={(): ContentBlock => ({ kind: "paragraph", text: "" })}
      addOptions={[
        { label: t.sections.addHeading, newItem: (): ContentBlock => ({ kind: "heading", text: "" }) },
        { label: t.sections.addParagraph, newItem: (): ContentBlock => ({ kind: "paragraph", text: "" }) },
        { label: t.sections.addSlot, newItem: (): ContentBlock => ({ kind: "slot", slot: "tasks" }) },
      ]}
      renderItem={(block, _i, itemPath, name) =>
        block.kind === "slot" ? (
          <Select
            id={fieldId([...itemPath, "slot"])}
            label={`${name}: ${t.sections.slot}`}
            hint={t.sections.slotHint}
            disabled={readOnly}
            options={SLOTS.map((slot) => ({ value: slot, label: t.sections.slots[slot] }))}
            value={block.slot}
            onChange={(e) =>
              edit({ type: "set", path: [...itemPath, "slot"], value: e.target.value as Slot })
            }
          />
        ) : (
          <TextInput
            path={[...itemPath, "text"]}
            value={block.text}
            label={`${name}: ${block.kind === "heading" ? t.sections.headingBlock : t.sections.paragraph}`}
            multiline={block.kind === "paragraph"}
            rows={3}
          />
        )
      }
    />
  );
}
