// Baseline 1: pdfmake 0.3 used the plain way, as this package did before it laid pages out
// itself: a document definition per render, the four Tinos files handed to pdfmake, which parses
// them for every document. Same content and layout rules as the renderer, within pdfmake's means.

import { toUpperVi } from "@kehoach/text-vi";
import pdfmake from "pdfmake";
import {
  headingLabel,
  itemLabel,
  nd30Profile,
  placeDateLine,
  QUOC_HIEU,
  recipientLines,
  signerLines,
  soKyHieuLine,
  TIEU_NGU,
  typeNameLine,
} from "../dist/index.js";

const MM = 72 / 25.4;
const FAMILY = "Tinos";

export function setupPdfmake(fonts) {
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  const files = {};
  for (const style of ["normal", "bold", "italics", "bolditalics"]) {
    const name = `bench-${style}.ttf`;
    pdfmake.virtualfs.writeFileSync(name, Buffer.from(fonts[style]));
    files[style] = name;
  }
  pdfmake.setFonts({ [FAMILY]: files });
}

const rule = (width) => ({
  canvas: [{ type: "line", x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.6 }],
  alignment: "center",
  margin: [0, 1.5, 0, 0],
});

function blockContent(block) {
  const para = { alignment: "justify", leadingIndent: 28.35, lineHeight: 1.15 * 1.04, margin: [0, 6, 0, 0] };
  switch (block.type) {
    case "paragraph":
      return { text: block.content, ...para };
    case "item":
      return { text: `${itemLabel(block.marker, block.number)} ${block.content}`, ...para };
    case "heading": {
      const text = block.level === "muc" ? toUpperVi(block.text) : block.text;
      return { text: `${headingLabel(block.level, block.number)} ${text}`, bold: true, ...para };
    }
    case "table": {
      const total = block.columns.reduce((s, c) => s + c.weight, 0);
      const usable = 165 * MM - block.columns.length * 8.5;
      const body = [
        block.columns.map((c) => ({ text: c.header, bold: true, alignment: "center", fontSize: 12 })),
      ];
      for (const row of block.rows) {
        if ("group" in row) {
          body.push([
            { text: row.label ?? "", bold: true, fontSize: 12 },
            { text: row.group, bold: true, colSpan: block.columns.length - 1, fontSize: 12 },
            ...block.columns.slice(2).map(() => ({ text: "" })),
          ]);
        } else {
          body.push(row.cells.map((cell) => ({ text: cell, fontSize: 12 })));
        }
      }
      return {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: block.columns.map((c) => (usable * c.weight) / total),
          body,
        },
        margin: [0, 6, 0, 0],
      };
    }
  }
}

export function definitionOf(doc) {
  const profile = nd30Profile(14);
  const s = profile.sizes;
  const header = {
    table: {
      widths: [68 * MM, 102 * MM],
      body: [
        [
          {
            stack: [
              ...doc.issuingBody.map((l) => ({ text: toUpperVi(l), bold: true, fontSize: s.issuingBody })),
              rule(40),
            ],
            alignment: "center",
          },
          {
            stack: [
              { text: QUOC_HIEU, bold: true, fontSize: s.quocHieu },
              { text: TIEU_NGU, bold: true, fontSize: s.tieuNgu },
              rule(171),
            ],
            alignment: "center",
          },
        ],
        [
          { text: soKyHieuLine(doc), fontSize: 13, alignment: "center", margin: [0, 7, 0, 0] },
          {
            text: placeDateLine(doc),
            italics: true,
            fontSize: s.placeDate,
            alignment: "center",
            margin: [0, 6, 0, 0],
          },
        ],
      ],
    },
    layout: "noBorders",
    margin: [-5 * MM, 0, 0, 0],
  };
  const signer = {
    table: {
      widths: [66 * MM, 99 * MM],
      body: [
        [
          {
            stack: [
              { text: "Nơi nhận:", bold: true, italics: true, fontSize: 12 },
              ...recipientLines(doc).map((l) => ({ text: l, fontSize: 11 })),
            ],
          },
          {
            stack: [
              ...signerLines(doc).map((l) => ({ text: l, bold: true, alignment: "center" })),
              { text: doc.signer.name, bold: true, alignment: "center", margin: [0, 28 * MM, 0, 0] },
            ],
          },
        ],
      ],
    },
    layout: "noBorders",
    unbreakable: true,
    margin: [0, 12, 0, 0],
  };
  return {
    pageSize: "A4",
    pageMargins: [30 * MM, 20 * MM, 15 * MM, 20 * MM],
    header: (page) =>
      page === 1 ? null : { text: String(page), alignment: "center", margin: [0, 10 * MM, 0, 0] },
    content: [
      header,
      { text: typeNameLine(doc), bold: true, alignment: "center", margin: [0, 18, 0, 0] },
      { text: doc.subject, bold: true, alignment: "center" },
      rule(100),
      ...doc.body.map(blockContent),
      signer,
    ],
    defaultStyle: { font: FAMILY, fontSize: 14 },
    info: { title: doc.subject, creationDate: new Date(Date.UTC(2026, 0, 9)) },
  };
}

export async function renderWithPdfmake(doc) {
  const buffer = await pdfmake.createPdf(definitionOf(doc)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
