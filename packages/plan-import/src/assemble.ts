import {
  type Abbreviation,
  type AgencyMatcher,
  type Basis,
  createAgencyMatcher,
  createDirectory,
  type Decision,
  type DocRef,
  type Issuer,
  type Plan,
  PlanV2Schema,
  parseDocRefs,
  parseTime,
  type RoleAssignment,
  type Signer,
  type Task,
  type TimeSpec,
} from "@kehoach/plan-model";
import { asciiKey, isValidPartialDate, type PartialDate, toIsoDate } from "@kehoach/text-vi";
import { detectAbbreviations } from "./parse/abbreviations.js";
import { type SignerDraft, titleToSentence } from "./parse/closing.js";
import type { ParsedDocument } from "./parse/document.js";
import type { TaskDraft } from "./parse/draft.js";
import type { HeaderDraft } from "./parse/header.js";
import { inferIssuer, issuerFromLines } from "./parse/issuer.js";
import { descendants, type OutlineNode } from "./parse/outline.js";
import { buildSections } from "./parse/sections.js";
import { type SourceDocument, spanOf } from "./source/blocks.js";
import { capsToSentence, fold, isAllCaps, oneLine } from "./text.js";
import type {
  FieldTrace,
  FindingCode,
  FindingSeverity,
  ImportFinding,
  ImportOptions,
  LineRange,
  TaskTrace,
} from "./types.js";

// The parsed parts into a Plan (format 2) that passes the plan schema, plus the findings: what the
// importer guessed or could not read, each with its source lines and the part of the plan it
// concerns, so the review screen can show both sides.

export interface Assembled {
  plan: Plan;
  findings: ImportFinding[];
  fields: FieldTrace[];
  tasks: TaskTrace[];
  docType: "KH" | "QĐ";
  summaryExtras: {
    issuer: string | null;
    number: string | null;
    symbol: string | null;
    signer: SignerDraft | undefined;
  };
}

class Findings {
  readonly list: ImportFinding[] = [];
  add(
    code: FindingCode,
    severity: FindingSeverity,
    message: string,
    lines?: LineRange,
    target?: string,
  ): number {
    this.list.push({ code, severity, message, ...(lines ? { lines } : {}), ...(target ? { target } : {}) });
    return this.list.length - 1;
  }
}

const NOTE_SEVERITY: Partial<Record<FindingCode, FindingSeverity>> = {
  "agency-split-uncertain": "warning",
  "task-role-advisor": "warning",
  "table-row-shifted": "warning",
  "table-row-continued": "info",
  "table-row-unaligned": "info",
  "table-header-repeated": "info",
  "task-time-from-list": "warning",
};

