import { en, plainEnglish, say, type Wording } from "@kehoach/text-vi";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import type { Block, Paragraph, SourceDocument, SourceNote, Table, TableRow } from "../source/blocks.js";
import { cleanRaw } from "../source/lines.js";
import type { FindingCode } from "../types.js";
import {
  type NumberingDefinitions,
  NumberingState,
  parseNumbering,
  parseStyles,
  type StyleInfo,
} from "./numbering.js";
import { readZipEntries, ZipError } from "./zip.js";

// A .docx read from its own XML: paragraphs with the numbering Word adds itself (a), 2.1., bullets),
// bold and italic, and tables with their cells, so a task table keeps its columns exactly as the
// author laid them out (merged cells repeated into the rows they cover, spanned cells widened).

export type DocxRead =
  | { ok: true; source: SourceDocument }
  | { ok: false; code: FindingCode; message: Wording };

/** An inflated document.xml larger than this is refused: the longest real plans are a few MB. */
export const MAX_DOCX_PART_BYTES = 24 * 1024 * 1024;

export function readDocx(bytes: Uint8Array): DocxRead {
  let parts: Map<string, Uint8Array>;
  try {
    parts = readZipEntries(
      bytes,
      ["word/document.xml", "word/numbering.xml", "word/styles.xml"],
      MAX_DOCX_PART_BYTES,
    );
  } catch (error) {
    if (error instanceof ZipError)
      return {
        ok: false,
        code: error.tooLarge ? "docx-too-large" : "docx-unreadable",
        message: say(
          `Không đọc được tệp Word: ${error.wording.vi}.`,
          en`The Word file could not be read: ${error.wording.en}.`,
        ),
      };
    throw error;
  }
  const document = parts.get("word/document.xml");
  if (!document)
    return {
      ok: false,
      code: "docx-no-body",
      message: say(
        "Tệp nén này không phải tệp Word (.docx): không có phần nội dung word/document.xml.",
        en`This archive is not a Word file (.docx): it has no word/document.xml part with the content.`,
      ),
    };
  const decoder = new TextDecoder("utf-8");
  let numbering: NumberingDefinitions = new Map();
  let styles = new Map<string, StyleInfo>();
  try {
    const n = parts.get("word/numbering.xml");
    if (n) numbering = parseNumbering(decoder.decode(n));
    const s = parts.get("word/styles.xml");
    if (s) styles = parseStyles(decoder.decode(s));
  } catch {
    // Numbering and styles only add labels and heading hints; the text reads without them.
  }
  try {
    return { ok: true, source: documentToSource(decoder.decode(document), numbering, styles) };
  } catch (error) {
    // The XML parser's own words (in English), for whoever looks into the file.
    const why = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      code: "docx-unreadable",
      message: say(
        `Không đọc được nội dung tệp Word (XML hỏng): ${why}.`,
        en`The content of the Word file could not be read (damaged XML): ${plainEnglish(why)}.`,
      ),
    };
  }
}

interface ParaState {
  text: string;
  label: string;
  bold: boolean[];
  italic: boolean[];
  style: string | undefined;
  center: boolean;
  numId: string | undefined;
  ilvl: number;
}

interface CellState {
  paragraphs: string[];
  span: number;
  vMerge: "restart" | "continue" | undefined;
}

interface TableState {
  rows: { cells: CellState[] }[];
  row: CellState[] | undefined;
  cell: CellState | undefined;
}

type Item = { kind: "para"; para: ParaState } | { kind: "table"; table: TableState };

const on = (value: string | undefined) => value === undefined || !/^(0|false|off|none)$/i.test(value);

