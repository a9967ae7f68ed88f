import { mm } from "../profile.js";
import type { Anatomy, DocumentAnatomy } from "./anatomy.js";
import type { CheckList } from "./check-list.js";
import { type Fragment, fmtMm, fmtPt, type PageView } from "./reading.js";
import type { ComplianceOptions, MeasuredImage } from "./types.js";

// Rule 17: the layout of electronic signing (Phụ lục I). Ô 14, the organisation's digital
// signature as text at the top right of page 1 of an electronic copy or of a phụ lục or document
// issued as a separate file: the number and symbol, the signing time in ISO 8601 (Vietnam's
// +07:00), Times New Roman 10 pt, upright, black. Ô 7c and 8: the signature image centred between
// the signer's title and name, the seal at a seal's size (round) over the signature's left third.

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/u;
/** "25/QĐ-UBND", a draft's "     /QĐ-UBND", or "Số: 25/QĐ-UBND". */
const NUMBER_SYMBOL = /^(Số:\s*)?[\d\s]*\/[\p{L}\d]+(-[\p{L}\d]+)*$/u;

/** The lines of ô 14 in the top margin of a page: the ISO time and the number line above it. */
export function organisationSignatureOf(page: PageView | undefined): Fragment[] {
  if (!page) return [];
  const time = page.marginTop.find((f) => ISO_TIME.test(f.text));
  if (!time) return [];
  const number = page.marginTop.find(
    (f) => f !== time && NUMBER_SYMBOL.test(f.text) && f.y > time.y && f.y - time.y < f.size * 2.5,
  );
  return number ? [number, time] : [time];
}

export function checkOrganisationSignature(
  list: CheckList,
  a: Anatomy,
  options: ComplianceOptions,
  first: boolean,
): void {
  const lines = a.organisationSignature;
  const page = a.section.pages[0]?.page;
  if (!page) return;
  if (lines.length === 0) {
    if (options.organisationSignature && first) {
      list.present(17, "Chữ ký số của cơ quan (ô 14)", undefined, page.number);
    }
    return;
  }
  list.add(17, "Chữ ký số của cơ quan (ô 14)", true, "có", "có", page.number);
  const time = lines[lines.length - 1] as Fragment;
  const number = lines.length > 1 ? lines[0] : undefined;
  list.add(
    17,
    "Ô 14: số và ký hiệu văn bản",
    number !== undefined,
    number ? `"${number.text}"` : "không thấy",
    '"<số>/<ký hiệu>" trên dòng thời gian ký',
    page.number,
  );
  list.add(
    17,
    "Ô 14: thời gian ký theo ISO 8601, giờ Việt Nam",
    time.text.endsWith("+07:00"),
    `"${time.text}"`,
    '"YYYY-MM-DDThh:mm:ss+07:00"',
    page.number,
  );
  for (const f of lines) {
    list.size(17, "Ô 14", f, 10);
    list.style(17, "Ô 14", f, { bold: false, italic: false });
    const coloured = f.runs.find((r) => r.color !== "#000000");
    list.add(17, "Ô 14: màu chữ", !coloured, coloured ? coloured.color : "đen", "đen (#000000)", page.number);
    list.near(17, "Ô 14: sát lề phải (góc trên, bên phải)", f.right, a.rightEdge, 1.5, fmtPt, page.number);
  }
  list.between(17, "Ô 14: trong lề trên", page.height - time.y, mm(5), mm(25), fmtMm, page.number);
}

/**
 * Ô 7c and 8 on the page of the signature: the signature image (the wider one) centred under
 * the title, between the title and the name; the seal (the roundest) round, 25–45 mm across
 * (a state body's seal is 32–42 mm), its right part over the signature's left third.
 */
export function checkSignatureImages(list: CheckList, a: DocumentAnatomy): void {
  const s = a.signature;
  const images = s?.page.page.images ?? [];
  if (!s || images.length === 0 || s.titles.length === 0) return;
  const page = s.page.page.number;
  const lastTitle = s.titles[s.titles.length - 1] as Fragment;
  const centre = (s.titles[0] as Fragment).centre;
  const inSpace = images.filter(
    (img) => img.y + img.height / 2 < lastTitle.y && (!s.name || img.y + img.height / 2 > s.name.y),
  );
  if (inSpace.length === 0) return;
  const byAspect = [...inSpace].sort(
    (x, y) => Math.abs(x.width / x.height - 1) - Math.abs(y.width / y.height - 1),
  );
  const seal = inSpace.length > 1 || isRound(byAspect[0] as MeasuredImage) ? byAspect[0] : undefined;
  const signature = inSpace.find((img) => img !== seal);
  if (signature) {
    list.near(
      17,
      "Chữ ký (ô 7c): canh giữa dưới chức vụ",
      signature.x + signature.width / 2,
      centre,
      2,
      fmtPt,
      page,
    );
    const middle = signature.y + signature.height / 2;
    const top = lastTitle.y;
    const bottom = s.name ? s.name.y + s.name.size : top - mm(28);
    list.between(17, "Chữ ký (ô 7c): giữa chức vụ và họ tên", middle, bottom, top, fmtPt, page);
  }
  if (seal) {
    list.add(
      17,
      "Con dấu (ô 8): tròn, không méo",
      isRound(seal),
      `${fmtMm(seal.width)} × ${fmtMm(seal.height)}`,
      "rộng bằng cao",
      page,
    );
    list.between(17, "Con dấu (ô 8): kích thước thật", seal.width, mm(25), mm(45), fmtMm, page);
    if (signature) {
      const over = (seal.x + seal.width - signature.x) / signature.width;
      list.between(
        17,
        "Con dấu (ô 8): trùm lên 1/3 chữ ký về bên trái",
        over,
        0.2,
        0.45,
        (n) => n.toFixed(2).replace(".", ","),
        page,
      );
    }
  }
}

function isRound(img: MeasuredImage): boolean {
  return Math.abs(img.width / img.height - 1) < 0.05;
}
