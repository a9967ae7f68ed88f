import {
  AWAITING_DATE_LABEL,
  asClause,
  formatFigure,
  type PeriodReport,
  type ReportRow,
  showDate,
} from "@kehoach/report-model";
import { formatPercent, toUpperVi } from "@kehoach/text-vi";
import {
  type Block,
  DIEM_LETTERS,
  headingLabel,
  itemLabel,
  type TableBlock,
  toRoman,
  type VanBan,
} from "@kehoach/vanban";
import { signerBlock } from "./plan-to-van-ban.js";

// A period's report (built by @kehoach/report-model) as a Báo cáo văn bản in the layout of
// Nghị định 30 (nd30-layout §10.3): header with Số …/BC-…, "Kính gửi" when it goes to the level
// above, the sections I–V, signer and Nơi nhận, then the phụ lục: every task with its status and
// evidence, and the completion charts by status and by lead agency as tables whose bars are text,
// so they read in black and white and to a screen reader. The same content also comes as a section
// to embed in the unit's general administrative-reform report.

export interface ReportToVanBanOptions {
  /** ISO timestamp stored as the PDF creation date (reproducible output). */
  creationDate?: string;
}

export function reportToVanBan(report: PeriodReport, options: ReportToVanBanOptions = {}): VanBan {
  const doc = report.document;
  const issuer = report.issuer.name;
  const body: Block[] = [
    paragraph(
      `Thực hiện ${report.planReference} của ${issuer} về ${lowerFirst(asClause(report.planTitle))}, ${issuer} báo cáo kết quả thực hiện ${report.periodPhrase} (số liệu tính ${windowText(report)}) như sau:`,
    ),
    muc(1, "Công tác chỉ đạo, điều hành"),
    ...narrativeBlocks(report.narrative.direction),
    muc(2, "Kết quả thực hiện"),
    ...resultBlocks(report, "khoan"),
    muc(3, "Đánh giá chung"),
    khoan(1, "Ưu điểm"),
    ...narrativeBlocks(report.narrative.strengths),
    khoan(2, "Tồn tại, hạn chế và nguyên nhân"),
    ...narrativeBlocks(report.narrative.weaknesses),
    muc(4, `Phương hướng, nhiệm vụ ${report.nextPeriodPhrase}`),
    ...narrativeBlocks(report.narrative.nextSteps),
    muc(5, "Đề xuất, kiến nghị"),
    ...(report.narrative.proposals.trim()
      ? narrativeBlocks(report.narrative.proposals)
      : [paragraph("Không có.")]),
    paragraph(
      `Trên đây là báo cáo kết quả thực hiện ${report.planReference} ${report.periodPhrase} của ${issuer}./.`,
    ),
  ];
  return {
    kind: "BC",
    parentBody: report.issuer.parentBody,
    issuingBody: report.issuer.headerLines,
    issuerName: issuer,
    number: doc.number,
    symbol: doc.symbol,
    place: doc.place,
    date: doc.date,
    subject: doc.subject,
    ...(doc.addressees.length > 0 ? { addressees: doc.addressees } : {}),
    body,
    signer: doc.signer ? signerBlock(doc.signer) : undefined,
    recipients: { items: doc.recipients, archive: doc.archive },
    appendices: [
      {
        title: `Kết quả thực hiện các nhiệm vụ ${report.periodPhrase}`,
        orientation: "landscape",
        body: [reportAppendixTable(report)],
      },
      {
        title: `Biểu đồ tiến độ thực hiện ${report.periodPhrase}`,
        body: chartBlocks(report),
      },
    ],
    metadata: {
      title: `Báo cáo ${doc.subject}`,
      author: issuer,
      ...(options.creationDate ? { creationDate: options.creationDate } : {}),
    },
  };
}

/**
 * The same content as a section of the unit's general CCHC report ("lồng ghép trong báo cáo cải
 * cách hành chính"): a khoản numbered as the host report needs, its forms as điểm a), b), …
 */
