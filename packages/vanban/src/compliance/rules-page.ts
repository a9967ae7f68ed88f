import { mm } from "../profile.js";
import type { Anatomy } from "./anatomy.js";
import { STAMP_TEXTS } from "./anatomy.js";
import type { CheckList } from "./check-list.js";
import { ASCENT, DESCENT, fmtMm, fmtPt, type PageView } from "./reading.js";
import type { ComplianceOptions, MeasuredPdf } from "./types.js";

// Rules 1, 2 and 13 of nd30-layout §14.2: paper and margins; font, colour and NFC; page numbers.

const A4 = [mm(210), mm(297)];
const MARGIN_RANGES = { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] } as const;
const SERIF = /^(Times ?New ?Roman|TimesNewRomanPS|Times|Tinos|Liberation ?Serif)/iu;
const TOLERANCE_MM = 0.3;

export function checkPaper(list: CheckList, pdf: MeasuredPdf, anatomies: Anatomy[]): void {
  const notA4 = pdf.pages.filter((p) => {
    const dims = [p.width, p.height].sort((a, b) => a - b);
    return (
      Math.abs((dims[0] as number) - (A4[0] as number)) > 1 ||
      Math.abs((dims[1] as number) - (A4[1] as number)) > 1
    );
  });
  list.add(
    1,
    "Khổ giấy",
    notA4.length === 0,
    notA4.length === 0
      ? `A4, ${pdf.pages.length} trang`
      : `trang ${notA4.map((p) => p.number).join(", ")} không phải A4`,
    "A4 (210 × 297 mm)",
    notA4[0]?.number,
  );
  for (const a of anatomies) {
    for (const view of a.section.pages) {
      if (view.page.width <= view.page.height) continue;
      const allowed = a.kind === "appendix" || view.verticals.length > 0;
      list.add(
        1,
        "Hướng trang",
        allowed,
        "khổ ngang",
        "khổ dọc (khổ ngang chỉ cho phụ lục hoặc trang có bảng)",
        view.page.number,
      );
    }
  }
}

function topOf(view: PageView): number {
  const fromText = view.fragments.map((f) => f.y + ASCENT * f.size);
  const fromLines = [...view.rules, ...view.verticals]
    .flatMap((s) => [s.y1, s.y2])
    .filter((y) => view.page.height - y >= mm(20) - 1);
  return Math.max(...fromText, ...fromLines);
}

function bottomOf(view: PageView): number {
  const fromText = view.fragments.map((f) => f.y - DESCENT * f.size);
  const fromLines = [...view.rules, ...view.verticals].flatMap((s) => [s.y1, s.y2]);
  return Math.min(...fromText, ...fromLines);
}

export function checkMargins(list: CheckList, anatomies: Anatomy[], options: ComplianceOptions): void {
  for (const a of anatomies) {
    const pages = a.section.pages;
    const first = pages[0] as PageView;
    const where = `${a.kind === "appendix" ? "phụ lục" : "văn bản"} từ trang ${first.page.number}`;
    const expect = (side: keyof typeof MARGIN_RANGES, measuredPt: number, page: number, exact: boolean) => {
      const value = (measuredPt * 25.4) / 72;
      const wanted = options.marginsMm?.[side];
      if (wanted !== undefined && exact) {
        list.near(1, `Lề ${SIDE_NAMES[side]} (${where})`, value, wanted, TOLERANCE_MM, mmText, page);
      } else {
        const [min, max] = MARGIN_RANGES[side];
        const upper = exact ? max + TOLERANCE_MM : Number.POSITIVE_INFINITY;
        const ok = value >= min - TOLERANCE_MM && value <= upper;
        list.add(
          1,
          `Lề ${SIDE_NAMES[side]} (${where})`,
          ok,
          mmText(value),
          exact ? `${min}–${max} mm` : `≥ ${min} mm`,
          page,
        );
      }
    };
    if (a.edgesMeasured) expect("left", a.leftEdge, first.page.number, true);
    // The right margin shows only where text is justified or a table spans the block.
    const justified =
      a.kind === "document" ? a.body.filter((f) => Math.abs(f.right - a.rightEdge) < 0.5).length : 0;
    const hasTable = pages.some((p) => p.verticals.length > 0);
    if (a.edgesMeasured)
      expect("right", first.page.width - a.rightEdge, first.page.number, justified >= 2 || hasTable);
    const tops = pages.map((p) => ({ page: p.page.number, value: p.page.height - topOf(p) }));
    const firstTop = tops[0] as { page: number; value: number };
    expect("top", firstTop.value, firstTop.page, true);
    const worstTop = tops.reduce((m, t) => (t.value < m.value ? t : m), firstTop);
    if (worstTop !== firstTop) expect("top", worstTop.value, worstTop.page, false);
    const bottoms = pages.map((p) => ({ page: p.page.number, value: bottomOf(p) }));
    const worstBottom = bottoms.reduce(
      (m, b) => (b.value < m.value ? b : m),
      bottoms[0] as { page: number; value: number },
    );
    expect("bottom", worstBottom.value, worstBottom.page, false);
  }
}

