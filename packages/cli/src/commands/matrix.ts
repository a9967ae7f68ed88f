import { parseArgs } from "node:util";
import { matrixToCsv, matrixToJson, responsibilityMatrix } from "@kehoach/plan-model";
import { CliError, type CliIo, describeFsError } from "../io.js";
import { loadPlanArgument } from "../load-plan.js";
import { loadDirectoryArgument } from "./plan-options.js";

export const MATRIX_HELP = `kehoach matrix <ke-hoach.json> [--format csv|json] [-o <tệp>]

Lập ma trận trách nhiệm: mỗi cơ quan một dòng, mỗi nhiệm vụ một cột, ô ghi vai trò
(Chủ trì, Tham mưu, Phối hợp, Theo dõi, Đề nghị).

      --format csv|json    định dạng đầu ra (mặc định csv)
  -o, --output <tệp>       ghi ra tệp thay vì in ra màn hình
      --locality <tệp>     danh mục cơ quan (locality.json): gộp các cách viết tên
      --expand-groups      tách nhóm (“UBND các xã, phường”) thành từng cơ quan (cần --locality)
      --sample             dùng kế hoạch mẫu có sẵn
`;

export async function matrixCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: "string", default: "csv" },
      output: { type: "string", short: "o" },
      locality: { type: "string" },
      "expand-groups": { type: "boolean", default: false },
      sample: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.out(MATRIX_HELP);
    return 0;
  }
  const format = values.format;
  if (format !== "csv" && format !== "json") {
    throw new CliError(`Định dạng "${format}" không được hỗ trợ; chọn csv hoặc json.`, 2);
  }
  if (values["expand-groups"] && !values.locality) {
    throw new CliError("--expand-groups cần danh mục cơ quan: thêm --locality <locality.json>.", 2);
  }
  if (positionals.length > 1) throw new CliError("Chỉ lập ma trận cho một kế hoạch mỗi lần.", 2);
  const directory = await loadDirectoryArgument(io, values.locality);
  const plan = await loadPlanArgument(io, positionals[0], values.sample ?? false);
  const matrix = responsibilityMatrix(plan, { directory, expandGroups: values["expand-groups"] });
  const text = format === "csv" ? matrixToCsv(matrix) : `${JSON.stringify(matrixToJson(matrix), null, 2)}\n`;
  for (const unresolved of matrix.unresolved) {
    io.err(`Chú ý: “${unresolved.name}” không khớp với đúng một cơ quan trong danh mục.`);
  }
  if (!values.output) {
    io.out(text);
    return 0;
  }
  try {
    // A byte-order mark lets spreadsheet programs read the Vietnamese of a CSV file correctly.
    const bytes = new TextEncoder().encode(format === "csv" ? `\uFEFF${text}` : text);
    await io.writeBytes(values.output, bytes);
  } catch (error) {
    throw new CliError(describeFsError(error, values.output));
  }
  io.err(`Đã ghi ${values.output} (${matrix.rows.length} cơ quan × ${matrix.tasks.length} nhiệm vụ).`);
  return 0;
}
