import { type Abbreviation, type Basis, type DocRef, type Issuer, parseDocRefs } from "@kehoach/plan-model";
import {
  type EnglishText,
  en,
  isValidPartialDate,
  type PartialDate,
  plainEnglish,
  say,
  type Wording,
} from "@kehoach/text-vi";
import { detectAbbreviations } from "../parse/abbreviations.js";
import type { ParsedDocument } from "../parse/document.js";
import type { HeaderDraft } from "../parse/header.js";
import { type IssuerClue, inferIssuer, issuerFromLines, levelOf } from "../parse/issuer.js";
import type { SourceNote } from "../source/blocks.js";
import { spanOf } from "../source/blocks.js";
import { capsToSentence, fold, oneLine } from "../text.js";
import type { LineRange } from "../types.js";
import type { AssembleContext } from "./context.js";
import { NOTE_SEVERITY } from "./findings.js";

// The head of the document, step by step: what reading the source noted, the type, the title
// and plan year, the date and place, the number and symbol, the issuer, the bases.

const SOURCE_MESSAGES: Record<Exclude<SourceNote["code"], "invisible-characters">, Wording> = {
  "ocr-noise": say(
    'Đã bỏ ký tự nhiễu do quét ảnh (ví dụ "*R*").',
    en`Noise characters left by scanning (such as "*R*") were removed.`,
  ),
  "banner-removed": say(
    "Đã bỏ phần đầu trang web (tiêu đề, menu) chép lẫn vào văn bản.",
    en`The top of a web page (its heading and menu), copied along with the text, was removed.`,
  ),
  "metadata-removed": say(
    "Đã bỏ khối thông tin của trang web ở cuối (số hiệu, ngày ban hành, tình trạng hiệu lực…).",
    en`The web page's information block at the end (number, date of issue, whether in force…) was removed.`,
  ),
  "paragraph-joined": say(
    "Hai dòng bị ngắt trang giữa câu đã được nối lại thành một đoạn.",
    en`Two lines of one sentence, split by a page break, were joined into one paragraph.`,
  ),
};

/** What an issuer was inferred from, in both languages. */
const ISSUER_CLUES: Record<IssuerClue, { vi: string; en: EnglishText }> = {
  "lead-in": { vi: "câu dẫn của kế hoạch", en: en`the plan's opening sentence` },
  "lead-in-and-title": { vi: "câu dẫn và trích yếu", en: en`the opening sentence and the title` },
  "lead-in-and-place": { vi: "câu dẫn và địa danh", en: en`the opening sentence and the place name` },
  "signature-and-place": { vi: "phần chữ ký và địa danh", en: en`the signature and the place name` },
  "title-and-place": { vi: "trích yếu và địa danh", en: en`the title and the place name` },
};

/** Findings for what reading the source and parsing it noted. */
export function noteFindings({ source, doc, findings }: AssembleContext): void {
  for (const note of source.notes) {
    if (note.code === "invisible-characters") continue;
    findings.add(note.code, "info", SOURCE_MESSAGES[note.code], note.lines);
  }
  const invisible = source.notes.filter((n) => n.code === "invisible-characters");
  if (invisible.length > 0)
    findings.add(
      "invisible-characters",
      "info",
      say(
        `Đã bỏ ký tự ẩn (khoảng trắng không ngắt, ký tự độ rộng 0) ở ${invisible.length} dòng.`,
        invisible.length === 1
          ? en`Hidden characters (non-breaking spaces, zero-width characters) were removed from 1 line.`
          : en`Hidden characters (non-breaking spaces, zero-width characters) were removed from ${invisible.length} lines.`,
      ),
      invisible[0]?.lines,
    );
  for (const note of doc.notes)
    findings.add(note.code, NOTE_SEVERITY[note.code] ?? "info", note.message, note.lines);
}

/** "KH", or "QĐ" when a decision carries the plan. */
export function documentType({ doc, findings, fields, firstLine }: AssembleContext): "KH" | "QĐ" {
  const isDecision = doc.decision !== undefined;
  if (!doc.header.docType && !isDecision)
    findings.add(
      "doc-type-guessed",
      "info",
      say(
        'Không thấy dòng "KẾ HOẠCH"; văn bản được coi là một kế hoạch.',
        en`No line naming the kind of document (a plan) was found; the document is read as a plan.`,
      ),
      firstLine,
      "title",
    );
  fields.trace("docType", doc.decision?.header.docType?.lines ?? doc.header.docType?.lines);
  return isDecision ? "QĐ" : "KH";
}