export function assemble(doc: ParsedDocument, source: SourceDocument, options: ImportOptions): Assembled {
  const findings = new Findings();
  const fields: FieldTrace[] = [];
  const trace = (target: string, lines: LineRange | undefined, ids: number[] = []) => {
    if (lines) fields.push({ target, lines, findings: ids });
  };
  const h = doc.header;
  const firstLine = { from: 1, to: Math.min(source.lines.length, 3) || 1 };

  for (const note of source.notes) {
    if (note.code === "invisible-characters") continue;
    const messages: Record<string, string> = {
      "ocr-noise": 'Đã bỏ ký tự nhiễu do quét ảnh (ví dụ "*R*").',
      "banner-removed": "Đã bỏ phần đầu trang web (tiêu đề, menu) chép lẫn vào văn bản.",
      "metadata-removed":
        "Đã bỏ khối thông tin của trang web ở cuối (số hiệu, ngày ban hành, tình trạng hiệu lực…).",
      "paragraph-joined": "Hai dòng bị ngắt trang giữa câu đã được nối lại thành một đoạn.",
    };
    findings.add(note.code, "info", messages[note.code] ?? note.code, note.lines);
  }
  const invisible = source.notes.filter((n) => n.code === "invisible-characters");
  if (invisible.length > 0)
    findings.add(
      "invisible-characters",
      "info",
      `Đã bỏ ký tự ẩn (khoảng trắng không ngắt, ký tự độ rộng 0) ở ${invisible.length} dòng.`,
      invisible[0]?.lines,
    );
  for (const note of doc.notes)
    findings.add(note.code, NOTE_SEVERITY[note.code] ?? "info", note.message, note.lines);

  // Document type.
  const isDecision = doc.decision !== undefined;
  const docType: "KH" | "QĐ" = isDecision ? "QĐ" : "KH";
  if (!h.docType && !isDecision)
    findings.add(
      "doc-type-guessed",
      "info",
      'Không thấy dòng "KẾ HOẠCH"; văn bản được coi là một kế hoạch.',
      firstLine,
      "title",
    );

  // Title and plan year.
  const title = h.title?.value.text ?? "";
  const titleIds: number[] = [];
  if (!h.title)
    titleIds.push(
      findings.add(
        "title-missing",
        "warning",
        "Không tìm thấy trích yếu (tên) của kế hoạch.",
        firstLine,
        "title",
      ),
    );
  else if (h.title.value.caps)
    titleIds.push(
      findings.add(
        "title-capitals",
        "info",
        "Trích yếu viết hoa toàn bộ đã được chuyển về chữ thường; cần kiểm tra chữ hoa của tên riêng.",
        h.title.lines,
        "title",
      ),
    );
  trace("title", h.title?.lines, titleIds);
  trace("docType", doc.decision?.header.docType?.lines ?? h.docType?.lines);

  const metadata = source.provenance?.metadata ?? {};
  // A plan issued by a QĐ is dated by the QĐ: its own header usually has no date line.
  const datedBy = h.placeDate ?? doc.decision?.header.placeDate;
  const placeDate = datedBy?.value;
  let issuedOn: PartialDate | undefined = placeDate?.date;
  const dateIds: number[] = [];
  if (!issuedOn && metadata["ngày ban hành"]) {
    const m = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(metadata["ngày ban hành"]);
    if (m) {
      issuedOn = { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) };
      dateIds.push(
        findings.add(
          "date-missing",
          "warning",
          "Ngày ban hành lấy từ thông tin của trang web, không có trong văn bản.",
          source.provenance?.removed[0],
          "issuedOn",
        ),
      );
    }
  }
  const yearInfo = planYearOf(title, issuedOn, doc, h);
  trace("planYear", yearInfo.guessed ? datedBy?.lines : h.title?.lines);
  if (yearInfo.guessed)
    findings.add(
      "year-guessed",
      "warning",
      `Năm kế hoạch (${yearInfo.year}) được suy ra, không thấy trong trích yếu.`,
      h.title?.lines ?? firstLine,
      "planYear",
    );
  if (!issuedOn) {
    dateIds.push(
      findings.add(
        "date-missing",
        "warning",
        "Không có địa danh, ngày tháng ban hành; tạm ghi năm kế hoạch.",
        h.placeDate?.lines ?? firstLine,
        "issuedOn",
      ),
    );
    issuedOn = { year: yearInfo.year };
  } else if (placeDate?.blank)
    dateIds.push(
      findings.add(
        "date-blank",
        "info",
        "Ngày, tháng ban hành để trống (bản dự thảo).",
        h.placeDate?.lines,
        "issuedOn",
      ),
    );
  if (!isValidPartialDate(issuedOn)) issuedOn = { year: yearInfo.year };
  trace("issuedOn", h.placeDate?.lines, dateIds);
  const place = placeDate?.place ?? "";
  if (!place && h.placeDate === undefined)
    findings.add("place-missing", "warning", "Không có địa danh ở dòng ngày tháng.", firstLine, "place");
  trace("place", h.placeDate?.lines);

  // Number and symbol.
  let number = h.number?.value.number;
  let symbol = h.number?.value.symbol;
  const numberIds: number[] = [];
  const backRef = appendixBackRef(doc);
  if (!symbol && backRef?.ref) {
    const ref = backRef.ref;
    symbol = ref.symbol;
    const sameDate =
      ref.date &&
      issuedOn &&
      ref.date.year === issuedOn.year &&
      ref.date.month === issuedOn.month &&
      ref.date.day === issuedOn.day;
    if (sameDate && ref.number) number = ref.number;
    numberIds.push(
      findings.add(
        "number-from-back-reference",
        "warning",
        sameDate
          ? 'Số và ký hiệu lấy từ dòng "Kèm theo Kế hoạch số …" của phụ lục; phần đầu văn bản không có.'
          : 'Ký hiệu lấy từ dòng "Kèm theo Kế hoạch số …" của phụ lục; số không được lấy vì ngày ở đó khác ngày ban hành.',
        backRef.lines,
        "number",
      ),
    );
    if (!sameDate && ref.date)
      findings.add(
        "back-reference-mismatch",
        "warning",
        `Dòng "Kèm theo" ghi ngày ${ref.date.day}/${ref.date.month}/${ref.date.year}, khác ngày ban hành của kế hoạch.`,
        backRef.lines,
        "appendices",
      );
  }
  if (!number && h.number)
    numberIds.push(
      findings.add(
        "number-missing",
        "info",
        "Số văn bản để trống (bản dự thảo chưa lấy số).",
        h.number.lines,
        "number",
      ),
    );
  else if (!h.number && !isDecision && !backRef)
    numberIds.push(
      findings.add("symbol-missing", "info", 'Văn bản không có dòng "Số: …/KH-…".', firstLine, "number"),
    );
  trace("number", h.number?.lines ?? backRef?.lines, numberIds);
  const planSymbol = symbol && /^[A-Za-zĐđ]+(-[A-Za-zĐđ]+)+$/u.test(symbol) ? symbol : "";
  const planNumber = number && /^\d{1,6}$/.test(number) ? number : undefined;

  // Issuer.
  const issuerIds: number[] = [];
  let issuer: (Issuer & { level?: string }) | undefined = issuerFromLines(h.issuerLines.map((l) => l.value));
  const issuerLines = h.issuerLines.length > 0 ? spanOf(h.issuerLines.map((l) => l.lines)) : undefined;
  if (!issuer && isDecision)
    issuer = issuerFromLines(doc.decision?.header.issuerLines.map((l) => l.value) ?? []);
  if (!issuer) {
    const inferred = inferIssuer(
      [h.intro?.value ?? "", doc.closingSentence?.value ?? "", ...h.bases.map((b) => b.text)],
      title,
      place,
      doc.closing.signer?.collective,
    );
    if (inferred) {
      issuer = inferred.issuer;
      issuerIds.push(
        findings.add(
          "issuer-inferred",
          "warning",
          `Không có tên cơ quan ban hành ở đầu văn bản; suy ra "${inferred.issuer.name}" từ ${inferred.from}.`,
          h.intro?.lines ?? h.title?.lines ?? firstLine,
          "issuer",
        ),
      );
    }
  }
  if (!issuer) {
    issuerIds.push(
      findings.add("issuer-missing", "error", "Không xác định được cơ quan ban hành.", firstLine, "issuer"),
    );
    issuer = { name: "" };
  }
  trace("issuer", issuerLines ?? h.intro?.lines, issuerIds);

  // Bases, parent plan, abbreviations.
  const bases: Basis[] = h.bases.map((b) => ({
    kind: b.kind,
    text: oneLine(b.text).replace(/;$/, ""),
    refs: b.refs,
  }));
  for (const b of h.bases) {
    trace("bases", b.lines);
    if (b.refs.length === 0)
      findings.add(
        "basis-without-document",
        "info",
        "Dòng căn cứ không dẫn văn bản cụ thể nào.",
        b.lines,
        "bases",
      );
  }
  const parentPlan = h.bases.flatMap((b) => b.refs).find((r) => r.type === "Kế hoạch");
  const abbreviations: Abbreviation[] = detectAbbreviations([
    h.intro?.value ?? "",
    ...h.bases.map((b) => b.text),
    ...source.blocks.slice(0, 400).flatMap((b) => (b.kind === "para" ? [b.text] : [])),
  ]);

  // Agencies matched to the locality directory, when one is given.
  const matcher: AgencyMatcher | undefined = options.locality
    ? createAgencyMatcher(createDirectory(options.locality), {
        abbreviations,
        asOf: toIsoDate(issuedOn) ?? undefined,
      })
    : undefined;
  const agency = (name: string, lines: LineRange | undefined, target: string, ids: number[]) => {
    if (!matcher) return { name };
    const m = matcher.match(name);
    if (m.status === "matched") return { name, id: m.agency.id };
    if (m.status === "ambiguous")
      ids.push(
        findings.add(
          "agency-ambiguous",
          "warning",
          `"${name}" có thể là: ${m.candidates.map((c) => c.name).join("; ")}.`,
          lines,
          target,
        ),
      );
    else if (m.status === "unmatched")
      ids.push(
        findings.add(
          "agency-unmatched",
          "info",
          `"${name}" không có trong danh bạ cơ quan của địa phương${m.suggestions.length ? `; gần giống: ${m.suggestions.map((s) => s.name).join("; ")}` : ""}.`,
          lines,
          target,
        ),
      );
    return { name };
  };
  if (matcher && issuer.name) {
    const m = matcher.match(issuer.name);
    if (m.status === "matched") issuer = { ...issuer, agencyId: m.agency.id };
  }

  // Tasks.
  const taskTraces: TaskTrace[] = [];
  let counter = 0;
  const convert = (draft: TaskDraft, path: string): Task => {
    const ids: number[] = [];
    for (const note of draft.notes)
      ids.push(
        findings.add(
          note.code,
          NOTE_SEVERITY[note.code] ?? "info",
          note.message,
          note.lines ?? draft.lines,
          path,
        ),
      );
    const roles: RoleAssignment[] = [];
    for (const r of draft.roles) {
      const standard =
        /^(cơ quan |đơn vị |cơ quan, đơn vị )?(chủ trì|phối hợp|tham mưu)$/iu.test(r.label) &&
        r.role !== "advisor";
      for (const name of r.names) {
        const assignment: RoleAssignment = {
          role: r.role,
          agency: agency(name, r.lines, `${path}.roles`, ids),
        };
        if (r.label && (!standard || r.role === "advisor")) assignment.label = oneLine(r.label).slice(0, 200);
        roles.push(assignment);
      }
    }
    const task: Task = {
      id: `nv-${++counter}`,
      ...(draft.kind === "group" ? { kind: "group" as const } : {}),
      ...(draft.ref ? { ref: draft.ref.slice(0, 40) } : {}),
      title: draft.title,
      roles,
      time: timeOf(draft, yearInfo.year, findings, path, ids),
    };
    if (draft.content) task.content = draft.content;
    if (draft.product) task.product = draft.product.slice(0, 1000);
    if (draft.forms) task.forms = [{ text: draft.forms }];
    if (draft.kind === "task") {
      if (!draft.title)
        ids.push(
          findings.add("task-text-missing", "warning", "Nhiệm vụ không có nội dung.", draft.lines, path),
        );
      const leads = roles.filter((r) => r.role === "lead" || r.role === "advisor");
      if (leads.length === 0)
        ids.push(
          findings.add(
            "task-no-lead",
            "warning",
            `Nhiệm vụ ${draft.ref || draft.title.slice(0, 40)} không ghi cơ quan chủ trì.`,
            draft.lines,
            `${path}.roles`,
          ),
        );
      const supports = roles.filter((r) => r.role === "support").map((r) => fold(r.agency.name));
      const both = leads.filter((r) => supports.includes(fold(r.agency.name)));
      if (both.length > 0)
        ids.push(
          findings.add(
            "task-same-agency-both-roles",
            "info",
            `"${both[0]?.agency.name}" vừa chủ trì vừa phối hợp.`,
            draft.parts.leads ?? draft.lines,
            `${path}.roles`,
          ),
        );
    }
    taskTraces.push({
      target: path,
      ref: draft.ref,
      lines: draft.lines,
      parts: draft.parts,
      from: draft.from,
      findings: ids,
    });
    if (draft.children.length > 0)
      task.children = draft.children.map((c, i) => convert(c, `${path}.children[${i}]`));
    return task;
  };
  const tasks = doc.tasks.map((d, i) => convert(d, `tasks[${i}]`));
  if (tasks.length === 0)
    findings.add(
      "no-tasks",
      "warning",
      'Không tìm thấy nhiệm vụ nào có cơ quan chủ trì hoặc thời gian (dạng "Cơ quan chủ trì: …" hoặc bảng nhiệm vụ).',
      doc.body.lines,
      "tasks",
    );

  // Sections and slots.
  const taskNodes = new Set<OutlineNode>();
  const markTaskNodes = (n: OutlineNode) => {
    for (const d of descendants(n)) if (isTaskNodeLike(d)) taskNodes.add(d);
  };
  markTaskNodes(doc.body);
  for (const n of doc.taskNodes) taskNodes.add(n);
  const sections = buildSections(
    doc.body,
    (n) => taskNodes.has(n),
    (b) => doc.taskTables.has(b),
  );

  // Foot: recipients and signer.
  const closing = doc.closing;
  const recipients = {
    items: (closing.recipients?.value ?? []).map((r) => ({ text: r.text.slice(0, 1000) })),
    archive: closing.archive?.value ?? { vt: false, units: [] },
  };
  if (!closing.recipients)
    findings.add("recipients-missing", "info", 'Không thấy phần "Nơi nhận".', doc.body.lines, "recipients");
  trace("recipients", closing.recipients?.lines);
  const signerDraft = closing.signer ?? doc.decision?.closing.signer;
  let signer: Signer | undefined;
  const signerIds: number[] = [];
  if (signerDraft) {
    signer = { title: signerDraft.titleAsWritten ? titleToSentence(signerDraft.titleAsWritten) : "" };
    if (signerDraft.collective) signer.collective = signerDraft.collective;
    if (signerDraft.delegation) signer.delegation = signerDraft.delegation;
    if (signerDraft.headTitle) signer.headTitle = signerDraft.headTitle;
    if (signerDraft.name) signer.name = signerDraft.name;
    else
      signerIds.push(
        findings.add(
          "signer-name-missing",
          "info",
          "Chưa có họ tên người ký (bản dự thảo).",
          signerDraft.lines,
          "signer",
        ),
      );
  } else
    signerIds.push(
      findings.add(
        "signer-missing",
        "warning",
        "Không thấy phần chữ ký (chức vụ, họ tên người ký).",
        undefined,
        "signer",
      ),
    );
  trace("signer", signerDraft?.lines, signerIds);

  const appendices = doc.appendices.map((a, i) => ({
    id: `phu-luc-${i + 1}`,
    ...(a.label ? { label: a.label.slice(0, 1000) } : {}),
    title: (isAllCaps(a.title) ? capsToSentence(oneLine(a.title)) : oneLine(a.title)).slice(0, 1000),
    ...(a.backRef
      ? { backRef: { text: a.backRef.value.slice(0, 1000), ...(backRefParts(a.backRef.value) ?? {}) } }
      : {}),
    content: a.blocks.some((b) => doc.taskTables.has(b))
      ? [{ kind: "slot" as const, slot: "tasks" as const }]
      : a.blocks.flatMap((b) => (b.kind === "para" ? [{ kind: "paragraph" as const, text: b.text }] : [])),
  }));

  const decision = doc.decision ? decisionOf(doc) : undefined;
  const plan: Plan = {
    schemaVersion: 2,
    id: planId(title, yearInfo.year),
    ...(options.locality ? { locality: options.locality.slug } : {}),
    issuer,
    ...(planNumber ? { number: planNumber } : {}),
    symbol: planSymbol,
    place,
    issuedOn,
    planYear: yearInfo.year,
    ...(yearInfo.period ? { period: yearInfo.period } : {}),
    title,
    ...(decision ? { decision } : {}),
    bases,
    ...(parentPlan ? { parentPlan } : {}),
    abbreviations,
    ...(h.intro ? { intro: h.intro.value } : {}),
    purposes: sections.purposes,
    requirements: sections.requirements,
    audiences: sections.audiences,
    themes: [],
    indices: [],
    forms: [],
    sections: sections.sections,
    tasks,
    targets: [],
    ...(sections.budget ? { budget: sections.budget } : {}),
    implementation: sections.implementation,
    reporting: sections.reporting,
    ...(doc.closingSentence ? { closing: doc.closingSentence.value } : {}),
    recipients,
    ...(signer ? { signer } : {}),
    appendices,
    waivers: [],
  } as Plan;
  return {
    plan: fitToSchema(plan, findings),
    findings: findings.list,
    fields,
    tasks: taskTraces,
    docType,
    summaryExtras: {
      issuer: issuer.name || null,
      number: isDecision ? (doc.decision?.header.number?.value.number ?? null) : (number ?? null),
      symbol: isDecision ? (doc.decision?.header.number?.value.symbol ?? null) : (symbol ?? null),
      signer: signerDraft,
    },
  };
}

