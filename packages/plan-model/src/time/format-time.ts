import { formatShortDate, type PartialDate, padMonth } from "@kehoach/text-vi";
import type { Cadence, PeriodSpec, TimeSpec } from "../schema/time-spec.js";
import { foldKey } from "../text/fold.js";

// A TimeSpec back in the official wording of plans ("Quý III/2023", "Trong năm 2024",
// "Hằng tuần", "Trước ngày 15/02/2021"). Months and days follow the NĐ 30 padding rule
// (day below 10 and months 1–2 padded). Whatever the parser understood, it reads back the same.

export function formatTime(spec: TimeSpec): string {
  const text = formatBody(spec);
  return spec.note ? `${text} (${spec.note})`.trim() : text;
}

function formatBody(spec: TimeSpec): string {
  switch (spec.kind) {
    case "unspecified":
      return spec.raw;
    case "ongoing":
      return spec.within ? `Thường xuyên trong ${lowerFirst(formatPeriod(spec.within))}` : "Thường xuyên";
    case "within":
      return spec.period.unit === "year" ? `Trong năm ${spec.period.year}` : formatPeriod(spec.period);
    case "recurring":
      return formatRecurring(spec);
    case "deadline":
      return formatDeadline(spec.by);
    case "anyOf":
      return spec.options.map((o, i) => (i === 0 ? formatTime(o) : lowerFirst(formatTime(o)))).join(" hoặc ");
    case "allOf":
      return spec.options.map((o, i) => (i === 0 ? formatTime(o) : lowerFirst(formatTime(o)))).join("; ");
    case "relative":
      return DOCUMENT_WORD.test(foldKey(spec.to.text))
        ? `Theo thời hạn tại ${spec.to.text}`
        : `Theo ${spec.to.text}`;
    case "conditional": {
      const time = spec.time.kind === "unspecified" && spec.time.raw === "" ? "" : formatTime(spec.time);
      return time ? `${time} (${spec.trigger.text})` : upperFirst(spec.trigger.text);
    }
  }
}

const DOCUMENT_WORD =
  /^(ke hoach|quyet dinh|van ban|cong van|huong dan|chuong trinh|nghi quyet|chi thi|de an|thong bao|to trinh)/;

/** "Quý III/2023", "Tháng 01/2023", "6 tháng đầu năm 2026", "Từ tháng 3 đến tháng 6/2026". */
export function formatPeriod(period: PeriodSpec): string {
  switch (period.unit) {
    case "year":
      return `Năm ${period.year}`;
    case "half":
      return `6 tháng ${period.half === 1 ? "đầu" : "cuối"} năm ${period.year}`;
    case "nineMonths":
      return `9 tháng đầu năm ${period.year}`;
    case "quarter":
      return `Quý ${["I", "II", "III", "IV"][period.quarter - 1]}/${period.year}`;
    case "month":
      return `Tháng ${padMonth(period.month)}/${period.year}`;
    case "day":
      return `Ngày ${formatShortDate(period.date)}`;
    case "range":
      return formatRange(period.from, period.to);
  }
}

function formatRange(from: PartialDate, to: PartialDate): string {
  if (from.day === undefined && to.day === undefined && from.month !== undefined && to.month !== undefined) {
    return from.year === to.year
      ? `Từ tháng ${padMonth(from.month)} đến tháng ${padMonth(to.month)}/${to.year}`
      : `Từ tháng ${padMonth(from.month)}/${from.year} đến tháng ${padMonth(to.month)}/${to.year}`;
  }
  return `Từ ${endpoint(from)} đến ${endpoint(to)}`;
}

function endpoint(date: PartialDate): string {
  if (date.day !== undefined) return `ngày ${formatShortDate(date)}`;
  if (date.month !== undefined) return `tháng ${padMonth(date.month)}/${date.year}`;
  return `năm ${date.year}`;
}

const EVERY: Record<Cadence, string> = {
  day: "Hằng ngày",
  week: "Hằng tuần",
  month: "Hằng tháng",
  quarter: "Hằng quý",
  halfYear: "Định kỳ 6 tháng",
  year: "Hằng năm",
};

const UNIT: Record<Cadence, string> = {
  day: "ngày",
  week: "tuần",
  month: "tháng",
  quarter: "quý",
  halfYear: "6 tháng",
  year: "năm",
};

function formatRecurring(spec: Extract<TimeSpec, { kind: "recurring" }>): string {
  let text: string;
  if (spec.interval && spec.interval > 1) {
    text = `${spec.interval} ${UNIT[spec.every]} một lần`;
  } else if (spec.count === 1) {
    text = `Một ${UNIT[spec.every]} một lần`;
  } else if (spec.count !== undefined) {
    text = `Mỗi ${UNIT[spec.every]} ${spec.count} lần`;
  } else {
    text = EVERY[spec.every];
  }
  if (spec.within) {
    text +=
      spec.within.unit === "year"
        ? ` trong năm ${spec.within.year}`
        : ` trong ${lowerFirst(formatPeriod(spec.within))}`;
  }
  if (spec.duration) {
    const unit = { minute: "phút", hour: "giờ", day: "ngày" }[spec.duration.unit];
    text +=
      spec.duration.min === spec.duration.max
        ? `, mỗi lần ${spec.duration.min} ${unit}`
        : `, mỗi lần từ ${spec.duration.min} đến ${spec.duration.max} ${unit}`;
  }
  return text;
}

function formatDeadline(by: PartialDate): string {
  if (by.day !== undefined) return `Trước ngày ${formatShortDate(by)}`;
  if (by.month !== undefined) return `Chậm nhất trong tháng ${padMonth(by.month)}/${by.year}`;
  return `Chậm nhất trong năm ${by.year}`;
}

function lowerFirst(text: string): string {
  // Keep "Quý"/"Tháng" readable inside a sentence, but never lower an abbreviation ("UBND").
  const first = text.charAt(0);
  const second = text.charAt(1);
  const isWord = first !== first.toLowerCase() && second !== "" && second === second.toLowerCase();
  return isWord ? first.toLowerCase() + text.slice(1) : text;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
