import { parseArgs } from "node:util";
import { planToVanBan } from "@kehoach/plan-documents";
import { loadTinosFromNodeModules } from "@kehoach/vanban/fonts/node";
import { renderPdf } from "@kehoach/vanban/pdf";
import { CliError, type CliIo, describeFsError } from "../io.js";
import { loadPlanArgument } from "../load-plan.js";

export const RENDER_HELP = `kehoach render <ke-hoach.json> -o <tep.pdf>
kehoach render --sample -o <tep.pdf>

Dựng văn bản Kế hoạch theo thể thức Nghị định 30/2020/NĐ-CP thành tệp PDF.

  -o, --output <tệp>   tệp PDF sẽ ghi (bắt buộc)
      --sample         dùng kế hoạch mẫu có sẵn thay cho tệp
`;

export async function renderCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: "string", short: "o" },
      sample: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.out(RENDER_HELP);
    return 0;
  }
  if (!values.output) throw new CliError("Thiếu tệp đầu ra: thêm -o <tệp.pdf>.", 2);
  if (positionals.length > 1) throw new CliError("Chỉ dựng một kế hoạch mỗi lần.", 2);
  const plan = await loadPlanArgument(io, positionals[0], values.sample ?? false);
  const fonts = await loadTinosFromNodeModules();
  const bytes = await renderPdf(planToVanBan(plan), { fonts });
  try {
    await io.writeBytes(values.output, bytes);
  } catch (error) {
    throw new CliError(describeFsError(error, values.output));
  }
  io.out(`Đã ghi ${values.output} (${Math.round(bytes.length / 1024)} KB).`);
  return 0;
}