function isTaskNodeLike(n: OutlineNode): boolean {
  // A node is a task node when one of its own lines carries a role or time label.
  const texts = [
    n.text,
    ...n.body.flatMap((b) => (b.kind === "para" ? [b.text] : [])),
    ...n.children
      .filter((c) => c.style === "dash" || c.style === "plus" || c.style === "bullet")
      .map((c) => c.text),
  ];
  return texts.some((t) =>
    /^\s*(?:[-+•]\s*)?(?:(?:co quan|don vi|co quan, don vi)\s+)?(?:chu tri|phoi hop|tham muu|thoi gian(?: thuc hien)?)\s*:/.test(
      fold(t.slice(0, 80)),
    ),
  );
}

function timeOf(
  draft: TaskDraft,
  planYear: number,
  findings: Findings,
  path: string,
  ids: number[],
): TimeSpec {
  if (draft.kind === "group") return { raw: "", kind: "unspecified" };
  const raw = oneLine(draft.time ?? "")
    .replace(/\.$/, "")
    .slice(0, 1000);
  if (!raw) {
    ids.push(
      findings.add(
        "task-no-time",
        "warning",
        "Nhiệm vụ không ghi thời gian thực hiện.",
        draft.parts.time ?? draft.lines,
        `${path}.time`,
      ),
    );
    return { raw: "", kind: "unspecified" };
  }
  const spec = parseTime(raw, { planYear });
  if (spec.kind === "unspecified")
    ids.push(
      findings.add(
        "task-time-unparsed",
        "info",
        `Chưa hiểu được thời gian "${raw}"; giữ nguyên như đã viết.`,
        draft.parts.time ?? draft.lines,
        `${path}.time`,
      ),
    );
  return { ...spec, raw };
}

