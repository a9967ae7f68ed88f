import { toIsoDate } from "@kehoach/text-vi";
import type { DocRef } from "../../schema/doc-ref.js";
import { foldKey } from "../../text/fold.js";
import { endOf } from "../../time/calendar.js";
import { occurrences } from "../../time/occurrences.js";
import type { Rule } from "../engine.js";
import { quote, showDate, showIso, taskLabel, timeWindows } from "../helpers.js";

// Plan-domain §2, rules 1–7: years and dates that do not fit the plan.

const E = { draft: "error", issued: "error" } as const;
const W = { draft: "warning", issued: "warning" } as const;
const I = { draft: "info", issued: "info" } as const;

export const timeOutsidePlanYear: Rule = {
  id: "time-outside-plan-year",
  spec: 1,
  title: "Thời gian thực hiện nằm ngoài năm kế hoạch",
  titleEn: "Time frame outside the plan year",
  severity: E,
  check(ctx, report) {
    const { from, to } = ctx.years;
    const yearText =
      from === to
        ? ctx.say(`năm ${from}`, `year ${from}`)
        : ctx.say(`giai đoạn ${from} - ${to}`, `period ${from}–${to}`);
    for (const node of ctx.nodes) {
      for (const w of timeWindows(node.task.time, [...node.path, "time"])) {
        if (w.end < `${from}-01-01` || w.start > `${to}-12-31`) {
          report(
            w.path,
            ctx.say(
              `${taskLabel(node)}: thời gian “${node.task.time.raw}” nằm ngoài ${yearText} của kế hoạch.`,
              `${taskLabel(node, "en")}: the time frame “${node.task.time.raw}” lies outside the plan's ${yearText}.`,
            ),
          );
        }
      }
    }
  },
};

export const timeEndsBeforeIssue: Rule = {
  id: "time-ends-before-issue",
  spec: 2,
  title: "Thời gian thực hiện kết thúc trước ngày ban hành",
  titleEn: "Time frame ending before the date of issue",
  severity: E,
  check(ctx, report) {
    // A date without its day still says the plan was issued no earlier than that month.
    const issued = ctx.plan.issuedOn;
    if (issued.month === undefined) return;
    const earliest = toIsoDate({ ...issued, day: issued.day ?? 1 }) as string;
    for (const node of ctx.nodes) {
      for (const w of timeWindows(node.task.time, [...node.path, "time"])) {
        // A window outside the plan year is already an error of its own.
        if (w.end < earliest && w.end >= `${ctx.years.from}-01-01`) {
          report(
            w.path,
            ctx.say(
              `${taskLabel(node)}: thời gian “${node.task.time.raw}” kết thúc (${showIso(w.end)}) trước ngày ban hành kế hoạch (${showDate(issued)}).`,
              `${taskLabel(node, "en")}: the time frame “${node.task.time.raw}” ends (${showIso(w.end)}) before the plan's date of issue (${showDate(issued)}).`,
            ),
          );
        }
      }
    }
  },
};

const YEAR_IN_TEXT = /\bnam (\d{4})\b/g;
const DATE_BEFORE = /(ngay \d{1,2} thang \d{1,2}|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)\s*$/;

export const otherYearInText: Rule = {
  id: "other-year-in-text",
  spec: 3,
  title: "Văn bản nhắc đến năm khác với năm kế hoạch",
  titleEn: "The text names a year other than the plan year",
  severity: W,
  check(ctx, report) {
    const { from, to } = ctx.years;
    for (const t of ctx.texts) {
      if (t.kind === "basis" || t.kind === "recipient" || t.kind === "decision") continue;
      const folded = foldKey(t.text);
      YEAR_IN_TEXT.lastIndex = 0;
      for (let m = YEAR_IN_TEXT.exec(folded); m; m = YEAR_IN_TEXT.exec(folded)) {
        const year = Number(m[1]);
        if (year >= from && year <= to) continue;
        const before = folded.slice(Math.max(0, m.index - 80), m.index);
        // A date ("ngày 26 tháng 01 năm 2021"), a period ("giai đoạn 2021 - 2025") or last year's
        // results ("kết quả … năm 2023" in a 2024 plan) is not a slip.
        if (DATE_BEFORE.test(before)) continue;
        if (/giai doan\s*$/.test(before)) continue;
        if (year === from - 1 && /ket qua/.test(before)) continue;
        const years = from === to ? `${from}` : `${from} - ${to}`;
        const words = quote(t.text, m.index, m[0].length);
        report(
          t.path,
          ctx.say(
            `Nhắc đến năm ${year} trong kế hoạch năm ${years}: “${words}”. Kiểm tra lại năm (có thể sao chép từ kế hoạch năm trước).`,
            `The year ${year} is named in a plan for ${years}: “${words}”. Check the year (it may have been copied from last year's plan).`,
          ),
        );
      }
    }
  },
};

