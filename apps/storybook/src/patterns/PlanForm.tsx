import { isCompleteDate, type PartialDate } from "@kehoach/text-vi";
import { Alert } from "@kehoach/ui/alert";
import { Button } from "@kehoach/ui/button";
import { Combobox, type ComboboxOption } from "@kehoach/ui/combobox";
import { DateField } from "@kehoach/ui/date-field";
import { RadioGroup } from "@kehoach/ui/radio-group";
import { TextArea } from "@kehoach/ui/text-area";
import { TextField } from "@kehoach/ui/text-field";
import { type FormEvent, useRef, useState } from "react";

const agencies: ComboboxOption[] = [
  { value: "vp", label: "Văn phòng HĐND và UBND xã", keywords: ["Văn phòng"] },
  { value: "vhxh", label: "Phòng Văn hóa - Xã hội", keywords: ["VH-XH"] },
  { value: "ktht", label: "Phòng Kinh tế, Hạ tầng và Đô thị" },
  { value: "ca", label: "Công an xã" },
  { value: "yte", label: "Trạm Y tế xã" },
];

type Field = "title" | "kind" | "lead" | "start" | "end" | "content";

interface Values {
  title: string;
  kind: string | null;
  lead: string | null;
  start: PartialDate | null;
  end: PartialDate | null;
  content: string;
}

const dayNumber = (d: PartialDate) => d.year * 10000 + (d.month ?? 0) * 100 + (d.day ?? 0);

/** Validation in the words a reviewer would use: what is wrong, and where. */
function validate(v: Values): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  if (v.title.trim() === "") errors.title = "Nhập tên nhiệm vụ.";
  else if (v.title.trim().length < 10)
    errors.title = "Tên nhiệm vụ quá ngắn: viết rõ việc cần làm (ít nhất 10 ký tự).";
  if (v.kind === null) errors.kind = "Chọn loại nhiệm vụ.";
  if (v.lead === null) errors.lead = "Chọn cơ quan chủ trì.";
  if (v.start === null || !isCompleteDate(v.start)) errors.start = "Ngày bắt đầu: nhập đủ ngày, tháng, năm.";
  if (v.end === null) errors.end = "Thời hạn hoàn thành: nhập ít nhất năm.";
  else if (v.start !== null && dayNumber(v.end) < dayNumber(v.start))
    errors.end = "Thời hạn hoàn thành phải sau ngày bắt đầu.";
  if (v.content.length > 300) errors.content = "Nội dung quá 300 ký tự: tách thành nhiều nhiệm vụ.";
  return errors;
}

const ORDER: Field[] = ["title", "kind", "lead", "start", "end", "content"];

/**
 * A task form with GOV.UK-style validation: an error summary at the top that takes focus and
 * links to each field, and the same message beside the field.
 */
export function PlanForm() {
  const [values, setValues] = useState<Values>({
    title: "",
    kind: null,
    lead: null,
    start: null,
    end: null,
    content: "",
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [saved, setSaved] = useState(false);
  const summary = useRef<HTMLElement>(null);
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(values);
    setErrors(found);
    setSaved(Object.keys(found).length === 0);
    if (Object.keys(found).length > 0) requestAnimationFrame(() => summary.current?.focus());
  };
  const list = ORDER.filter((f) => errors[f]);

  return (
    <form
      noValidate
      onSubmit={submit}
      style={{ display: "grid", gap: "var(--kh-space-5)", maxInlineSize: "40rem" }}
    >
      <h1 style={{ margin: 0 }}>Thêm nhiệm vụ</h1>
      {list.length > 0 && (
        <section ref={summary} tabIndex={-1} aria-labelledby="error-summary-title">
          <Alert tone="error" title={<span id="error-summary-title">Có {list.length} lỗi cần sửa</span>}>
            <ul style={{ margin: 0, paddingInlineStart: "1.25rem" }}>
              {list.map((f) => (
                <li key={f}>
                  <a href={`#field-${f}`} style={{ color: "inherit" }}>
                    {errors[f]}
                  </a>
                </li>
              ))}
            </ul>
          </Alert>
        </section>
      )}
      {saved && (
        <Alert tone="success" live title="Đã thêm nhiệm vụ">
          {values.title}
        </Alert>
      )}
      <TextField
        id="field-title"
        label="Tên nhiệm vụ"
        required
        value={values.title}
        error={errors.title}
        onChange={(e) => set("title", e.target.value)}
      />
      <RadioGroup
        legend="Loại nhiệm vụ"
        required
        orientation="horizontal"
        error={errors.kind}
        value={values.kind}
        onValueChange={(v) => set("kind", v)}
        name="kind"
        options={[
          { value: "thuong-xuyen", label: "Thường xuyên" },
          { value: "trong-tam", label: "Trọng tâm" },
        ]}
      />
      <Combobox
        id="field-lead"
        label="Cơ quan chủ trì"
        required
        options={agencies}
        value={values.lead}
        error={errors.lead}
        onValueChange={(v) => set("lead", v)}
      />
      <DateField
        id="field-start"
        label="Ngày bắt đầu"
        required
        error={errors.start}
        value={values.start}
        onValueChange={(d) => set("start", d)}
      />
      <DateField
        id="field-end"
        label="Thời hạn hoàn thành"
        allowPartial
        required
        error={errors.end}
        value={values.end}
        onValueChange={(d) => set("end", d)}
      />
      <TextArea
        id="field-content"
        label="Nội dung"
        markOptional
        maxChars={300}
        error={errors.content}
        value={values.content}
        onChange={(e) => set("content", e.target.value)}
      />
      <div>
        <Button type="submit">Thêm nhiệm vụ</Button>
      </div>
    </form>
  );
}
