// Baseline 2: raw pdfkit with the fonts parsed once (the same cache the renderer uses), laying
// the same content out by hand with pdfkit's own text API (justified paragraphs that flow
// across pages, table rows with borders, the signature block). A lower bound: no keep-with-next,
// no widow control, no measured header.

import { toUpperVi } from "@kehoach/text-vi";
import PDFDocument from "pdfkit";
import {
  headingLabel,
  itemLabel,
  placeDateLine,
  QUOC_HIEU,
  recipientLines,
  signerLines,
  soKyHieuLine,
  TIEU_NGU,
  typeNameLine,
} from "../dist/index.js";
import { DocFonts } from "../dist/pdf/fonts.js";

const MM = 72 / 25.4;
const LEFT = 30 * MM;
const WIDTH = 165 * MM;
const TOP = 20 * MM;
const BOTTOM = 297 * MM - 20 * MM;

export function renderWithPdfkit(doc, fontSet) {
  const pdf = new PDFDocument({
    size: "A4",
    margins: { top: TOP, bottom: 20 * MM, left: LEFT, right: 15 * MM },
    autoFirstPage: false,
    font: null,
    info: { Title: doc.subject, CreationDate: new Date(Date.UTC(2026, 0, 9)) },
  });
  const chunks = [];
  const done = new Promise((resolve) => {
    pdf.on("data", (c) => chunks.push(c));
    pdf.on("end", resolve);
  });
  const fonts = new DocFonts(pdf, fontSet);
  const use = (key, size) => {
    pdf._font = fonts.face(key).embedded;
    pdf.fontSize(size);
  };
  let page = 0;
  pdf.on("pageAdded", () => {
    page++;
    if (page === 1) return;
    const { x, y, _font: font, _fontSize: size } = pdf;
    use("regular", 14);
    pdf.text(String(page), LEFT, 10 * MM, { width: WIDTH, align: "center", lineBreak: false });
    pdf._font = font;
    pdf.fontSize(size);
    pdf.x = x;
    pdf.y = y;
  });
  pdf.addPage();
  const rule = (x, y, w) =>
    pdf
      .moveTo(x, y)
      .lineTo(x + w, y)
      .lineWidth(0.6)
      .stroke();

  // Header: two columns, Số and date on one line.
  use("bold", 13);
  pdf.text(doc.issuingBody.map(toUpperVi).join("\n"), LEFT - 5 * MM, TOP, {
    width: 68 * MM,
    align: "center",
  });
  rule(LEFT + 20 * MM, pdf.y + 2, 15 * MM);
  pdf.text(QUOC_HIEU, LEFT + 63 * MM, TOP, { width: 102 * MM, align: "center" });
  use("bold", 14);
  pdf.text(TIEU_NGU, LEFT + 63 * MM, pdf.y, { width: 102 * MM, align: "center" });
  rule(LEFT + 84 * MM, pdf.y + 2, 60.5 * MM);
  const row2 = pdf.y + 8;
  use("regular", 13);
  pdf.text(soKyHieuLine(doc), LEFT - 5 * MM, row2 + 1, { width: 68 * MM, align: "center" });
  use("italic", 14);
  pdf.text(placeDateLine(doc), LEFT + 63 * MM, row2, { width: 102 * MM, align: "center" });
  use("bold", 14);
  pdf.text(typeNameLine(doc), LEFT, pdf.y + 18, { width: WIDTH, align: "center" });
  pdf.text(doc.subject, LEFT, pdf.y, { width: WIDTH, align: "center" });
  rule(LEFT + WIDTH * 0.35, pdf.y + 2, WIDTH * 0.3);
  pdf.y += 6;

  const paragraph = (text, key) => {
    use(key, 14);
    pdf.y += 6;
    pdf.text(text, LEFT, pdf.y, { width: WIDTH, align: "justify", indent: 1 * 10 * MM, lineGap: 2.4 });
  };
  for (const block of doc.body) {
    if (block.type === "paragraph") paragraph(block.content, "regular");
    else if (block.type === "item")
      paragraph(`${itemLabel(block.marker, block.number)} ${block.content}`, "regular");
    else if (block.type === "heading") {
      const text = block.level === "muc" ? toUpperVi(block.text) : block.text;
      paragraph(`${headingLabel(block.level, block.number)} ${text}`, "bold");
    } else if (block.type === "table") table(pdf, block, use);
  }

  // Signature block, moved whole to a new page when it does not fit.
  if (pdf.y + 180 > BOTTOM) pdf.addPage();
  const top = pdf.y + 12;
  use("boldItalic", 12);
  pdf.text("Nơi nhận:", LEFT, top, { width: 66 * MM });
  use("regular", 11);
  for (const line of recipientLines(doc)) pdf.text(line, LEFT, pdf.y, { width: 64 * MM, indent: 0 });
  use("bold", 14);
  pdf.text(signerLines(doc).join("\n"), LEFT + 66 * MM, top, { width: 99 * MM, align: "center" });
  pdf.text(doc.signer.name, LEFT + 66 * MM, pdf.y + 28 * MM, { width: 99 * MM, align: "center" });
  pdf.end();
  fonts.finish();
  return done.then(() => new Uint8Array(Buffer.concat(chunks)));
}

function table(pdf, block, use) {
  const total = block.columns.reduce((s, c) => s + c.weight, 0);
  const widths = block.columns.map((c) => (WIDTH * c.weight) / total);
  const draw = (cells, bold) => {
    use(bold ? "bold" : "regular", 12);
    const heights = cells.map((text, i) => (text ? pdf.heightOfString(text, { width: widths[i] - 8 }) : 0));
    const h = Math.max(...heights) + 5;
    if (pdf.y + h > BOTTOM) {
      pdf.addPage();
      if (!bold)
        draw(
          block.columns.map((c) => c.header),
          true,
        );
      use(bold ? "bold" : "regular", 12);
    }
    const y = pdf.y;
    let x = LEFT;
    cells.forEach((text, i) => {
      if (text) pdf.text(text, x + 4, y + 2, { width: widths[i] - 8, align: bold ? "center" : "left" });
      pdf.rect(x, y, widths[i], h).lineWidth(0.5).stroke();
      x += widths[i];
    });
    pdf.x = LEFT;
    pdf.y = y + h;
  };
  pdf.y += 6;
  draw(
    block.columns.map((c) => c.header),
    true,
  );
  for (const row of block.rows) {
    if ("group" in row) draw([row.label ?? "", row.group, ...block.columns.slice(2).map(() => "")], true);
    else draw(row.cells, false);
  }
}