function documentToSource(
  xml: string,
  numbering: NumberingDefinitions,
  styles: Map<string, StyleInfo>,
): SourceDocument {
  const items: Item[] = [];
  const tables: TableState[] = [];
  const paras: ParaState[] = [];
  let run: { bold: boolean; italic: boolean } | undefined;
  let inText = false;
  let skip = 0;
  const state = new NumberingState(numbering);
  const parser = new SaxesParser({ xmlns: false, position: false });
  const para = () => paras[paras.length - 1];
  const addText = (text: string) => {
    const p = para();
    if (!p || skip > 0) return;
    p.text += text;
    for (let i = 0; i < text.length; i++) {
      p.bold.push(run?.bold ?? false);
      p.italic.push(run?.italic ?? false);
    }
  };
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const name = tag.name;
    const attr = (key: string) => tag.attributes[key] as string | undefined;
    if (name === "w:del" || name === "mc:Fallback" || name === "w:instrText" || name === "w:delText") {
      if (!tag.isSelfClosing) skip++;
      return;
    }
    if (skip > 0) return;
    switch (name) {
      case "w:p":
        paras.push({
          text: "",
          label: "",
          bold: [],
          italic: [],
          style: undefined,
          center: false,
          numId: undefined,
          ilvl: 0,
        });
        break;
      case "w:pStyle": {
        const p = para();
        if (p) p.style = attr("w:val");
        break;
      }
      case "w:jc": {
        const p = para();
        if (p && !run) p.center = attr("w:val") === "center";
        break;
      }
      case "w:numId": {
        const p = para();
        if (p) p.numId = attr("w:val");
        break;
      }
      case "w:ilvl": {
        const p = para();
        if (p) p.ilvl = Number(attr("w:val") ?? 0) || 0;
        break;
      }
      case "w:r":
        run = { bold: false, italic: false };
        break;
      case "w:b":
        if (run) run.bold = on(attr("w:val"));
        break;
      case "w:i":
        if (run) run.italic = on(attr("w:val"));
        break;
      case "w:t":
        inText = !tag.isSelfClosing;
        break;
      case "w:tab":
        if (run) addText("\t");
        break;
      case "w:br":
      case "w:cr":
        if (attr("w:type") !== "page") addText("\n");
        break;
      case "w:noBreakHyphen":
        addText("-");
        break;
      case "w:sym":
        addText(" ");
        break;
      case "w:tbl":
        tables.push({ rows: [], row: undefined, cell: undefined });
        break;
      case "w:tr": {
        const t = tables[tables.length - 1];
        if (t) t.row = [];
        break;
      }
      case "w:tc": {
        const t = tables[tables.length - 1];
        if (t) t.cell = { paragraphs: [], span: 1, vMerge: undefined };
        break;
      }
      case "w:gridSpan": {
        const cell = tables[tables.length - 1]?.cell;
        if (cell) cell.span = Math.min(50, Math.max(1, Number(attr("w:val") ?? 1) || 1));
        break;
      }
      case "w:vMerge": {
        const cell = tables[tables.length - 1]?.cell;
        if (cell) cell.vMerge = attr("w:val") === "restart" ? "restart" : "continue";
        break;
      }
      default:
        break;
    }
  });
  parser.on("text", (text: string) => {
    if (inText) addText(text);
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    const name = tag.name;
    if (name === "w:del" || name === "mc:Fallback" || name === "w:instrText" || name === "w:delText") {
      if (skip > 0) skip--;
      return;
    }
    if (skip > 0) return;
    switch (name) {
      case "w:t":
        inText = false;
        break;
      case "w:r":
        run = undefined;
        break;
      case "w:p": {
        const p = paras.pop();
        if (!p) break;
        // Word numbers paragraphs in document order, cells included.
        p.label = labelFor(p, styles, state);
        const t = tables[tables.length - 1];
        if (t?.cell) t.cell.paragraphs.push(p.label + p.text);
        else items.push({ kind: "para", para: p });
        break;
      }
      case "w:tc": {
        const t = tables[tables.length - 1];
        if (t?.cell && t.row) t.row.push(t.cell);
        if (t) t.cell = undefined;
        break;
      }
      case "w:tr": {
        const t = tables[tables.length - 1];
        if (t?.row) t.rows.push({ cells: t.row });
        if (t) t.row = undefined;
        break;
      }
      case "w:tbl": {
        const t = tables.pop();
        if (!t) break;
        const outer = tables[tables.length - 1];
        // A table inside a cell is read as the cell's text.
        if (outer?.cell)
          outer.cell.paragraphs.push(
            ...t.rows.map((r) => r.cells.map((c) => c.paragraphs.join(" ")).join(" | ")),
          );
        else items.push({ kind: "table", table: t });
        break;
      }
      default:
        break;
    }
  });
  parser.write(xml).close();
  return toSource(items, styles);
}