function planYearOf(
  title: string,
  issuedOn: PartialDate | undefined,
  doc: ParsedDocument,
  h: HeaderDraft,
): { year: number; guessed: boolean; period?: { from: number; to: number } } {
  const period = /giai đoạn\s*(\d{4})\s*[-–—]\s*(\d{4})/iu.exec(title);
  const years = [...title.matchAll(/năm\s+(\d{4})/giu)].map((m) => Number(m[1]));
  const ok = (y: number) => y >= 1900 && y <= 2200;
  if (years.length > 0 && ok(years[years.length - 1] as number))
    return { year: years[years.length - 1] as number, guessed: false };
  if (period && ok(Number(period[1])) && ok(Number(period[2])) && Number(period[2]) >= Number(period[1]))
    return {
      year: Number(period[1]),
      guessed: false,
      period: { from: Number(period[1]), to: Number(period[2]) },
    };
  const bare = /\b(20\d{2}|19\d{2})\b/.exec(title);
  if (bare) return { year: Number(bare[1]), guessed: false };
  if (issuedOn && ok(issuedOn.year)) return { year: issuedOn.year, guessed: true };
  // The most frequent year in the body.
  const counts = new Map<number, number>();
  const texts = [
    h.intro?.value ?? "",
    ...doc.bodyBlocks.slice(0, 200).flatMap((b) => (b.kind === "para" ? [b.text] : [])),
  ];
  for (const t of texts)
    for (const m of t.matchAll(/năm\s+(\d{4})/giu))
      counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  const best = [...counts.entries()].filter(([y]) => ok(y)).sort((a, b) => b[1] - a[1])[0];
  return { year: best ? best[0] : new Date().getFullYear(), guessed: true };
}