export const appendixBackRef: Rule = {
  id: "appendix-backref-mismatch",
  spec: 4,
  title: "Phụ lục dẫn chiếu sai số, ngày hoặc cơ quan ban hành kế hoạch",
  titleEn: "Appendix citing the wrong number, date or issuer of the plan",
  severity: E,
  check(ctx, report) {
    const plan = ctx.plan;
    plan.appendices.forEach((appendix, i) => {
      const ref = appendix.backRef;
      if (!ref) return;
      const path = ["appendices", i, "backRef"];
      const problems: string[] = [];
      if (ref.number && plan.number && Number(ref.number) !== Number(plan.number)) {
        problems.push(
          ctx.say(
            `số ${ref.number} khác số ${plan.number} của kế hoạch`,
            `number ${ref.number} differs from the plan's number ${plan.number}`,
          ),
        );
      }
      if (ref.symbol && plan.symbol && ref.symbol.replace(/\s+/g, "") !== plan.symbol) {
        problems.push(
          ctx.say(
            `ký hiệu ${ref.symbol} khác ${plan.symbol}`,
            `symbol ${ref.symbol} differs from ${plan.symbol}`,
          ),
        );
      }
      const d = ref.date;
      const h = plan.issuedOn;
      if (
        d &&
        (d.year !== h.year ||
          (d.month !== undefined && h.month !== undefined && d.month !== h.month) ||
          (d.day !== undefined && h.day !== undefined && d.day !== h.day))
      ) {
        problems.push(
          ctx.say(
            `ngày ${showDate(d)} khác ngày ${showDate(h)} ở đầu kế hoạch`,
            `date ${showDate(d)} differs from ${showDate(h)} at the head of the plan`,
          ),
        );
      }
      if (ref.issuer) {
        const a = ctx.matcher.key(ref.issuer);
        const b = ctx.matcher.key(plan.issuer.name);
        if (a && b && !a.startsWith(b) && !b.startsWith(a)) {
          problems.push(
            ctx.say(
              `cơ quan “${ref.issuer}” khác cơ quan ban hành “${plan.issuer.name}”`,
              `body “${ref.issuer}” differs from the issuing body “${plan.issuer.name}”`,
            ),
          );
        }
      }
      if (problems.length > 0) {
        report(
          path,
          ctx.say(
            `Dòng “Kèm theo …” của phụ lục “${appendix.title}” không khớp với kế hoạch: ${problems.join("; ")}.`,
            `The appendix “${appendix.title}” cites the plan wrongly in its heading: ${problems.join("; ")}.`,
          ),
        );
      }
    });
  },
};

export const basisAfterIssue: Rule = {
  id: "basis-after-issue",
  spec: 5,
  title: "Căn cứ ban hành sau ngày ban hành kế hoạch",
  titleEn: "A legal basis issued after the plan",
  severity: W,
  check(ctx, report) {
    const issued = ctx.plan.issuedOn;
    if (issued.month === undefined) return;
    // Without its day, the plan may have been issued as late as the end of its month.
    const latest = endOf(issued);
    ctx.plan.bases.forEach((basis, i) => {
      basis.refs.forEach((ref, j) => {
        const date = ref.date && toIsoDate(ref.date);
        if (date && date > latest) {
          report(
            ["bases", i, "refs", j],
            ctx.say(
              `Căn cứ “${ref.text ?? basis.text}” ban hành ngày ${showDate(ref.date!)}, sau ngày ban hành kế hoạch (${showDate(issued)}).`,
              `The legal basis “${ref.text ?? basis.text}” was issued on ${showDate(ref.date!)}, after the plan's date of issue (${showDate(issued)}).`,
            ),
          );
        }
      });
    });
  },
};

export const parentPlanOtherYear: Rule = {
  id: "parent-plan-other-year",
  spec: 5,
  title: "Kế hoạch cấp trên của năm khác",
  titleEn: "Superior plan of another year",
  severity: W,
  check(ctx, report) {
    const parent = ctx.plan.parentPlan;
    if (!parent) return;
    const year = parentYear(parent);
    if (year === undefined) return;
    if (year < ctx.years.from || year > ctx.years.to) {
      report(
        ["parentPlan"],
        ctx.say(
          `Kế hoạch cấp trên “${parent.text ?? parent.number}” là của năm ${year}, còn kế hoạch này là năm ${ctx.plan.planYear}.`,
          `The superior plan “${parent.text ?? parent.number}” is for ${year}, while this plan is for ${ctx.plan.planYear}.`,
        ),
      );
    }
  },
};

