import { describe, expect, it } from "vitest";
import { flattenText, inspectPdf } from "./index.js";

/** A hand-built two-page PDF with standard-font text, so this reader is tested on its own. */
function tinyPdf(pages: { lines: { x: number; y: number; text: string }[]; extra?: string }[]): Uint8Array {
  const objects: string[] = [];
  const kids = pages.map((_, i) => `${4 + i * 2} 0 R`).join(" ");
  objects.push("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  objects.push("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  pages.forEach((page, i) => {
    const stream = [
      ...page.lines.map((l) => `BT /F1 12 Tf ${l.x} ${l.y} Td (${l.text}) Tj ET`),
      page.extra ?? "",
    ].join("\n");
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 ${4 + pages.length * 2} 0 R >> >> /Contents ${5 + i * 2} 0 R >>`,
    );
    objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  });
  objects.push("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-BoldOblique >>");
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, "0")} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

describe("reading a PDF back", () => {
  const bytes = tinyPdf([
    {
      lines: [
        { x: 300, y: 700, text: "right" },
        { x: 50, y: 700, text: "left" },
        { x: 50, y: 650, text: "below" },
      ],
    },
    { lines: [{ x: 290, y: 810, text: "2" }] },
  ]);

  it("gives each page's size and text runs with position and size", async () => {
    const pdf = await inspectPdf(bytes);
    expect(pdf.pages).toHaveLength(2);
    expect(pdf.pages[0]).toMatchObject({ width: 595, height: 842 });
    expect(pdf.pages[1]?.runs).toEqual([expect.objectContaining({ text: "2", x: 290, y: 810, size: 12 })]);
  });

  it("groups runs into lines top to bottom, left to right, with a space across a gap", async () => {
    const pdf = await inspectPdf(bytes);
    expect(pdf.pages[0]?.lines).toEqual(["left right", "below"]);
    expect(flattenText(pdf.text)).toBe("left right below 2");
  });

  it("leaves the caller's bytes intact", async () => {
    const copy = bytes.slice();
    await inspectPdf(bytes);
    expect(bytes).toEqual(copy);
  });
});

describe("reading what a page draws", () => {
  const bytes = tinyPdf([
    {
      lines: [{ x: 50, y: 700, text: "plain" }],
      extra: [
        "BT /F2 14 Tf 1 0 0 rg 1 0 0 1 100 600 Tm [(AB) -500 (C)] TJ ET",
        "q 2 0 0 2 0 0 cm 0.3 w 0 0 1 RG 10 10 m 60 10 l S Q",
        "0.5 w 100 100 50 20 re S",
      ].join("\n"),
    },
  ]);

  it("gives each run its font name with bold and italic, and its fill colour", async () => {
    const page = (await inspectPdf(bytes)).pages[0];
    expect(page?.runs[0]).toMatchObject({
      text: "plain",
      fontName: "Helvetica",
      bold: false,
      italic: false,
      color: "#000000",
    });
    expect(page?.runs[1]).toMatchObject({
      text: "ABC",
      fontName: "Helvetica-BoldOblique",
      bold: true,
      italic: true,
      color: "#ff0000",
    });
  });

  it("measures a TJ run's width with its spacing adjustments", async () => {
    const run = (await inspectPdf(bytes)).pages[0]?.runs[1];
    // A, B and C in Helvetica-Bold (722 + 722 + 722) plus 500/1000 em of space, at 14 pt.
    expect(run?.width).toBeCloseTo(((722 * 3 + 500) / 1000) * 14, 0);
  });

  it("gives stroked lines in page coordinates, with the width scaled by the transform", async () => {
    const segments = (await inspectPdf(bytes)).pages[0]?.segments ?? [];
    expect(segments[0]).toMatchObject({ x1: 20, y1: 20, x2: 120, y2: 20, lineWidth: 0.6, color: "#0000ff" });
    // The rectangle: four sides.
    expect(segments.slice(1)).toHaveLength(4);
    expect(segments.slice(1).map((s) => [s.x1, s.y1])).toEqual([
      [100, 100],
      [150, 100],
      [150, 120],
      [100, 120],
    ]);
  });
});