export function reportSection(report: PeriodReport, number = "1"): Block[] {
  return [
    { type: "heading", level: "khoan", number, text: "Công tác thông tin, tuyên truyền cải cách hành chính" },
    paragraph(
      `Triển khai ${report.planReference} về ${lowerFirst(asClause(report.planTitle))}, trong ${report.periodPhrase} (số liệu tính ${windowText(report)}): ${progressSentence(report)}`,
    ),
    ...resultBlocks(report, "diem").filter(
      (b) => !(b.type === "paragraph" && b.content === progressSentence(report)),
    ),
    paragraph("Tồn tại, hạn chế:"),
    ...narrativeBlocks(report.narrative.weaknesses),
  ];
}

/** Blocks as plain text, the way they read on the page, for pasting into another document. */
export function blocksToText(blocks: readonly Block[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.type === "heading")
      lines.push(
        `${headingLabel(block.level, block.number)} ${block.level === "muc" ? toUpperVi(block.text) : block.text}`.trim(),
      );
    else if (block.type === "paragraph") lines.push(inlineText(block.content));
    else if (block.type === "item")
      lines.push(`${itemLabel(block.marker, block.number)} ${inlineText(block.content)}`);
    else {
      lines.push(block.columns.map((c) => c.header).join("\t"));
      for (const row of block.rows)
        lines.push("cells" in row ? row.cells.join("\t") : `${row.label ?? ""}\t${row.group}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function inlineText(content: string | readonly (string | { text: string })[]): string {
  return typeof content === "string"
    ? content
    : content.map((c) => (typeof c === "string" ? c : c.text)).join("");
}

function progressSentence(report: PeriodReport): string {
  const f = report.facts;
  const c = f.counts;
  // A task reported done without its completion date is in none of the counts: said as such.
  const awaiting =
    f.awaitingDate.length > 0
      ? `; báo đã hoàn thành nhưng chưa có ngày hoàn thành (chưa tính) ${f.awaitingDate.length}`
      : "";
  return `Kế hoạch có ${f.total} nhiệm vụ; đến ngày ${showDate(report.window.to)} đã hoàn thành ${f.done} nhiệm vụ (đúng hạn ${c.done_on_time}, quá hạn ${c.done_late}); đang thực hiện trong hạn ${c.in_progress}; quá hạn chưa hoàn thành ${c.overdue}; chưa thực hiện ${c.not_started}${awaiting}; tiến độ chung đạt ${formatPercent(f.percent)}.`;
}

/** Kết quả thực hiện: overall progress, then one khoản (or điểm) per form of communication. */
function resultBlocks(report: PeriodReport, level: "khoan" | "diem"): Block[] {
  const out: Block[] = [];
  let n = 0;
  const heading = (text: string) => {
    n++;
    out.push(
      level === "khoan"
        ? { type: "heading", level: "khoan", number: String(n), text }
        : { type: "heading", level: "diem", number: DIEM_LETTERS[n - 1] ?? String(n), text },
    );
  };
  if (level === "khoan") {
    heading("Tiến độ thực hiện các nhiệm vụ");
    out.push(paragraph(progressSentence(report)));
  }
  const rows = new Map(report.rows.map((r) => [r.taskId, r]));
  for (const form of report.forms) {
    const tasks = form.taskIds.map((id) => rows.get(id)).filter((r): r is ReportRow => r !== undefined);
    heading(form.label);
    for (const row of tasks) out.push({ type: "item", marker: "dash", content: taskLine(row) });
    if (form.totals.length > 0) {
      out.push(paragraph(`Kết quả trong kỳ: ${form.totals.map(formatFigure).join("; ")}.`));
    }
  }
  return out;
}

/** "Title: result; figures (status)." — one full stop, whatever the title and the results end with. */
export function taskLine(row: ReportRow): string {
  const results = row.result.split(/\n+/u).map(asClause).filter(Boolean);
  const parts = [...results, asClause(row.figures)].filter(Boolean);
  const done = parts.length > 0 ? `: ${parts.join("; ")}` : "";
  return `${asClause(row.title)}${done} (${row.statusLabel.toLocaleLowerCase("vi")}).`;
}

/** Phụ lục I: every task with its lead, results and figures, status, evidence and notes. */
export function reportAppendixTable(report: PeriodReport): TableBlock {
  return {
    type: "table",
    columns: [
      { header: "STT", weight: 3, align: "center" },
      { header: "Nhiệm vụ", weight: 16 },
      { header: "Cơ quan chủ trì", weight: 8 },
      { header: "Sản phẩm, kết quả", weight: 14 },
      { header: "Tiến độ", weight: 8, align: "center" },
      { header: "Tài liệu kiểm chứng", weight: 10 },
      { header: "Ghi chú", weight: 8 },
    ],
    rows: report.rows.map((row) => ({
      cells: [
        row.number,
        row.title,
        row.leads.join("; "),
        [row.result, row.figures].filter(Boolean).join("\n"),
        row.status === "in_progress" || row.status === "overdue"
          ? `${row.statusLabel} (${formatPercent(row.percent)})`
          : row.statusLabel,
        row.evidence.map((e) => (e.label ? `${e.label}: ${e.url}` : e.url)).join("\n"),
        row.notes.join("; "),
      ],
    })),
    fontSize: 11,
  };
}

const BAR_WIDTH = 20;

/** A bar of full blocks, as long as the share (0–100) of BAR_WIDTH; the figures beside it carry the meaning. */
export function textBar(share: number): string {
  const length = Math.round((Math.max(0, Math.min(100, share)) / 100) * BAR_WIDTH);
  return "█".repeat(length);
}

/** Phụ lục II: completion by status and by lead agency, figures first, each with a text bar. */
function chartBlocks(report: PeriodReport): Block[] {
  const f = report.facts;
  return [
    paragraph(
      `Tổng số nhiệm vụ: ${f.total}; đã hoàn thành: ${f.done}; tiến độ chung: ${formatPercent(f.percent)}.`,
    ),
    { type: "heading", level: "khoan", number: "1", text: "Theo tình trạng thực hiện" },
    {
      type: "table",
      columns: [
        { header: "Tình trạng", weight: 9 },
        { header: "Số nhiệm vụ", weight: 4, align: "center" },
        { header: "Tỷ lệ", weight: 4, align: "center" },
        { header: "Biểu đồ", weight: 9 },
      ],
      rows: [
        ...f.byStatus.map((s) => ({
          cells: [s.label, String(s.count), formatPercent(s.share), textBar(s.share)],
        })),
        // Tasks reported done without a completion date belong to no status until it is given.
        ...(f.awaitingDate.length > 0
          ? [{ cells: [AWAITING_DATE_LABEL, String(f.awaitingDate.length), "", ""] }]
          : []),
      ],
      fontSize: 11,
    },
    { type: "heading", level: "khoan", number: "2", text: "Theo cơ quan chủ trì" },
    {
      type: "table",
      columns: [
        { header: "Cơ quan chủ trì", weight: 9 },
        { header: "Số nhiệm vụ", weight: 3, align: "center" },
        { header: "Hoàn thành", weight: 3, align: "center" },
        { header: "Đang thực hiện trong hạn", weight: 4, align: "center" },
        { header: "Quá hạn", weight: 3, align: "center" },
        { header: "Chưa thực hiện", weight: 3, align: "center" },
        { header: "Tỷ lệ hoàn thành", weight: 4, align: "center" },
        { header: "Biểu đồ", weight: 7 },
      ],
      rows: f.byAgency.map((a) => ({
        cells: [
          a.name,
          String(a.total),
          String(a.done),
          String(a.counts.in_progress),
          String(a.counts.overdue),
          String(a.counts.not_started),
          formatPercent(a.doneShare),
          textBar(a.doneShare),
        ],
      })),
      fontSize: 11,
    },
  ];
}

function narrativeBlocks(text: string): Block[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line): Block => {
      const dash = /^[-–]\s+(.*)$/u.exec(line);
      if (dash) return { type: "item", marker: "dash", content: dash[1] as string };
      const plus = /^\+\s+(.*)$/u.exec(line);
      if (plus) return { type: "item", marker: "plus", content: plus[1] as string };
      return paragraph(line);
    });
}

function paragraph(content: string): Block {
  return { type: "paragraph", content };
}

function muc(n: number, text: string): Block {
  return { type: "heading", level: "muc", number: toRoman(n), text };
}

function khoan(n: number, text: string): Block {
  return { type: "heading", level: "khoan", number: String(n), text };
}

function windowText(report: PeriodReport): string {
  return `từ ngày ${showDate(report.window.from)} đến ngày ${showDate(report.window.to)}`;
}

function lowerFirst(text: string): string {
  const first = text.split(/\s/)[0] ?? "";
  if (first.length > 1 && first === first.toLocaleUpperCase("vi")) return text;
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}
