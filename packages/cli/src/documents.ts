import type { VanBan, VanBanProblem } from "@kehoach/vanban";
import { CliError, type CliIo, formatSize } from "./io.js";
import { shown } from "./shown.js";

// The văn bản a command made, checked the way the renderers check it and then written as PDF or
// Word. Only the renderer asked for is loaded: a PDF never loads the Word writer, and the other
// way round.

export const DOCUMENT_FORMATS = ["pdf", "docx"] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** The format asked for, or the output's extension; a contradiction between the two is refused. */
export function documentFormat(requested: string | undefined, output: string): DocumentFormat {
  const extension = /\.(pdf|docx)$/iu.exec(output)?.[1]?.toLowerCase() as DocumentFormat | undefined;
  if (requested === undefined) return extension ?? "pdf";
  const format = requested.toLowerCase();
  if (!DOCUMENT_FORMATS.includes(format as DocumentFormat)) {
    throw new CliError(`Định dạng ${shown(requested)} không được hỗ trợ: chọn pdf hoặc docx.`, 2);
  }
  if (extension && extension !== format) {
    throw new CliError(
      `Tệp đầu ra ${shown(output)} có đuôi .${extension} nhưng định dạng yêu cầu là ${format}.`,
      2,
    );
  }
  return format as DocumentFormat;
}

/**
 * The document's bytes. A văn bản the renderers would refuse is refused here first, each problem
 * said by `describe` in the terms of the file the user edits.
 */
export async function renderDocument(
  doc: VanBan,
  format: DocumentFormat,
  describe: (problem: VanBanProblem) => string,
  options: { issuing?: boolean } = {},
): Promise<Uint8Array> {
  const issuing = options.issuing ?? false;
  const { refusals, validateVanBan } = await import("@kehoach/vanban");
  // A draft prints with the findings a draft may have (an empty place, a blank số, which print as
  // blanks); a document being issued is refused for them too, as the renderers refuse it.
  const problems = refusals(validateVanBan(doc, { issuing }), { issuing });
  if (problems.length > 0) {
    throw new CliError(
      `Chưa dựng được văn bản${issuing ? " ban hành" : ""}: ${problems.length} chỗ chưa đúng thể thức, cần sửa trong tệp:\n${problems.map((p) => `  - ${describe(p)}`).join("\n")}`,
    );
  }
  if (format === "docx") {
    const { renderDocx } = await import("@kehoach/vanban/docx");
    return renderDocx(doc, { issuing });
  }
  const [{ renderPdf }, { loadTinosFor }] = await Promise.all([
    import("@kehoach/vanban/pdf"),
    import("@kehoach/vanban/fonts/node"),
  ]);
  return renderPdf(doc, { fonts: await loadTinosFor(JSON.stringify(doc)), issuing });
}

/** Writes the file and says so on stderr (stdout stays free for data). */
export async function writeDocument(
  io: CliIo,
  path: string,
  bytes: Uint8Array,
  options: { force: boolean; inputs: string[] },
): Promise<void> {
  await io.writeFile(path, bytes, { overwrite: options.force, inputs: options.inputs });
  io.out(`Đã ghi ${shown(path)} (${formatSize(bytes.length)}).`);
}