function labelFor(p: ParaState, styles: Map<string, StyleInfo>, state: NumberingState): string {
  if (p.text.trim() === "") return "";
  const style = p.style ? styles.get(p.style) : undefined;
  const numId = p.numId ?? style?.numId;
  if (!numId || numId === "0") return "";
  const label = state.next(numId, p.numId ? p.ilvl : (style?.ilvl ?? p.ilvl));
  return label ? `${label} ` : "";
}

function toSource(items: Item[], styles: Map<string, StyleInfo>): SourceDocument {
  const lines: string[] = [];
  const blocks: Block[] = [];
  const notes: SourceNote[] = [];
  for (const item of items) {
    if (item.kind === "para") {
      const p = item.para;
      const label = p.label;
      const style = p.style ? styles.get(p.style) : undefined;
      const heading = style?.heading ?? false;
      const bold = p.bold.length > 0 && p.bold.every((b, i) => b || /\s/.test(p.text[i] as string));
      const italic = p.italic.length > 0 && p.italic.every((b, i) => b || /\s/.test(p.text[i] as string));
      for (const piece of `${label}${p.text}`.split("\n")) {
        const cleaned = cleanRaw(piece);
        if (cleaned.invisible)
          notes.push({
            code: "invisible-characters",
            lines: { from: lines.length + 1, to: lines.length + 1 },
          });
        if (cleaned.text.trim() === "") continue;
        const text = cleaned.text.replace(/\t+/g, "\t").trim();
        lines.push(text);
        // Each Word paragraph is a paragraph: no page break ever splits one, so nothing is joined.
        const block: Paragraph = {
          kind: "para",
          text,
          lines: { from: lines.length, to: lines.length },
          bold,
          italic,
          heading,
        };
        if (p.center) block.centered = true;
        blocks.push(block);
      }
      continue;
    }
    const table = tableBlock(item.table, lines);
    if (table) blocks.push(table);
  }
  return { format: "docx", lines, blocks, notes };
}

function tableBlock(t: TableState, lines: string[]): Table | undefined {
  const rows: TableRow[] = [];
  // Vertically merged cells: the text of the cell that starts the merge, repeated in each row it covers.
  const above: (string | undefined)[] = [];
  for (const r of t.rows) {
    const cells: string[] = [];
    let column = 0;
    for (const c of r.cells) {
      let text = c.paragraphs
        .map((p) => cleanRaw(p).text.replace(/\t+/g, " ").trim())
        .filter(Boolean)
        .join("\n");
      if (c.vMerge === "continue" && !text) text = above[column] ?? "";
      for (let s = 0; s < c.span; s++) {
        cells.push(s === 0 ? text : "");
        above[column + s] = s === 0 ? text : "";
      }
      column += c.span;
    }
    if (cells.every((c) => c === "")) continue;
    lines.push(cells.map((c) => c.replace(/\n/g, " / ")).join(" | "));
    rows.push({ cells, lines: { from: lines.length, to: lines.length } });
  }
  if (rows.length === 0) return undefined;
  return {
    kind: "table",
    rows,
    lines: { from: (rows[0] as TableRow).lines.from, to: (rows[rows.length - 1] as TableRow).lines.to },
    origin: "docx",
  };
}
