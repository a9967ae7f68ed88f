import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

// Node only: checks a .docx with a real client. LibreOffice (Debian's libreoffice-writer-nogui,
// headless) opens the files and prints them to PDF; the PDF's words are then compared with ours.
// LibreOffice sets "Times New Roman" in Tinos, the metric-compatible font the PDF renderer
// embeds, through a private fontconfig file, so the check needs no system font and lays the text
// out with the same advances as the PDF.

export interface ConvertOptions {
  /** The soffice executable; `soffice` on the PATH by default. */
  soffice?: string;
  /** Give up after this long (a first start of LibreOffice takes a few seconds). */
  timeoutMs?: number;
}

export interface DocxFile {
  /** File name without extension, unique within one call. */
  name: string;
  bytes: Uint8Array;
}

export class LibreOfficeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LibreOfficeError";
  }
}

/**
 * Converts .docx files to PDF with one LibreOffice run, in a private profile so that parallel
 * runs never share one. Fails, naming the file, when LibreOffice cannot open or convert a file.
 */
export async function convertDocxToPdf(
  files: DocxFile[],
  options: ConvertOptions = {},
): Promise<Map<string, Uint8Array>> {
  const work = await mkdtemp(join(tmpdir(), "kehoach-docx-"));
  try {
    const input = join(work, "in");
    const output = join(work, "out");
    await mkdir(input);
    await mkdir(output);
    const paths = [];
    for (const file of files) {
      if (!/^[\w.-]+$/u.test(file.name)) throw new LibreOfficeError(`Tên tệp không hợp lệ: "${file.name}".`);
      const path = join(input, `${file.name}.docx`);
      await writeFile(path, file.bytes);
      paths.push(path);
    }
    const fontsConf = join(work, "fonts.conf");
    await writeFile(fontsConf, fontconfig(await tinosDirectory(), join(work, "fc-cache")));
    const soffice = options.soffice ?? "soffice";
    const { code, stderr, stdout } = await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(join(work, "profile")).href}`,
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "pdf:writer_pdf_Export",
        "--outdir",
        output,
        ...paths,
      ],
      { ...process.env, FONTCONFIG_FILE: fontsConf, HOME: work },
      options.timeoutMs ?? 120_000,
    );
    const errors = `${stdout}\n${stderr}`.split("\n").filter((l) => /error/iu.test(l) && !/javaldx/u.test(l));
    if (code !== 0 || errors.length > 0) {
      throw new LibreOfficeError(
        `LibreOffice báo lỗi khi chuyển tệp Word sang PDF (mã ${code}): ${errors.join("; ") || stderr.trim()}`,
      );
    }
    const pdfs = new Map<string, Uint8Array>();
    for (const file of files) {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await readFile(join(output, `${file.name}.pdf`)));
      } catch {
        throw new LibreOfficeError(
          `LibreOffice không mở được tệp "${file.name}.docx": không có PDF nào được tạo.`,
        );
      }
      pdfs.set(file.name, bytes);
    }
    return pdfs;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Whether a LibreOffice executable answers on this machine. */
export async function hasLibreOffice(soffice = "soffice"): Promise<boolean> {
  try {
    const { code } = await run(soffice, ["--version"], process.env, 60_000);
    return code === 0;
  } catch {
    return false;
  }
}

async function tinosDirectory(): Promise<string> {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve("@expo-google-fonts/tinos/package.json"));
}

function fontconfig(fontDir: string, cacheDir: string): string {
  const esc = (s: string) => s.replace(/&/gu, "&amp;").replace(/</gu, "&lt;");
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${esc(fontDir)}</dir>
  <cachedir>${esc(cacheDir)}</cachedir>
  <alias binding="same"><family>Times New Roman</family><prefer><family>Tinos</family></prefer></alias>
  <alias binding="same"><family>serif</family><prefer><family>Tinos</family></prefer></alias>
</fontconfig>
`;
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new LibreOfficeError(`LibreOffice không trả lời sau ${Math.round(timeoutMs / 1000)} giây.`));
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(
        new LibreOfficeError(
          `Không chạy được "${command}" (${error.message}). Cài LibreOffice: pnpm run setup:debian (gói libreoffice-writer-nogui).`,
        ),
      );
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

// --- Comparing the words of two PDFs of one document ------------------------------------------