function appendixBackRef(doc: ParsedDocument): { ref: DocRef | undefined; lines: LineRange } | undefined {
  for (const a of doc.appendices) {
    if (!a.backRef) continue;
    const parts = backRefParts(a.backRef.value);
    if (parts && /^(ke hoach|kh)/.test(fold(parts.type ?? ""))) return { ref: parts, lines: a.backRef.lines };
  }
  return undefined;
}

function backRefParts(text: string): DocRef | undefined {
  const ref = parseDocRefs(text)[0];
  if (!ref) return undefined;
  const { text: _written, ...parts } = ref;
  return parts;
}

function decisionOf(doc: ParsedDocument): Decision | undefined {
  const d = doc.decision;
  if (!d) return undefined;
  const header = d.header;
  const symbol = header.number?.value.symbol ?? "";
  if (!/^[A-Za-zĐđ]+(-[A-Za-zĐđ]+)+$/u.test(symbol)) return undefined;
  const number = header.number?.value.number;
  const signer = d.closing.signer;
  const decision: Decision = {
    symbol,
    ...(number && /^\d{1,6}$/.test(number) ? { number } : {}),
    ...(header.placeDate ? { place: header.placeDate.value.place } : {}),
    ...(header.placeDate?.value.date ? { issuedOn: header.placeDate.value.date } : {}),
    title: header.title?.value.text ?? "",
    ...(header.authority ? { authority: header.authority.value } : {}),
    bases: header.bases.map((b) => ({ kind: b.kind, text: oneLine(b.text), refs: b.refs })),
    ...(d.proposal ? { proposal: d.proposal.value } : {}),
    articles: d.articles.map((a) => a.value),
    ...(signer
      ? {
          signer: {
            title: signer.titleAsWritten ? titleToSentence(signer.titleAsWritten) : "",
            ...(signer.collective ? { collective: signer.collective } : {}),
            ...(signer.delegation ? { delegation: signer.delegation } : {}),
            ...(signer.headTitle ? { headTitle: signer.headTitle } : {}),
            ...(signer.name ? { name: signer.name } : {}),
          },
        }
      : {}),
    ...(d.closing.recipients
      ? {
          recipients: {
            items: d.closing.recipients.value.map((r) => ({ text: r.text })),
            archive: d.closing.archive?.value ?? { vt: false, units: [] },
          },
        }
      : {}),
  };
  return decision;
}

