import { en, plainEnglish, say, type Wording } from "@kehoach/text-vi";
import { assemble } from "./assemble.js";
import { performance } from "./clock.js";
import { decodeText, sniffFormat } from "./decode.js";
import { parseDocument } from "./parse/document.js";
import { levelOf } from "./parse/issuer.js";
import { withKnownNames } from "./parse/known-agencies.js";
import type { SourceDocument } from "./source/blocks.js";
import type { PdfJs } from "./source/read-pdf.js";
import { readText } from "./source/read-text.js";
import type { FindingCode, ImportOptions, ImportResult } from "./types.js";

/** Larger inputs are refused before any parsing: a real plan is a few hundred kilobytes. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** Text longer than this (in characters) is refused too; it bounds the work on pasted text. */
export const MAX_TEXT_CHARS = 5_000_000;

function refuse(code: FindingCode, message: Wording, bytes: number, started: number): ImportResult {
  return {
    ok: false,
    code,
    message: message.vi,
    messageEn: message.en.text,
    stats: { bytes, ms: performance.now() - started },
  };
}

const EMPTY = say(
  "Tệp rỗng: không có nội dung kế hoạch để nhập.",
  en`The file is empty: there is no plan in it to import.`,
);

/** Imports a plan from text (plain or markdown-ish). Synchronous; never throws. */
export function importText(text: string, options: ImportOptions = {}): ImportResult {
  const started = performance.now();
  const bytes = text.length;
  if (typeof text !== "string")
    return refuse(
      "empty-input",
      say("Không có nội dung để nhập.", en`There is nothing to import.`),
      0,
      started,
    );
  if (text.length > MAX_TEXT_CHARS)
    return refuse(
      "too-large",
      say(
        `Văn bản quá dài (${Math.round(text.length / 1_000_000)} triệu ký tự); giới hạn là ${MAX_TEXT_CHARS / 1_000_000} triệu ký tự. Một kế hoạch thường chỉ vài chục trang.`,
        en`The text is too long (${Math.round(text.length / 1_000_000)} million characters); the limit is ${MAX_TEXT_CHARS / 1_000_000} million characters. A plan is usually a few dozen pages.`,
      ),
      bytes,
      started,
    );
  if (text.trim() === "") return refuse("empty-input", EMPTY, bytes, started);
  return fromSource(() => readText(text), options, bytes, started);
}

/**
 * Imports a plan from a file's bytes: .docx (read from its XML, tables kept), a PDF with a text
 * layer (tables rebuilt from the positions of the text) or text in UTF-8 or UTF-16. Refuses with a
 * Vietnamese sentence what it cannot read (a scanned PDF, a Word 97 .doc); never throws.
 */