/** What the comparison needs from a PDF reader (pdf-inspect's pages fit). */
export interface PdfPageText {
  height: number;
  runs: readonly { text: string; x: number; y: number; width: number }[];
}

export interface DocumentText {
  /** The words of the document in drawing order, without page furniture (see documentWords). */
  words: string[];
  /** The page number printed in the top margin of each page, or undefined where there is none. */
  pageNumbers: (number | undefined)[];
  /** Other words in the top margin of each page (the phạm vi lưu hành mark), in reading order. */
  marginWords: string[][];
}

/**
 * The words of a rendered văn bản, as a reader meets them: runs in drawing order (header cells,
 * then body, then the signature's columns, table cells row by row), joined with a space unless a
 * run starts where the previous one ended on the same line, split at any whitespace, in NFC.
 * Left out, because they depend on where pages break or on when a producer draws its page
 * furniture, not on the text: whatever stands in the top margin (page numbers, the phạm vi lưu
 * hành mark; returned apart), and a table's header row repeated at the top of a continuation page
 * (the header words at the start of a numbered page, when the same table's header was already met
 * in that section).
 */
export function documentWords(
  pages: readonly PdfPageText[],
  options: { topMarginPt: number; tableHeaders: readonly string[][] },
): DocumentText {
  const headers = options.tableHeaders
    .map((cells) => splitWords(cells.join(" ")))
    .filter((h) => h.length > 0);
  const words: string[] = [];
  const pageNumbers: (number | undefined)[] = [];
  const marginWords: string[][] = [];
  let sectionWords: string[] = [];
  for (const page of pages) {
    const top = page.height - options.topMarginPt + 1;
    let pageNumber: number | undefined;
    let text = "";
    let last: { text: string; x: number; y: number; width: number } | undefined;
    const margin = page.runs.filter((r) => r.y > top);
    for (const r of margin) if (/^\s*\d+\s*$/u.test(r.text)) pageNumber = Number(r.text.trim());
    marginWords.push(
      splitWords(
        [...margin]
          .filter((r) => !/^\s*\d+\s*$/u.test(r.text))
          .sort((a, b) => b.y - a.y || a.x - b.x)
          .map((r) => r.text)
          .join(" "),
      ),
    );
    for (const r of page.runs) {
      if (r.y > top) continue;
      // LibreOffice draws Word's non-breaking hyphen as a run of its own, with about a point more
      // room than the hyphen's advance: it still belongs to the word on each side.
      const slack = last && (isHyphenRun(r) || isHyphenRun(last)) ? 2 : 0.75;
      const joined = last && Math.abs(r.y - last.y) < 1 && Math.abs(r.x - (last.x + last.width)) < slack;
      text += joined ? r.text : ` ${r.text}`;
      last = r;
    }
    pageNumbers.push(pageNumber);
    let pageWords = splitWords(text);
    if (pageNumber === undefined) sectionWords = [];
    else {
      const seen = sectionWords.join(" ");
      const repeated = headers.find(
        (h) => startsWith(pageWords, h) && ` ${seen} `.includes(` ${h.join(" ")} `),
      );
      if (repeated) pageWords = pageWords.slice(repeated.length);
    }
    sectionWords.push(...pageWords);
    words.push(...pageWords);
  }
  return { words, pageNumbers, marginWords };
}

const isHyphenRun = (run: { text: string }) => /^[-\u2010\u2011]$/u.test(run.text);

export function splitWords(text: string): string[] {
  return text
    .normalize("NFC")
    .replace(/[\u2010\u2011]/gu, "-")
    .split(/[\s\u00a0\u2000-\u200b\u3000]+/u)
    .filter(Boolean);
}

function startsWith(words: string[], prefix: string[]): boolean {
  return prefix.every((w, i) => words[i] === w);
}

/** Where two word sequences first differ, with some context, or undefined when they are equal. */
export function firstDifference(
  expected: readonly string[],
  actual: readonly string[],
): { index: number; expected: string; actual: string } | undefined {
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    if (expected[i] !== actual[i]) {
      return {
        index: i,
        expected: expected.slice(Math.max(0, i - 5), i + 8).join(" "),
        actual: actual.slice(Math.max(0, i - 5), i + 8).join(" "),
      };
    }
  }
  return undefined;
}