/** The plan's own title (trích yếu); a decision's is kept with the decision. */
export function planTitle({ doc, findings, fields, firstLine }: AssembleContext): string {
  const h = doc.header;
  const ids: number[] = [];
  if (!h.title)
    ids.push(
      findings.add(
        "title-missing",
        "warning",
        say("Không tìm thấy trích yếu (tên) của kế hoạch.", en`The plan's title was not found.`),
        firstLine,
        "title",
      ),
    );
  else if (h.title.value.caps)
    ids.push(
      findings.add(
        "title-capitals",
        "info",
        say(
          "Trích yếu viết hoa toàn bộ đã được chuyển về chữ thường; cần kiểm tra chữ hoa của tên riêng.",
          en`The title, written all in capitals, was put in lower case; check the capitals of proper names.`,
        ),
        h.title.lines,
        "title",
      ),
    );
  fields.trace("title", h.title?.lines, ids);
  return h.title?.value.text ?? "";
}

export interface Dating {
  issuedOn: PartialDate;
  place: string;
  planYear: number;
  period: { from: number; to: number } | undefined;
}

/** The date and place of the line "<place>, ngày …", the plan year, and what had to be guessed. */
export function dating(ctx: AssembleContext, title: string): Dating {
  const { doc, source, findings, fields, firstLine } = ctx;
  const h = doc.header;
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
          say(
            "Ngày ban hành lấy từ thông tin của trang web, không có trong văn bản.",
            en`The date of issue was taken from the web page's information; the document itself does not give it.`,
          ),
          source.provenance?.removed[0],
          "issuedOn",
        ),
      );
    }
  }
  const year = planYearOf(title, issuedOn, doc, h);
  fields.trace("planYear", year.guessed ? datedBy?.lines : h.title?.lines);
  if (year.guessed)
    findings.add(
      "year-guessed",
      "warning",
      say(
        `Năm kế hoạch (${year.year}) được suy ra, không thấy trong trích yếu.`,
        en`The plan year (${year.year}) was inferred; the title does not give it.`,
      ),
      h.title?.lines ?? firstLine,
      "planYear",
    );
  if (!issuedOn) {
    dateIds.push(
      findings.add(
        "date-missing",
        "warning",
        say(
          "Không có địa danh, ngày tháng ban hành; tạm ghi năm kế hoạch.",
          en`No place and date of issue; the plan year is put in for now.`,
        ),
        h.placeDate?.lines ?? firstLine,
        "issuedOn",
      ),
    );
    issuedOn = { year: year.year };
  } else if (placeDate?.blank)
    dateIds.push(
      findings.add(
        "date-blank",
        "info",
        say(
          "Ngày, tháng ban hành để trống (bản dự thảo).",
          en`The day and month of issue are left blank (a draft).`,
        ),
        h.placeDate?.lines,
        "issuedOn",
      ),
    );
  if (!isValidPartialDate(issuedOn)) issuedOn = { year: year.year };
  fields.trace("issuedOn", h.placeDate?.lines ?? datedBy?.lines, dateIds);
  const place = placeDate?.place ?? "";
  if (!place && datedBy === undefined)
    findings.add(
      "place-missing",
      "warning",
      say("Không có địa danh ở dòng ngày tháng.", en`The date line names no place.`),
      firstLine,
      "place",
    );
  fields.trace("place", datedBy?.lines);
  return { issuedOn, place, planYear: year.year, period: year.period };
}

// A title names dates and horizons that are not the plan's year: the date of a document it
// carries out ("Chỉ thị số 01/CT-TTg ngày 03 tháng 01 năm 2023"), and the horizon of a strategy
// ("đến năm 2025", "tầm nhìn đến năm 2045", "định hướng đến năm 2030"). What is left says the year
// ("năm 2026") or the period ("giai đoạn 2026-2030", whose first year is the plan's).
const TITLE_DATE =
  /ngày\s+\d{1,2}(?:\s*(?:tháng\s*|\/|-|\.)\s*\d{1,2})(?:\s*(?:,?\s*năm\s*|\/|-|\.)\s*\d{4})?/giu;
