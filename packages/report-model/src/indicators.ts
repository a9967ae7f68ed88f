import { FORM_CODES, type FormCode, type Plan, type Task, type TaskNode } from "@kehoach/plan-model";
import { cleanLine, formatQuantity, toneKey } from "@kehoach/text-vi";
import { workNodes } from "./agencies.js";
import type { PeriodEntry } from "./entry.js";

// Kết quả thực hiện is reported by form of communication (plan-domain §4.1–4.2), with the counts
// of every entry of the window added up per indicator. The same indicator must keep its concept
// and unit to be added (the Quảng Trị rule), so counts are added only within one label and unit;
// rates ("%") are not added: the latest figure stands.

export type FormGroupCode = FormCode | "none";

export const FORM_LABELS: Record<FormGroupCode, string> = {
  massMedia: "Tuyên truyền trên báo chí, phương tiện thông tin đại chúng",
  portal: "Tuyên truyền trên Cổng/Trang thông tin điện tử",
  radio: "Tuyên truyền trên hệ thống truyền thanh",
  bulletin: "Tuyên truyền qua bản tin",
  print: "Biên soạn, phát hành tài liệu tuyên truyền",
  visual: "Tuyên truyền trực quan (băng rôn, khẩu hiệu, pa nô, áp phích)",
  contest: "Tổ chức hội thi",
  training: "Tập huấn, bồi dưỡng",
  conference: "Hội nghị, hội thảo, tọa đàm",
  integrated: "Lồng ghép trong hội nghị, sinh hoạt và phổ biến, giáo dục pháp luật",
  mobile: "Tuyên truyền lưu động",
  cultural: "Hoạt động văn hóa, văn nghệ, thể thao",
  dialogue: "Đối thoại với người dân, doanh nghiệp",
  publication: "Công khai, niêm yết thủ tục hành chính",
  hotline: "Đường dây nóng, tiếp nhận phản ánh, kiến nghị",
  socialMedia: "Tuyên truyền trên mạng xã hội",
  other: "Hình thức khác",
  none: "Các nhiệm vụ khác",
};

export interface IndicatorTotal {
  key: string;
  label: string;
  unit: string;
  value: number;
  /** "sum" for counts; "latest" for rates, which are not added up. */
  rule: "sum" | "latest";
  /** How many entries gave a figure. */
  entries: number;
}

export interface FormGroup {
  form: FormGroupCode;
  label: string;
  taskIds: string[];
  totals: IndicatorTotal[];
}

/** The form a task is counted under: its first coded form, else its nearest ancestor's. */
export function formOfTask(node: TaskNode): FormGroupCode {
  for (let n: TaskNode | undefined = node; n; n = n.parent) {
    const code = n.task.forms?.find((f) => f.code)?.code;
    if (code) return code;
  }
  return "none";
}

export function isRateUnit(unit: string): boolean {
  return /^(%|phần trăm|tỷ lệ %?)$/iu.test(unit.trim());
}

/** Indicator figures of some entries added up per label and unit (rates: the latest figure). */
export function totalIndicators(entries: readonly PeriodEntry[], task?: Task): IndicatorTotal[] {
  const declared = new Map((task?.indicators ?? []).map((i) => [i.id, i]));
  const sorted = [...entries].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const totals = new Map<string, IndicatorTotal>();
  for (const entry of sorted) {
    for (const figure of entry.indicators) {
      const known = figure.indicator ? declared.get(figure.indicator) : undefined;
      const label = cleanLine(known?.label ?? figure.label);
      const unit = cleanLine(known?.unit ?? figure.unit);
      const key = figureKey(label, unit);
      const rule = isRateUnit(unit) ? "latest" : "sum";
      const seen = totals.get(key);
      if (!seen) totals.set(key, { key, label, unit, value: figure.value, rule, entries: 1 });
      else {
        seen.value = rule === "latest" ? figure.value : seen.value + figure.value;
        seen.entries++;
      }
    }
  }
  return [...totals.values()].map((t) => ({ ...t, value: roundFigure(t.value) }));
}

// Folding a label for tone placement is the costly step of adding up thousands of figures, and
// the same few labels recur: the keys are remembered.
const keys = new Map<string, string>();
function figureKey(label: string, unit: string): string {
  const raw = `${label}\u0000${unit}`;
  let key = keys.get(raw);
  if (key === undefined) {
    key = `${toneKey(label)}|${unit.toLocaleLowerCase("vi")}`;
    if (keys.size > 10_000) keys.clear();
    keys.set(raw, key);
  }
  return key;
}

/** Floating-point sums (0.1 + 0.2) rounded back to the figures people typed. */
function roundFigure(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * Every form of the plan that has tasks, in the catalogue's order (tasks without a coded form
 * last), with the figures of the given entries added up across its tasks.
 */
export function sumByForm(plan: Plan, entries: readonly PeriodEntry[]): FormGroup[] {
  const groups = new Map<FormGroupCode, { taskIds: string[]; entries: PeriodEntry[] }>();
  const taskForm = new Map<string, FormGroupCode>();
  for (const node of workNodes(plan)) {
    const form = formOfTask(node);
    taskForm.set(node.task.id, form);
    const group = groups.get(form) ?? { taskIds: [], entries: [] };
    group.taskIds.push(node.task.id);
    groups.set(form, group);
  }
  for (const entry of entries) {
    const form = taskForm.get(entry.taskId);
    if (form) groups.get(form)?.entries.push(entry);
  }
  const order: FormGroupCode[] = [...FORM_CODES, "none"];
  return order.flatMap((form) => {
    const group = groups.get(form);
    if (!group) return [];
    return [
      { form, label: FORM_LABELS[form], taskIds: group.taskIds, totals: totalIndicators(group.entries) },
    ];
  });
}

/** "25 tin, bài; Băng rôn: 95 mét; Tỷ lệ thủ tục được niêm yết: 100%". */
export function formatTotals(totals: readonly IndicatorTotal[]): string {
  return totals.map(formatFigure).join("; ");
}

/** A figure with its unit, named by its label when the unit alone does not say what was counted. */
export function formatFigure(total: { value: number; unit: string; label: string }): string {
  const amount = isRateUnit(total.unit)
    ? `${formatQuantity(total.value)}%`
    : `${formatQuantity(total.value)} ${total.unit}`.trim();
  const label = cleanLine(total.label);
  return label === "" || toneKey(label) === toneKey(total.unit) ? amount : `${label}: ${amount}`;
}