const SIDE_NAMES = { top: "trên", bottom: "dưới", left: "trái", right: "phải" } as const;
const mmText = (value: number) => `${value.toFixed(1).replace(".", ",")} mm`;

export function checkFontsAndColour(list: CheckList, pdf: MeasuredPdf): void {
  const runs = pdf.pages.flatMap((p) => p.runs.map((r) => ({ ...r, page: p.number })));
  const foreign = [...new Set(runs.filter((r) => !SERIF.test(r.fontName)).map((r) => r.fontName))];
  list.add(
    2,
    "Phông chữ",
    foreign.length === 0,
    foreign.length === 0 ? [...new Set(runs.map((r) => r.fontName))].join(", ") : foreign.join(", "),
    "Times New Roman (hoặc phông cùng số đo: Tinos, Liberation Serif)",
    runs.find((r) => !SERIF.test(r.fontName))?.page,
  );
  const stamp = (text: string) => STAMP_TEXTS.includes(text.trim());
  const coloured = runs.filter((r) => r.color !== "#000000" && !stamp(r.text));
  list.add(
    2,
    "Màu chữ",
    coloured.length === 0,
    coloured.length === 0 ? "đen" : `${coloured[0]?.color} ("${coloured[0]?.text}")`,
    "đen (#000000); dấu mật, khẩn màu đỏ",
    coloured[0]?.page,
  );
  const decomposed = runs.filter((r) => r.text !== r.text.normalize("NFC"));
  list.add(
    2,
    "Mã chữ Unicode dựng sẵn (NFC)",
    decomposed.length === 0,
    decomposed.length === 0 ? "NFC" : `tổ hợp (NFD) ở "${decomposed[0]?.text}"`,
    "NFC",
    decomposed[0]?.page,
  );
}

export function checkPageNumbers(list: CheckList, anatomies: Anatomy[], sizeSet: number | undefined): void {
  for (const a of anatomies) {
    const centre = (a.leftEdge + a.rightEdge) / 2;
    a.section.pages.forEach((view, k) => {
      const n = k + 1;
      // Ô 14 stands in the first page's top margin, where later pages have their number.
      const numbers = view.marginTop.filter((f) => !a.organisationSignature.includes(f));
      if (n === 1) {
        list.add(
          13,
          "Số trang trang đầu",
          numbers.length === 0,
          numbers.length === 0 ? "không có" : `"${numbers.map((f) => f.text).join(" ")}"`,
          "không đánh số trang đầu",
          view.page.number,
        );
        return;
      }
      const f = numbers[0];
      const ok = numbers.length === 1 && f !== undefined && f.text === String(n);
      list.add(
        13,
        "Số trang",
        ok,
        numbers.length === 0 ? "không có" : `"${numbers.map((x) => x.text).join(" ")}"`,
        `"${n}" ở lề trên`,
        view.page.number,
      );
      if (!f) return;
      list.near(13, "Số trang: canh giữa", f.centre, centre, 1.5, fmtPt, view.page.number);
      list.style(13, "Số trang", f, { bold: false, italic: false });
      if (sizeSet) list.size(13, "Số trang", f, sizeSet);
      list.add(
        13,
        "Số trang: nằm trong lề trên",
        view.page.height - f.y > mm(5) && view.page.height - f.y < mm(20),
        fmtMm(view.page.height - f.y),
        "đường chân chữ cách mép trên 5–20 mm",
        view.page.number,
      );
    });
  }
}
