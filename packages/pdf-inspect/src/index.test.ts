import { describe, expect, it } from "vitest";
import { flattenText, inspectPdf } from "./index.js";

/** A hand-built two-page PDF with standard-font text, so this reader is tested on its own. */
function tinyPdf(pages: { lines: { x: number; y: number; text: string }[] }[]): Uint8Array {
  const objects: string[] = [];
  const kids = pages.map((_, i) => `${4 + i * 2} 0 R`).join(" ");
  objects.push("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  objects.push("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  pages.forEach((page, i) => {
    const stream = page.lines.map((l) => `BT /F1 12 Tf ${l.x} ${l.y} Td (${l.text}) Tj ET`).join("\n");
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`,
    );
    objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  });
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
