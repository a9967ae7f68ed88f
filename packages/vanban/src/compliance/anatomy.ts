import { mm } from "../profile.js";
import { KINH_GUI_LABEL, NOI_NHAN_LABEL, QUOC_HIEU, QUYET_DINH_LINE, TIEU_NGU } from "../text-lines.js";
import {
  type Fragment,
  isAppendixLabel,
  isQuocHieu,
  type PageView,
  type SectionView,
  segCentre,
  segLength,
  segY,
} from "./reading.js";
import { organisationSignatureOf } from "./rules-signing.js";
import type { MeasuredSegment } from "./types.js";

// Finds the parts of each section on the page, by their text and their place: the ô of the
// header, the title block, the preamble of a QĐ, Kính gửi, the body, the signature block and
// Nơi nhận, the address line; for a phụ lục its label, title, reference and rule.

export type DocKind = "KH" | "QD" | "BC" | "TTr" | "CV";

const TYPE_LINES: Record<string, DocKind> = {
  "KẾ HOẠCH": "KH",
  "QUYẾT ĐỊNH": "QD",
  "BÁO CÁO": "BC",
  "TỜ TRÌNH": "TTr",
};

const LOCAL_BODY_WITH_PLACE =
  /^(UBND|HĐND|ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)\s+(TỈNH|THÀNH PHỐ|XÃ|PHƯỜNG|ĐẶC KHU|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN)\s/u;

export const STAMP_TEXTS = ["HỎA TỐC", "THƯỢNG KHẨN", "KHẨN", "MẬT", "TỐI MẬT", "TUYỆT MẬT"];

export interface SignatureAnatomy {
  page: PageView;
  label: Fragment | undefined;
  items: Fragment[];
  titles: Fragment[];
  name: Fragment | undefined;
  all: Fragment[];
}

export interface DocumentAnatomy {
  kind: "document";
  section: SectionView;
  documentKind: DocKind | undefined;
  /** Issued with a QĐ: no Số and date, a "(Kèm theo Quyết định …)" line. */
  attached: boolean;
  quocHieu: Fragment | undefined;
  /** Pieces of the Quốc hiệu when it was not found whole on one line. */
  quocHieuPieces: Fragment[];
  tieuNgu: Fragment | undefined;
  tieuNguRule: MeasuredSegment | undefined;
  parent: Fragment[];
  issuing: Fragment[];
  agencyRule: MeasuredSegment | undefined;
  so: Fragment | undefined;
  date: Fragment[];
  vv: Fragment[];
  stamps: Fragment[];
  typeName: Fragment | undefined;
  subject: Fragment[];
  reference: Fragment[];
  titleRule: MeasuredSegment | undefined;
  authority: Fragment | undefined;
  basis: Fragment[];
  decides: Fragment | undefined;
  kinhGui: Fragment[];
  body: Fragment[];
  signature: SignatureAnatomy | undefined;
  contact: Fragment[];
  /** Ô 14 at the top right of the first page: the number line and the signing time. */
  organisationSignature: Fragment[];
  /** The text block's edges; borrowed from another section when this one shows none. */
  leftEdge: number;
  rightEdge: number;
  edgesMeasured: boolean;
}

export interface AppendixAnatomy {
  kind: "appendix";
  section: SectionView;
  label: Fragment | undefined;
  title: Fragment[];
  reference: Fragment[];
  rule: MeasuredSegment | undefined;
  body: Fragment[];
  /** Ô 14 at the top right of the first page: the number line and the signing time. */
  organisationSignature: Fragment[];
  /** The text block's edges; borrowed from another section when this one shows none. */
  leftEdge: number;
  rightEdge: number;
  edgesMeasured: boolean;
}

export type Anatomy = DocumentAnatomy | AppendixAnatomy;

const isUpper = (text: string) => text === text.toLocaleUpperCase("vi") && /\p{L}/u.test(text);
const below = (f: Fragment, y: number) => f.y < y - 0.5;

