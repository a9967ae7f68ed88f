import { parseArgs } from "node:util";
import { planToVanBan } from "@kehoach/plan-documents";
import { loadTinosFromNodeModules } from "@kehoach/vanban/fonts/node";
import { renderPdf } from "@kehoach/vanban/pdf";
import { CliError, type CliIo, describeFsError } from "../io.js";
import { loadPlanArgument } from "../load-plan.js";

export const RENDER_HELP = `kehoach render <ke-hoach.json> -o <tep.pdf>
kehoach render --sample -o <tep.pdf>
kehoach render <ke-hoach.json> --format docx -o <tep.docx>

Dựng văn bản Kế hoạch theo thể thức Nghị định 30/2020/NĐ-CP thành tệp PDF,
hoặc thành tệp Word (.docx) để chỉnh sửa, góp ý.

  -o, --output <tệp>    tệp sẽ ghi (bắt buộc)
  -f, --format <dạng>   pdf hoặc docx; mặc định theo đuôi tệp đầu ra (.docx là Word), còn lại pdf
      --sample          dùng kế hoạch mẫu có sẵn thay cho tệp
`;

const FORMATS = ["pdf", "docx"] as const;
type Format = (typeof FORMATS)[number];

/** The format asked for, or the output's extension; a contradiction between the two is refused. */
function outputFormat(requested: string | undefined, output: string): Format {
  const extension = /\.(pdf|docx)$/iu.exec(output)?.[1]?.toLowerCase() as Format | undefined;
  if (requested === undefined) return extension ?? "pdf";
  const format = requested.toLowerCase();
  if (!FORMATS.includes(format as Format)) {
    throw new CliError(`Định dạng "${requested}" không được hỗ trợ: chọn pdf hoặc docx.`, 2);
  }
  if (extension && extension !== format) {
    throw new CliError(
      `Tệp đầu ra "${output}" có đuôi .${extension} nhưng định dạng yêu cầu là ${format}.`,
      2,
    );
  }
  return format as Format;
}

export async function renderCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: "string", short: "o" },
      format: { type: "string", short: "f" },
      sample: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.out(RENDER_HELP);
    return 0;
  }
  if (!values.output) throw new CliError("Thiếu tệp đầu ra: thêm -o <tệp.pdf> hoặc -o <tệp.docx>.", 2);
  if (positionals.length > 1) throw new CliError("Chỉ dựng một kế hoạch mỗi lần.", 2);
  const format = outputFormat(values.format, values.output);
  const plan = await loadPlanArgument(io, positionals[0], values.sample ?? false);
  const bytes = format === "docx" ? await renderWord(plan) : await renderPdfBytes(plan);
  try {
    await io.writeBytes(values.output, bytes);
  } catch (error) {
    throw new CliError(describeFsError(error, values.output));
  }
  io.out(`Đã ghi ${values.output} (${Math.round(bytes.length / 1024)} KB).`);
  return 0;
}

async function renderPdfBytes(plan: Parameters<typeof planToVanBan>[0]): Promise<Uint8Array> {
  const fonts = await loadTinosFromNodeModules();
  return renderPdf(planToVanBan(plan), { fonts });
}

/** The Word file, from the same văn bản as the PDF; its renderer loads only when asked for. */
async function renderWord(plan: Parameters<typeof planToVanBan>[0]): Promise<Uint8Array> {
  const { renderDocx } = await import("@kehoach/vanban/docx");
  return renderDocx(planToVanBan(plan));
}
