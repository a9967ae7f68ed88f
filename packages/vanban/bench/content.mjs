// The documents the benchmark renders: a one-page plan and plans of about 10, 100 and 1,000
// pages, built from the specimens' wording (sections, khoản, điểm, a task table) repeated.
import { toRoman } from "../dist/index.js";
import { keHoachSpecimen } from "../dist/specimens/index.js";

const base = keHoachSpecimen();

/** A plan that fits on one page: header, title, opening, purpose, signature. */
export function onePage() {
  return { ...base, body: base.body.slice(0, 5), appendices: undefined };
}

/** A plan whose body is the specimen's body `units` times (about 2.6 pages each), with its task table. */
export function planOf(units) {
  const table = base.appendices[0].body[0];
  const body = [];
  let muc = 0;
  for (let i = 0; i < units; i++) {
    for (const block of base.body.slice(0, -1)) {
      // Mục numbers run on (I … CDXX) so the long plans stay valid documents.
      body.push(
        block.type === "heading" && block.level === "muc" ? { ...block, number: toRoman(++muc) } : block,
      );
    }
    body.push({ ...table, columns: table.columns.map((c) => ({ ...c })) });
  }
  body.push(base.body[base.body.length - 1]);
  return { ...base, body, appendices: undefined };
}

/** Pages in a PDF (pdfkit and pdfmake write one uncompressed page dictionary per page). */
export function pageCount(bytes) {
  const text = Buffer.from(bytes).toString("latin1");
  return (text.match(/\/Type \/Page\b/g) ?? []).length;
}
