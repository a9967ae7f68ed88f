import { concatBytes, latin1, name, PdfDict, PdfStream } from "./pdf/objects.js";
import { PdfFile } from "./pdf/parse.js";
import { flateStream, indirectBytes, serialize } from "./pdf/write.js";

/**
 * The same document as a PDF 1.5 writer with compressed object streams makes it (Word, newer
 * LibreOffice, qpdf): every object that is not a stream inside one object stream, and a
 * cross-reference stream instead of a table. For tests of files made by other tools.
 */
export function withObjectStreams(pdf: Uint8Array): Uint8Array {
  const file = new PdfFile(pdf);
  const nums = [...file.entries.keys()].filter((n) => file.get(n) !== null).sort((a, b) => a - b);
  const size = file.size;
  const objStmNum = size;
  const xrefNum = size + 1;
  const parts: Uint8Array[] = [latin1("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")];
  let offset = parts[0]!.length;
  const rows = new Map<number, [number, number, number]>();
  const inStream: number[] = [];
  for (const n of nums) {
    const value = file.get(n);
    if (value instanceof PdfStream) {
      const bytes = indirectBytes(n, 0, value);
      rows.set(n, [1, offset, 0]);
      parts.push(bytes);
      offset += bytes.length;
    } else inStream.push(n);
  }
  let header = "";
  let body = "";
  inStream.forEach((n, i) => {
    header += `${n} ${body.length} `;
    body += `${serialize(file.get(n))}\n`;
    rows.set(n, [2, objStmNum, i]);
  });
  const objStm = flateStream(
    new PdfDict({ Type: name("ObjStm"), N: inStream.length, First: header.length }),
    latin1(header + body),
  );
  const objStmBytes = indirectBytes(objStmNum, 0, objStm);
  rows.set(objStmNum, [1, offset, 0]);
  parts.push(objStmBytes);
  offset += objStmBytes.length;
  rows.set(xrefNum, [1, offset, 0]);
  const data = new Uint8Array((xrefNum + 1) * 7);
  for (let n = 0; n <= xrefNum; n++) {
    const [type, a, b] = rows.get(n) ?? [0, 0, n === 0 ? 65535 : 0];
    data.set(
      [type, (a >>> 24) & 255, (a >>> 16) & 255, (a >>> 8) & 255, a & 255, (b >> 8) & 255, b & 255],
      n * 7,
    );
  }
  const xref = flateStream(
    new PdfDict({
      Type: name("XRef"),
      Size: xrefNum + 1,
      W: [1, 4, 2],
      Root: file.trailer.get("Root"),
      Info: file.trailer.get("Info"),
      ID: file.trailer.get("ID"),
    }),
    data,
  );
  parts.push(indirectBytes(xrefNum, 0, xref), latin1(`startxref\n${offset}\n%%EOF\n`));
  return concatBytes(parts);
}
