import type { SizeSet } from "../profile.js";
import { type Anatomy, appendixAnatomy, type DocumentAnatomy, documentAnatomy } from "./anatomy.js";
import { CheckList } from "./check-list.js";
import { fmtPt, sectionsOf } from "./reading.js";
import { checkAppendix, checkRecipients, checkSigner } from "./rules-foot.js";
import { checkHeader } from "./rules-header.js";
import { checkFontsAndColour, checkMargins, checkPageNumbers, checkPaper } from "./rules-page.js";
import { checkOrganisationSignature, checkSignatureImages } from "./rules-signing.js";
import { checkBasis, checkBodySize, checkNumbering } from "./rules-text.js";
import type { ComplianceOptions, ComplianceReport, MeasuredPdf } from "./types.js";

// The validation checklist of nd30-layout §14.2, run on a PDF as measured (positions, sizes,
// fonts, colours, drawn lines), not on the data that produced it: it judges any văn bản PDF,
// from this renderer or another. Give it what @kehoach/pdf-inspect (or any reader with the same
// shape) returns:
//
//   const report = checkNd30(await inspectPdf(bytes), { sizeSet: 14 });
//   if (!report.ok) console.log(formatFailures(report));

export type {
  ComplianceCheck,
  ComplianceOptions,
  ComplianceReport,
  MeasuredImage,
  MeasuredPage,
  MeasuredPdf,
  MeasuredRun,
  MeasuredSegment,
} from "./types.js";

function parseDate(a: DocumentAnatomy): { year: number; month?: number; day?: number } | undefined {
  const text = a.date.map((f) => f.text).join(" ");
  const m = /ngày\s*(\d+)?\s*tháng\s*(\d+)?\s*năm\s+(\d{4})/u.exec(text);
  if (!m) return undefined;
  return {
    year: Number(m[3]),
    ...(m[2] ? { month: Number(m[2]) } : {}),
    ...(m[1] ? { day: Number(m[1]) } : {}),
  };
}

/**
 * A section with no text to measure its block by (a phụ lục with a title only) takes the margins
 * of the first section that has one, applied to its own page width.
 */
function borrowEdges(anatomies: Anatomy[]): void {
  const source = anatomies.find((a) => a.edgesMeasured);
  if (!source) return;
  const sourceWidth = source.section.pages[0]?.page.width ?? 0;
  for (const a of anatomies) {
    if (a.edgesMeasured) continue;
    const width = a.section.pages[0]?.page.width ?? 0;
    a.leftEdge = source.leftEdge;
    a.rightEdge = width - (sourceWidth - source.rightEdge);
  }
}

export function checkNd30(pdf: MeasuredPdf, options: ComplianceOptions = {}): ComplianceReport {
  const list = new CheckList();
  const sections = sectionsOf(pdf);
  const anatomies: Anatomy[] = sections.map((s) =>
    s.kind === "document" ? documentAnatomy(s) : appendixAnatomy(s),
  );
  borrowEdges(anatomies);
  const firstDocument = anatomies.find((a): a is DocumentAnatomy => a.kind === "document");
  const measuredSet = firstDocument?.tieuNgu
    ? (Math.round(firstDocument.tieuNgu.size) as SizeSet)
    : undefined;
  const sizeSet = options.sizeSet ?? (measuredSet === 13 || measuredSet === 14 ? measuredSet : undefined);
  if (options.sizeSet !== undefined && firstDocument?.tieuNgu) {
    list.add(
      3,
      "Bộ cỡ chữ (theo cỡ Tiêu ngữ)",
      measuredSet === options.sizeSet,
      fmtPt(firstDocument.tieuNgu.size),
      `bộ ${options.sizeSet}`,
      firstDocument.tieuNgu.page,
    );
  }

  checkPaper(list, pdf, anatomies);
  checkFontsAndColour(list, pdf);
  checkMargins(list, anatomies, options);
  checkPageNumbers(list, anatomies, sizeSet);

  let hostDate: ReturnType<typeof parseDate>;
  anatomies.forEach((a, i) => {
    if (a.kind === "document") {
      const own = a.attached ? undefined : parseDate(a);
      if (own) hostDate = own;
      checkHeader(list, a, { sizeSet, issueDate: own ?? hostDate, abbreviations: options.abbreviations });
      checkBasis(list, a);
      checkBodySize(list, a, sizeSet);
      checkNumbering(list, a);
      checkSigner(list, a, sizeSet);
      checkSignatureImages(list, a);
      checkRecipients(list, a, sizeSet, options.sentUpward ?? false);
      checkOrganisationSignature(list, a, options, i === 0);
      return;
    }
    // Phụ lục are numbered among those following the same document.
    let start = i;
    while (start > 0 && anatomies[start - 1]?.kind === "appendix") start--;
    let end = i;
    while (end + 1 < anatomies.length && anatomies[end + 1]?.kind === "appendix") end++;
    checkAppendix(list, a, i - start, end - start + 1, sizeSet);
    checkBodySize(list, a, sizeSet);
    checkNumbering(list, a);
    checkOrganisationSignature(list, a, options, i === 0);
  });

  const failures = list.checks.filter((c) => !c.ok);
  return {
    ok: failures.length === 0,
    checks: list.checks,
    failures,
    sizeSet,
    sections: anatomies.map((a) => ({
      kind: a.kind,
      ...(a.kind === "document" && a.documentKind ? { documentKind: a.documentKind } : {}),
      firstPage: a.section.pages[0]?.page.number ?? 0,
      pageCount: a.section.pages.length,
    })),
  };
}

/** One line per failing item: "[5] Đường kẻ dưới Tiêu ngữ (trang 1): đo được …, cần …". */
export function formatFailures(report: ComplianceReport): string {
  return report.failures
    .map(
      (f) =>
        `[${f.rule}] ${f.element}${f.page !== undefined ? ` (trang ${f.page})` : ""}: đo được ${f.measured}, cần ${f.expected}`,
    )
    .join("\n");
}