const CITED_DOC = /\bsố\s+\d+[^\s]*\/[\p{L}\d-]+/giu;
const HORIZON =
  /(?:tầm nhìn|định hướng)?\s*(?:đến|tới)\s+năm\s+\d{4}|(?:tầm nhìn|định hướng)\s+(?:năm\s+)?\d{4}/giu;

/** The words of a title that can name the plan's year. */
export function yearWords(title: string): string {
  return title.replace(TITLE_DATE, " ").replace(CITED_DOC, " ").replace(HORIZON, " ");
}

/**
 * "ỦY BAN NHÂN DÂN" alone, and no sentence naming the unit: the title's "tỉnh Đắk Nông" or
 * "xã An Phú" when the place of the date line is that same name ("Đắk Nông, ngày …").
 */
function unitNamedInTitle(
  body: string,
  title: string,
  place: string,
): { issuer: Issuer; from: IssuerClue } | undefined {
  if (!place) return undefined;
  const m =
    /(?<!\p{L})(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+([\p{Lu}][\p{L}\p{M}]*(?:\s+[\p{Lu}][\p{L}\p{M}]*){0,3})/u.exec(
      title,
    );
  if (!m || fold(m[2] as string) !== fold(place.replace(/^(TP|TX)\.\s*/iu, ""))) return undefined;
  const unit = `${(m[1] as string).toLocaleLowerCase("vi")} ${m[2] as string}`;
  const bodyName = fold(body).startsWith("h") ? "Hội đồng nhân dân" : "Ủy ban nhân dân";
  const name = `${bodyName} ${unit}`;
  const level = levelOf(name);
  return {
    issuer: { name, headerLines: [bodyName, unit], ...(level ? { level } : {}) },
    from: "title-and-place" as const,
  };
}

function planYearOf(
  title: string,
  issuedOn: PartialDate | undefined,
  doc: ParsedDocument,
  h: HeaderDraft,
): { year: number; guessed: boolean; period?: { from: number; to: number } } {
  const ok = (y: number) => y >= 1900 && y <= 2200;
  const words = yearWords(title);
  const period = /giai đoạn\s*(\d{4})\s*[-–—]\s*(\d{4})/iu.exec(words);
  const years = [...words.matchAll(/năm\s+(\d{4})/giu)].map((m) => Number(m[1]));
  if (years.length > 0 && ok(years[years.length - 1] as number))
    return { year: years[years.length - 1] as number, guessed: false };
  if (period && ok(Number(period[1])) && ok(Number(period[2])) && Number(period[2]) >= Number(period[1]))
    return {
      year: Number(period[1]),
      guessed: false,
      period: { from: Number(period[1]), to: Number(period[2]) },
    };
  const bare = /\b(20\d{2}|19\d{2})\b/.exec(words);
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

export interface Numbering {
  /** As written ("" number → undefined), for the summary. */
  number: string | undefined;
  symbol: string | undefined;
  /** As the plan stores them: a number of digits only, a symbol of letters and dashes. */
  planNumber: string | undefined;
  planSymbol: string;
}

const SYMBOL = /^[A-Za-zĐđ]+(-[A-Za-zĐđ]+)+$/u;

/** "Số: 12/KH-UBND", or the appendix's "(Kèm theo Kế hoạch số …)" when the header has none. */
export function numbering(ctx: AssembleContext, issuedOn: PartialDate): Numbering {
  const { doc, findings, fields, firstLine } = ctx;
  const h = doc.header;
  let number = h.number?.value.number;
  let symbol = h.number?.value.symbol;
  const ids: number[] = [];
  const backRef = appendixBackRef(doc);
  if (!symbol && backRef?.ref) {
    const ref = backRef.ref;
    symbol = ref.symbol;
    const sameDate =
      ref.date &&
      ref.date.year === issuedOn.year &&
      ref.date.month === issuedOn.month &&
      ref.date.day === issuedOn.day;
    if (sameDate && ref.number) number = ref.number;
    ids.push(
      findings.add(
        "number-from-back-reference",
        "warning",
        sameDate
          ? say(
              'Số và ký hiệu lấy từ dòng "Kèm theo Kế hoạch số …" của phụ lục; phần đầu văn bản không có.',
              en`The number and symbol were taken from the appendix's line naming the plan it is attached to; the document's header has none.`,
            )
          : say(
              'Ký hiệu lấy từ dòng "Kèm theo Kế hoạch số …" của phụ lục; số không được lấy vì ngày ở đó khác ngày ban hành.',
              en`The symbol was taken from the appendix's line naming the plan it is attached to; its number was not, because the date there differs from the date of issue.`,
            ),
        backRef.lines,
        "number",
      ),
    );
    if (!sameDate && ref.date)
      findings.add(
        "back-reference-mismatch",
        "warning",
        say(
          `Dòng "Kèm theo" ghi ngày ${dayMonthYear(ref.date)}, khác ngày ban hành của kế hoạch.`,
          en`The appendix's line naming the plan it is attached to gives the date ${plainEnglish(dayMonthYear(ref.date))}, which differs from the plan's date of issue.`,
        ),
        backRef.lines,
        "appendices",
      );
  }
  if (!number && h.number)
    ids.push(
      findings.add(
        "number-missing",
        "info",
        say(
          "Số văn bản để trống (bản dự thảo chưa lấy số).",
          en`The document number is left blank (a draft not yet numbered).`,
        ),
        h.number.lines,
        "number",
      ),
    );
  else if (!h.number && !doc.decision && !backRef)
    ids.push(
      findings.add(
        "symbol-missing",
        "info",
        say('Văn bản không có dòng "Số: …/KH-…".', en`The document has no line with its number and symbol.`),
        firstLine,
        "number",
      ),
    );
  fields.trace("number", h.number?.lines ?? backRef?.lines, ids);
  return {
    number,
    symbol,
    planNumber: number && /^\d{1,6}$/.test(number) ? number : undefined,
    planSymbol: symbol && SYMBOL.test(symbol) ? symbol : "",
  };
}

/** "3/2/2024", as far as the date goes ("2/2024", "2024"). */
function dayMonthYear(date: PartialDate): string {
  return [date.day, date.month, date.year].filter((n) => n !== undefined).join("/");
}

function appendixBackRef(doc: ParsedDocument): { ref: DocRef | undefined; lines: LineRange } | undefined {
  for (const a of doc.appendices) {
    if (!a.backRef) continue;
    const parts = backRefParts(a.backRef.value);
    if (parts && /^(ke hoach|kh)/.test(fold(parts.type ?? ""))) return { ref: parts, lines: a.backRef.lines };
  }
  return undefined;
}

export function backRefParts(text: string): DocRef | undefined {
  const ref = parseDocRefs(text)[0];
  if (!ref) return undefined;
  const { text: _written, ...parts } = ref;
  return parts;
}

/** The issuing body from the header's capitals, or inferred from the lead-in, title and place. */
export function issuerOf(ctx: AssembleContext, title: string, place: string): Issuer {
  const { doc, findings, fields, firstLine } = ctx;
  const h = doc.header;
  const ids: number[] = [];
  let issuer: Issuer | undefined = issuerFromLines(h.issuerLines.map((l) => l.value));
  const lines = h.issuerLines.length > 0 ? spanOf(h.issuerLines.map((l) => l.lines)) : undefined;
  if (!issuer && doc.decision) issuer = issuerFromLines(doc.decision.header.issuerLines.map((l) => l.value));
  // "ỦY BAN NHÂN DÂN" alone (a web copy lost the second line of the header's cell): the unit is
  // completed from the QĐ's authority line, the lead-in, the title or the place.
  if (issuer && /^(uy ban nhan dan|hoi dong nhan dan|ubnd|hdnd)$/.test(fold(issuer.name).trim())) {
    const completed = inferIssuer(
      [
        doc.decision?.header.authority?.value ?? "",
        ...(doc.decision?.articles.map((a) => a.value) ?? []),
        h.intro?.value ?? "",
        doc.closingSentence?.value ?? "",
        ...h.bases.map((b) => b.text),
      ].map((t) => (t === t.toLocaleUpperCase("vi") ? capsToSentence(t) : t)),
      title,
      place,
      undefined,
    );
    const named = completed ?? unitNamedInTitle(issuer.name, title, place);
    if (named && fold(named.issuer.name).startsWith(fold(issuer.name).slice(0, 6))) {
      const completed = named;
      ids.push(
        findings.add(
          "issuer-inferred",
          "warning",
          say(
            `Tên cơ quan ban hành ở đầu văn bản thiếu địa danh; bổ sung thành "${completed.issuer.name}" từ ${ISSUER_CLUES[completed.from].vi}.`,
            en`The issuing body's name in the header lacks its place; it was completed as ${completed.issuer.name} from ${ISSUER_CLUES[completed.from].en}.`,
          ),
          lines ?? firstLine,
          "issuer",
        ),
      );
      issuer = completed.issuer;
    }
  }
  if (!issuer) {
    const inferred = inferIssuer(
      [h.intro?.value ?? "", doc.closingSentence?.value ?? "", ...h.bases.map((b) => b.text)],
      title,
      place,
      doc.closing.signer?.collective,
    );
    if (inferred) {
      issuer = inferred.issuer;
      ids.push(
        findings.add(
          "issuer-inferred",
          "warning",
          say(
            `Không có tên cơ quan ban hành ở đầu văn bản; suy ra "${inferred.issuer.name}" từ ${ISSUER_CLUES[inferred.from].vi}.`,
            en`The header does not name the issuing body; ${inferred.issuer.name} was inferred from ${ISSUER_CLUES[inferred.from].en}.`,
          ),
          h.intro?.lines ?? h.title?.lines ?? firstLine,
          "issuer",
        ),
      );
    }
  }
  if (!issuer) {
    ids.push(
      findings.add(
        "issuer-missing",
        "error",
        say("Không xác định được cơ quan ban hành.", en`The issuing body could not be determined.`),
        firstLine,
        "issuer",
      ),
    );
    issuer = { name: "" };
  }
  fields.trace("issuer", lines ?? h.intro?.lines, ids);
  return issuer;
}

/** The bases, one per cited document, each with its lines; the parent plan among them. */
export function basesOf({ doc, findings, fields }: AssembleContext): {
  bases: Basis[];
  parentPlan: DocRef | undefined;
} {
  const h = doc.header;
  const bases: Basis[] = h.bases.map((b) => ({
    kind: b.kind,
    text: oneLine(b.text).replace(/;$/, ""),
    refs: b.refs,
  }));
  for (const b of h.bases) {
    fields.trace("bases", b.lines);
    if (b.refs.length === 0)
      findings.add(
        "basis-without-document",
        "info",
        say("Dòng căn cứ không dẫn văn bản cụ thể nào.", en`This basis cites no particular document.`),
        b.lines,
        "bases",
      );
  }
  return { bases, parentPlan: h.bases.flatMap((b) => b.refs).find((r) => r.type === "Kế hoạch") };
}

/** Abbreviations the text defines ("(sau đây viết tắt là CCHC)"). */
export function abbreviationsOf({ doc, source }: AssembleContext): Abbreviation[] {
  const h = doc.header;
  return detectAbbreviations([
    h.intro?.value ?? "",
    ...h.bases.map((b) => b.text),
    ...source.blocks.slice(0, 400).flatMap((b) => (b.kind === "para" ? [b.text] : [])),
  ]);
}

/**
 * The issuer part of a ký hiệu when the document gives none: "UBND" for a people's committee, the
 * initials of any other body ("Sở Nội vụ" → "SNV"). Only used to keep an imported plan renderable.
 */
export function issuerCode(name: string): string {
  const f = fold(name);
  if (/^(uy ban nhan dan|ubnd)\b/.test(f)) return "UBND";
  if (/^(hoi dong nhan dan|hdnd)\b/.test(f)) return "HĐND";
  const words = name
    .replace(/\b(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\b.*$/iu, "")
    .split(/[\s-]+/)
    .filter((w) => /^\p{L}/u.test(w) && !/^(và|của)$/iu.test(w));
  const code = words
    .map((w) => w.charAt(0).toLocaleUpperCase("vi"))
    .join("")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC");
  return /^[A-ZĐ]{2,10}$/u.test(code) ? code : "UBND";
}
