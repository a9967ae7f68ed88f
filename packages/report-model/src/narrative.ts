import type { Plan, ReportPeriod } from "@kehoach/plan-model";
import { formatPercent } from "@kehoach/text-vi";
import { showDate } from "./dates.js";
import type { Narrative } from "./draft.js";
import type { PeriodFacts, TaskFact } from "./facts.js";
import { type FormGroup, formatTotals } from "./indicators.js";
import { nextPeriodPhrase } from "./period.js";
import { asClause } from "./sentence.js";

// The free-text sections of the báo cáo drafted from the facts, for a person to edit: nobody
// should have to find the overdue tasks by hand. A line starting with "- " is an ý of the
// section; other lines are paragraphs.

export interface NarrativeContext {
  plan: Plan;
  period: ReportPeriod;
  window: { from: string; to: string };
  facts: PeriodFacts;
  forms: FormGroup[];
}

export function draftNarrative({ plan, period, window, facts, forms }: NarrativeContext): Narrative {
  const agencies = facts.byAgency.length;
  const direction = `${plan.issuer.name} ban hành ${planReference(plan)} về ${lowerFirst(asClause(plan.title))}; giao ${agencies} cơ quan, đơn vị chủ trì thực hiện ${facts.total} nhiệm vụ, có cơ quan phối hợp và thời gian thực hiện cụ thể; thường xuyên theo dõi, đôn đốc và định kỳ tổng hợp kết quả thực hiện.`;

  const strengths: string[] = [];
  const c = facts.counts;
  strengths.push(
    `- Đến ngày ${showDate(window.to)}, đã hoàn thành ${facts.done}/${facts.total} nhiệm vụ (đúng hạn ${c.done_on_time}, quá hạn ${c.done_late}); ${c.in_progress} nhiệm vụ đang thực hiện trong hạn; tiến độ chung của Kế hoạch đạt ${formatPercent(facts.percent)}.`,
  );
  const used = forms.filter((f) => f.totals.length > 0);
  if (used.length > 0) {
    strengths.push(
      `- Các hình thức tuyên truyền đã thực hiện trong kỳ: ${used.map((f) => `${lowerFirst(f.label)} (${formatTotals(f.totals)})`).join("; ")}.`,
    );
  }

  const weaknesses: string[] = [];
  if (facts.overdue.length > 0) {
    weaknesses.push(
      `- Còn ${facts.overdue.length} nhiệm vụ quá hạn chưa hoàn thành: ${listTasks(facts.overdue, true)}.`,
    );
  }
  if (facts.awaitingDate.length > 0) {
    weaknesses.push(
      `- ${facts.awaitingDate.length} nhiệm vụ báo đã hoàn thành nhưng chưa có ngày hoàn thành, chưa được tính vào kết quả: ${listTasks(facts.awaitingDate, false)}.`,
    );
  }
  if (c.done_late > 0) {
    weaknesses.push(`- ${c.done_late} nhiệm vụ hoàn thành nhưng chậm so với thời gian quy định.`);
  }
  // Overdue tasks are named above already; the idle ones left are those still within their time.
  const idle = facts.noActivity.filter((t) => t.status !== "overdue");
  if (idle.length > 0) {
    weaknesses.push(`- ${idle.length} nhiệm vụ chưa có hoạt động trong kỳ: ${listTasks(idle, false)}.`);
  }
  if (weaknesses.length === 0)
    weaknesses.push("- Qua số liệu của kỳ, không có nhiệm vụ quá hạn hoặc chậm tiến độ.");

  const nextSteps: string[] = [];
  if (facts.overdue.length > 0) {
    nextSteps.push(`- Tập trung hoàn thành ngay các nhiệm vụ quá hạn: ${listTasks(facts.overdue, false)}.`);
  }
  nextSteps.push(
    `- Tiếp tục thực hiện các nhiệm vụ còn lại của Kế hoạch trong ${nextPeriodPhrase(period)}, bảo đảm đúng thời gian quy định.`,
  );
  nextSteps.push(
    "- Tiếp tục theo dõi, đôn đốc các cơ quan, đơn vị và tổng hợp, báo cáo kết quả theo quy định.",
  );

  return {
    direction,
    strengths: strengths.join("\n"),
    weaknesses: weaknesses.join("\n"),
    nextSteps: nextSteps.join("\n"),
    proposals: "",
  };
}

/** "Kế hoạch số 15/KH-UBND ngày 20/01/2026", or "Kế hoạch" for one not yet numbered. */
export function planReference(plan: Plan): string {
  const number = plan.number && plan.symbol ? ` số ${plan.number}/${plan.symbol}` : "";
  const { day, month, year } = plan.issuedOn;
  const date = day && month ? ` ngày ${showDate(`${year}-${pad(month)}-${pad(day)}`)}` : "";
  return `Kế hoạch${number}${date}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function listTasks(tasks: readonly TaskFact[], withDetail: boolean): string {
  return tasks
    .map((t) => {
      const detail = withDetail
        ? ` (${[t.leads.join(", ") ? `${t.leads.join(", ")} chủ trì` : "", t.due ? `hạn ${showDate(t.due)}` : ""].filter(Boolean).join(", ")})`
        : "";
      return `“${asClause(t.title)}”${detail}`;
    })
    .join("; ");
}

function lowerFirst(text: string): string {
  // Keep proper names and abbreviations ("UBND", "Cổng") as they are; lower only a plain first word.
  const first = text.split(/\s/)[0] ?? "";
  if (first.length > 1 && first === first.toLocaleUpperCase("vi")) return text;
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}