/** The year a plan is for: named in its summary ("… năm 2023"), else that of its date, a plan of
 * December counting for the next year (plans are issued ahead). */
function parentYear(ref: DocRef): number | undefined {
  const named = ref.summary ? /\bnam (\d{4})\b/.exec(foldKey(ref.summary)) : null;
  if (named) return Number(named[1]);
  if (!ref.date) return ref.year;
  return ref.date.month !== undefined && ref.date.month >= 11 ? ref.date.year + 1 : ref.date.year;
}

// Fixed-date days that communication plans mark; preparation may fall earlier (so: info).
const EVENTS: { pattern: RegExp; name: string; nameEn: string; month: number; day: number }[] = [
  { pattern: /\bngay phap luat\b/, name: "Ngày Pháp luật", nameEn: "Vietnam Law Day", month: 11, day: 9 },
  {
    pattern: /\bngay chuyen doi so quoc gia\b/,
    name: "Ngày Chuyển đổi số quốc gia",
    nameEn: "National Digital Transformation Day",
    month: 10,
    day: 10,
  },
  {
    pattern: /\bngay doanh nhan viet nam\b/,
    name: "Ngày Doanh nhân Việt Nam",
    nameEn: "Vietnamese Entrepreneurs' Day",
    month: 10,
    day: 13,
  },
  {
    pattern: /\bngay quoc te phu nu\b/,
    name: "Ngày Quốc tế Phụ nữ",
    nameEn: "International Women's Day",
    month: 3,
    day: 8,
  },
];

export const eventOutsideWindow: Rule = {
  id: "event-outside-window",
  spec: 6,
  title: "Sự kiện có ngày cố định nằm ngoài thời gian thực hiện",
  titleEn: "A fixed-date event outside the task's time frame",
  severity: I,
  check(ctx, report) {
    for (const node of ctx.nodes) {
      const text = foldKey(`${node.task.title} ${node.task.content ?? ""}`);
      for (const event of EVENTS) {
        if (!event.pattern.test(text)) continue;
        const occs = occurrences(node.task.time, ctx.plan.planYear);
        if (occs.length === 0) continue;
        const day = `${ctx.plan.planYear}-${String(event.month).padStart(2, "0")}-${String(event.day).padStart(2, "0")}`;
        if (!occs.some((o) => o.start <= day && day <= o.end)) {
          report(
            [...node.path, "time"],
            ctx.say(
              `${taskLabel(node)} nói về ${event.name} (${event.day}/${event.month}) nhưng thời gian “${node.task.time.raw}” không chứa ngày này; kiểm tra lại nếu đây không phải phần chuẩn bị.`,
              `${taskLabel(node, "en")} is about ${event.nameEn} (${event.day}/${event.month}) but its time frame “${node.task.time.raw}” does not include that day; check it unless the task is the preparation.`,
            ),
          );
        }
      }
    }
  },
};

const PROGRAMME = /\b(?:giai doan\s+)?(\d{4})\s*-\s*(\d{4})\b/g;

export const programmePeriod: Rule = {
  id: "programme-period-excludes-year",
  spec: 7,
  title: "Giai đoạn nêu trong văn bản không chứa năm kế hoạch",
  titleEn: "A period named in the text leaves out the plan year",
  severity: W,
  check(ctx, report) {
    for (const t of ctx.texts) {
      if (t.kind === "basis" || t.kind === "decision") continue;
      const folded = foldKey(t.text);
      PROGRAMME.lastIndex = 0;
      for (let m = PROGRAMME.exec(folded); m; m = PROGRAMME.exec(folded)) {
        const a = Number(m[1]);
        const b = Number(m[2]);
        if (b <= a || b - a > 30) continue;
        // Ranges inside citations ("Quyết định số 14/2019/QĐ-TTg") are not periods.
        if (/so\s*\d*\s*$/.test(folded.slice(Math.max(0, m.index - 8), m.index))) continue;
        if (ctx.years.from > b || ctx.years.to < a) {
          const words = quote(t.text, m.index, m[0].length);
          report(
            t.path,
            ctx.say(
              `Giai đoạn ${a} - ${b} không chứa năm ${ctx.plan.planYear} của kế hoạch: “${words}”.`,
              `The period ${a}–${b} does not include the plan year ${ctx.plan.planYear}: “${words}”.`,
            ),
          );
        }
      }
    }
  },
};