export async function importFile(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const started = performance.now();
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > max)
    return refuse(
      "too-large",
      say(
        `Tệp quá lớn (${(bytes.length / 1048576).toFixed(1)} MB); giới hạn là ${Math.round(max / 1048576)} MB.`,
        en`The file is too large (${plainEnglish((bytes.length / 1048576).toFixed(1))} MB); the limit is ${Math.round(max / 1048576)} MB.`,
      ),
      bytes.length,
      started,
    );
  if (bytes.length === 0) return refuse("empty-input", EMPTY, 0, started);
  if (sniffFormat(bytes) === "zip") {
    try {
      // The docx reader (zip and XML parsers) loads only when a .docx is imported.
      const { readDocx } = await import("./docx/read-docx.js");
      const read = readDocx(bytes);
      if (!read.ok) return refuse(read.code, read.message, bytes.length, started);
      return fromSource(() => read.source, options, bytes.length, started);
    } catch (error) {
      return refuse(
        "docx-unreadable",
        say(
          `Không đọc được tệp Word: ${describe(error)}.`,
          en`The Word file could not be read: ${plainEnglish(describe(error))}.`,
        ),
        bytes.length,
        started,
      );
    }
  }
  const kind = sniffFormat(bytes);
  if (kind === "pdf") {
    try {
      // pdf.js (about 1 MB) loads only when a PDF is imported; a browser app may hand over its own.
      const { readPdf } = await import("./source/read-pdf.js");
      const read = await readPdf(bytes, options.pdfjs ?? loadPdfJs);
      if (!read.ok) return refuse(read.code, read.message, bytes.length, started);
      return fromSource(() => read.source, options, bytes.length, started);
    } catch (error) {
      return refuse(
        "pdf-unreadable",
        say(
          `Không đọc được tệp PDF: ${describe(error)}.`,
          en`The PDF file could not be read: ${plainEnglish(describe(error))}.`,
        ),
        bytes.length,
        started,
      );
    }
  }
  if (kind === "ole")
    return refuse(
      "doc-word97",
      say(
        "Tệp là Word 97–2003 (.doc), chưa đọc được. Hãy mở tệp bằng Word hoặc LibreOffice và lưu lại dưới dạng .docx rồi nhập lại.",
        en`The file is a Word 97–2003 document (.doc), which cannot be read yet. Open it in Word or LibreOffice, save it as .docx and import that.`,
      ),
      bytes.length,
      started,
    );
  const decoded = decodeText(bytes);
  if (!decoded.ok) return refuse("binary-input", decoded.message, bytes.length, started);
  const result = importText(decoded.text, options);
  if (!result.ok) return { ...result, stats: { bytes: bytes.length, ms: performance.now() - started } };
  return { ...result, stats: { ...result.stats, bytes: bytes.length, ms: performance.now() - started } };
}

function fromSource(
  read: () => SourceDocument,
  options: ImportOptions,
  bytes: number,
  started: number,
): ImportResult {
  try {
    const source = read();
    if (!source.blocks.some((b) => (b.kind === "para" ? b.text.trim() !== "" : b.rows.length > 0)))
      return refuse(
        "empty-input",
        say("Tệp không có nội dung chữ nào để nhập.", en`The file has no text to import.`),
        bytes,
        started,
      );
    // A locality's own agency names are never cut while lists of agencies are split.
    const names = (options.locality?.agencies ?? []).flatMap((a) => [a.name, ...a.aliases, ...a.shortNames]);
    const doc = withKnownNames(names, () => parseDocument(source.blocks));
    const built = assemble(doc, source, options);
    const level =
      levelOf(built.plan.issuer.parentBody ?? built.plan.issuer.name) ?? levelOf(built.plan.issuer.name);
    return {
      ok: true,
      plan: built.plan,
      source: source.lines,
      findings: built.findings,
      fields: built.fields,
      tasks: built.tasks,
      docType: built.docType,
      header: {
        title: built.document.title,
        number: built.document.number,
        symbol: built.document.symbol,
        signerAuthority: built.document.signer?.authority ?? null,
        signerTitle: built.document.signer?.titleAsWritten || null,
        issuerLevel: level ?? null,
      },
      provenance: source.provenance,
      stats: {
        format: source.format,
        bytes,
        lines: source.lines.length,
        tables: source.blocks.filter((b) => b.kind === "table").length,
        tasks: built.tasks.length,
        ms: performance.now() - started,
      },
    };
  } catch (error) {
    // A bug must not take the caller down: the person gets a sentence, the developer a message.
    return refuse(
      "docx-unreadable",
      say(
        `Không nhập được văn bản do lỗi trong bộ đọc: ${describe(error)}.`,
        en`The document could not be imported because of a fault in the reader: ${plainEnglish(describe(error))}.`,
      ),
      bytes,
      started,
    );
  }
}

/** The legacy build runs in Node 20 and in browsers without the newest APIs. */
async function loadPdfJs(): Promise<PdfJs> {
  return (await import("pdfjs-dist/legacy/build/pdf.mjs")) as unknown as PdfJs;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