/** The first free rule under a line, within `depth` points of its baseline and centred near it. */
function ruleUnder(
  page: PageView,
  f: Fragment,
  depth: number,
  centreTolerance = 4,
): MeasuredSegment | undefined {
  return page.rules
    .filter(
      (r) => segY(r) < f.y && f.y - segY(r) <= depth && Math.abs(segCentre(r) - f.centre) <= centreTolerance,
    )
    .sort((a, b) => segY(b) - segY(a))[0];
}

function edges(fragments: Fragment[], pages: PageView[]): { left: number; right: number; measured: boolean } {
  const xs = fragments.map((f) => f.x);
  const rights = fragments.map((f) => f.right);
  for (const page of pages) {
    for (const v of page.verticals) {
      xs.push(v.x1);
      rights.push(v.x1);
    }
  }
  if (xs.length === 0) return { left: Number.NaN, right: Number.NaN, measured: false };
  return { left: Math.min(...xs), right: Math.max(...rights), measured: true };
}

export function documentAnatomy(section: SectionView): DocumentAnatomy {
  const first = section.pages[0] as PageView;
  const frs = first.fragments;
  const quocHieu = frs.find((f) => f.text === "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  // A Quốc hiệu that wraps: its first part and the parts of it on the next lines.
  const start = quocHieu ? undefined : frs.find(isQuocHieu);
  const quocHieuPieces = start
    ? [
        start,
        ...frs.filter(
          (f) =>
            f !== start && f.y < start.y && start.y - f.y < start.size * 2.5 && QUOC_HIEU.includes(f.text),
        ),
      ]
    : [];
  const qhAnchor = quocHieu ?? quocHieuPieces[0];
  const tieuNgu = frs.find((f) => f.text === TIEU_NGU) ?? frs.find((f) => f.text.includes("Độc lập"));
  const tieuNguRule = tieuNgu ? ruleUnder(first, tieuNgu, tieuNgu.size * 1.2) : undefined;
  const so = frs.find((f) => f.text.startsWith("Số:") && !f.boxed);
  const dateFirst = frs.find((f) => /, ngày\s/u.test(f.text) && !f.boxed);
  const date = dateFirst ? [dateFirst, ...continuation(frs, dateFirst)] : [];

  // Left column of row 1: above the Số line (or the rules), left of the Quốc hiệu.
  const leftLimit = qhAnchor ? qhAnchor.x : first.page.width / 2;
  const rowOneBottom = so ? so.y + so.size : tieuNguRule ? segY(tieuNguRule) - 12 : 0;
  const leftColumn = frs.filter((f) => !f.boxed && f.right <= leftLimit + 1 && f.y > rowOneBottom);
  // Parent body: the upright lines above the first bold one; a bold first line naming a
  // people's committee or council with its place ("UBND XÃ ĐÔNG SƠN") above another body's name
  // is a parent set in bold by mistake. Everything from the issuing body's first line down is
  // the issuing body, bold or not.
  const firstBold = leftColumn.findIndex((f) => f.bold);
  let split = Math.max(firstBold, 0);
  const head = leftColumn[split];
  if (split === 0 && head && leftColumn.length >= 2 && LOCAL_BODY_WITH_PLACE.test(head.text)) split = 1;
  const parent = leftColumn.slice(0, split);
  const issuing = leftColumn.slice(split);
  const lastIssuing = issuing[issuing.length - 1];
  const agencyRule = lastIssuing ? ruleUnder(first, lastIssuing, lastIssuing.size * 1.2) : undefined;

  const vvFirst = so ? frs.find((f) => f.text.startsWith("V/v") && below(f, so.y)) : undefined;
  const vv = vvFirst ? [vvFirst, ...continuation(frs, vvFirst)] : [];
  const stamps = frs.filter((f) => f.boxed && STAMP_TEXTS.includes(f.text));

  let headerBottom = Math.min(
    ...[
      so?.y,
      dateFirst?.y,
      ...date.map((d) => d.y),
      ...vv.map((v) => v.y),
      ...stamps.map((s) => s.y - 8),
    ].filter((v): v is number => v !== undefined),
    tieuNguRule ? segY(tieuNguRule) : Number.POSITIVE_INFINITY,
    agencyRule ? segY(agencyRule) : Number.POSITIVE_INFINITY,
  );
  if (!Number.isFinite(headerBottom)) headerBottom = qhAnchor ? qhAnchor.y : first.page.height;
  const afterHeader = frs.filter((f) => below(f, headerBottom) && !f.boxed);

  // Title block: tên loại, trích yếu, "(Kèm theo …)", rule.
  const top = afterHeader[0];
  const typeName = top?.bold && top.text in TYPE_LINES ? top : undefined;
  const documentKind: DocKind | undefined = typeName
    ? TYPE_LINES[typeName.text]
    : vv.length > 0
      ? "CV"
      : undefined;
  let titleRule: MeasuredSegment | undefined;
  const subject: Fragment[] = [];
  const reference: Fragment[] = [];
  let titleBottom = headerBottom;
  if (typeName) {
    titleRule = first.rules
      .filter((r) => segY(r) < typeName.y && segLength(r) < (first.page.width * 2) / 3)
      .sort((a, b) => segY(b) - segY(a))[0];
    const ruleY = titleRule ? segY(titleRule) : Number.NEGATIVE_INFINITY;
    for (const f of afterHeader.slice(1)) {
      if (f.y <= ruleY) break;
      if (f.text.startsWith("(") || reference.length > 0) reference.push(f);
      else if (reference.length === 0) subject.push(f);
    }
    titleBottom = titleRule ? ruleY : (subject[subject.length - 1]?.y ?? typeName.y);
  }

  // Everything of the section below the title, page by page.
  const rest: Fragment[] = [];
  section.pages.forEach((page, i) => {
    for (const f of page.fragments) {
      if (f.boxed) continue;
      if (i === 0 && !below(f, titleBottom)) continue;
      rest.push(f);
    }
  });

  // Address line at the foot of page 1, under a rule across the text block.
  const contactRule = first.rules.find(
    (r) => segY(r) < first.page.height * 0.3 && segLength(r) > mm(140) && Math.abs(r.x2 - r.x1) > 0,
  );
  const contact = contactRule
    ? rest.filter((f) => f.page === first.page.number && f.y < segY(contactRule))
    : [];
  const withoutContact = rest.filter((f) => !contact.includes(f));

  // Signature block: from "Nơi nhận:" (level with the first title line) to the end.
  const signature = signatureAnatomy(section, withoutContact);
  const flow = signature ? withoutContact.filter((f) => !signature.all.includes(f)) : withoutContact;

  // QĐ preamble: authority line, căn cứ (italic), "QUYẾT ĐỊNH:".
  let authority: Fragment | undefined;
  const basis: Fragment[] = [];
  let decides: Fragment | undefined;
  let index = 0;
  if (documentKind === "QD") {
    const candidate = flow[0];
    if (candidate?.bold && isUpper(candidate.text) && candidate.text !== QUYET_DINH_LINE) {
      authority = candidate;
      index = 1;
      while (flow[index]?.bold && isUpper(flow[index]?.text ?? "") && flow[index]?.text !== QUYET_DINH_LINE)
        index++;
    }
  }
  // Căn cứ: in a QĐ every line up to "QUYẾT ĐỊNH:", whatever its style; elsewhere the italic
  // lines under the title.
  const decidesAt = documentKind === "QD" ? flow.findIndex((f) => f.text === QUYET_DINH_LINE) : -1;
  if (decidesAt >= index) {
    basis.push(...flow.slice(index, decidesAt));
    decides = flow[decidesAt];
    index = decidesAt + 1;
  } else {
    while (flow[index]?.italic) basis.push(flow[index++] as Fragment);
  }

  // Kính gửi: its label line and the recipient lines under it.
  const kinhGui: Fragment[] = [];
  const label = flow.find((f) => f.text.startsWith(KINH_GUI_LABEL));
  if (label) {
    kinhGui.push(label);
    const start = flow.indexOf(label) + 1;
    for (let k = start; k < flow.length; k++) {
      const f = flow[k] as Fragment;
      const previous = flow[k - 1] as Fragment;
      if (f.page !== label.page || f.x < label.x + 5 || previous.y - f.y > f.size * 2.2) break;
      kinhGui.push(f);
    }
  }
  const body = flow.slice(index).filter((f) => !kinhGui.includes(f));
  const allText = [...flow, ...(signature?.all ?? [])];
  const edge = edges(allText, section.pages);

  return {
    kind: "document",
    section,
    documentKind,
    attached: reference.some((r) => /[Kk]èm theo Quyết định/u.test(r.text)),
    quocHieu,
    quocHieuPieces,
    tieuNgu,
    tieuNguRule,
    parent,
    issuing,
    agencyRule,
    so,
    date,
    vv,
    stamps,
    typeName,
    subject,
    reference,
    titleRule,
    authority,
    basis,
    decides,
    kinhGui,
    body,
    signature,
    contact,
    organisationSignature: organisationSignatureOf(first),
    leftEdge: edge.left,
    rightEdge: edge.right,
    edgesMeasured: edge.measured,
  };
}

/** Lines under `f` continuing it: same centre, one line further down each. */
function continuation(frs: Fragment[], f: Fragment): Fragment[] {
  const out: Fragment[] = [];
  let last = f;
  for (const g of frs) {
    if (g.y >= last.y - 0.5) continue;
    if (last.y - g.y > last.size * 1.6) break;
    if (Math.abs(g.centre - f.centre) < 4 && g.size === f.size && g.italic === f.italic && !g.boxed) {
      out.push(g);
      last = g;
    }
  }
  return out;
}

function signatureAnatomy(section: SectionView, flow: Fragment[]): SignatureAnatomy | undefined {
  const label = [...flow].reverse().find((f) => f.text === NOI_NHAN_LABEL || f.text.startsWith("Nơi nhận"));
  if (!label) return undefined;
  const page = section.pages.find((p) => p.page.number === label.page) as PageView;
  const all = flow.filter((f) => f.page === label.page && f.y <= label.y + 0.6);
  // Nơi nhận holds the left 40% of the text block; the signer is centred in the rest.
  const boundary = label.x + (page.page.width - label.x - mm(15)) * 0.4;
  const leftColumn = all.filter((f) => f.right <= boundary + 2 && f !== label);
  const right = all.filter((f) => f.right > boundary + 2).sort((a, b) => b.y - a.y);
  const titles: Fragment[] = [];
  let name: Fragment | undefined;
  for (const f of right) {
    if (!name && titles.length > 0 && (titles[titles.length - 1] as Fragment).y - f.y > mm(12)) {
      name = f;
      continue;
    }
    if (!name) titles.push(f);
  }
  return { page, label, items: leftColumn, titles, name, all };
}

export function appendixAnatomy(section: SectionView): AppendixAnatomy {
  const first = section.pages[0] as PageView;
  const frs = first.fragments.filter((f) => !f.boxed);
  const label = frs[0] && isAppendixLabel(frs[0].text) ? frs[0] : undefined;
  const title: Fragment[] = [];
  const reference: Fragment[] = [];
  let rule: MeasuredSegment | undefined;
  if (label) {
    rule = first.rules.filter((r) => segY(r) < label.y).sort((a, b) => segY(b) - segY(a))[0];
    const ruleY = rule ? segY(rule) : Number.NEGATIVE_INFINITY;
    for (const f of frs.slice(1)) {
      if (f.y <= ruleY) break;
      if (f.text.startsWith("(") || reference.length > 0) reference.push(f);
      else title.push(f);
    }
  }
  const head = new Set<Fragment>([...(label ? [label] : []), ...title, ...reference]);
  const body = section.pages.flatMap((p) => p.fragments.filter((f) => !f.boxed && !head.has(f)));
  const edge = edges(body, section.pages);
  return {
    kind: "appendix",
    section,
    label,
    title,
    reference,
    rule,
    body,
    organisationSignature: organisationSignatureOf(first),
    leftEdge: edge.left,
    rightEdge: edge.right,
    edgesMeasured: edge.measured,
  };
}