function planId(title: string, year: number): string {
  const slug = asciiKey(title)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60)
    .replace(/-$/, "");
  return slug ? `nhap-${year}-${slug}` : `nhap-${year}`;
}

/**
 * The schema is the contract: anything the importer built that does not fit (a line too long, a
 * list too long, a symbol with digits) is cut or dropped, and a finding says so.
 */
function fitToSchema(plan: Plan, findings: Findings): Plan {
  let current: Plan = plan;
  for (let attempt = 0; attempt < 8; attempt++) {
    const result = PlanV2Schema.safeParse(current);
    if (result.success) return result.data;
    const copy = structuredClone(current) as unknown as Record<string, unknown>;
    for (const issue of result.error.issues) {
      const path = issue.path as (string | number)[];
      const maximum = "maximum" in issue && typeof issue.maximum === "number" ? issue.maximum : undefined;
      repair(copy, path, issue.code, maximum);
      findings.add(
        "plan-repaired",
        "warning",
        `Trường ${path.join(".")} không hợp lệ (${issue.message}) và đã được sửa hoặc bỏ.`,
        undefined,
        path.join("."),
      );
    }
    current = copy as unknown as Plan;
  }
  return current;
}

function repair(
  root: Record<string, unknown>,
  path: (string | number)[],
  code: string,
  maximum: number | undefined,
): void {
  if (path.length === 0) return;
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== "object") return;
    parent = (parent as Record<string | number, unknown>)[key];
  }
  if (parent === null || typeof parent !== "object") return;
  const holder = parent as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  const value = holder[last];
  if (typeof value === "string" && code === "too_big") holder[last] = value.slice(0, maximum ?? 1000);
  else if (Array.isArray(value) && code === "too_big") value.length = Math.min(value.length, maximum ?? 500);
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete holder[last];
}
