import { matrixToCsv, matrixToJson, responsibilityMatrix } from "@kehoach/plan-model";
import { parseCommandArgs } from "../args.js";
import { loadDirectoryArgument, loadPlanArgument } from "../inputs.js";
import { CliError, type CliIo } from "../io.js";
import { shown } from "../shown.js";

export const MATRIX_USAGE = "kehoach matrix <ke-hoach.json> [--format csv|json] [-o <tệp>]";

export const MATRIX_HELP = `${MATRIX_USAGE}

Lập ma trận trách nhiệm: mỗi cơ quan một dòng, mỗi nhiệm vụ một cột, ô ghi vai trò
(Chủ trì, Tham mưu, Phối hợp, Theo dõi, Đề nghị).

      --format csv|json    định dạng đầu ra (mặc định csv)
  -o, --output <tệp>       ghi ra tệp thay vì in ra màn hình; không ghi đè tệp đã có nếu không có --force
      --locality <tệp>     danh mục cơ quan (locality.json): gộp các cách viết tên
      --expand-groups      tách nhóm (“UBND các xã, phường”) thành từng cơ quan (cần --locality)
      --sample             dùng kế hoạch mẫu có sẵn
      --force              ghi đè tệp đầu ra nếu đã có
`;

export async function matrixCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("matrix", args, {
    format: { type: "string", default: "csv" },
    output: { type: "string", short: "o" },
    locality: { type: "string" },
    "expand-groups": { type: "boolean", default: false },
    sample: { type: "boolean", default: false },
    force: { type: "boolean", default: false },
  });
  if (values.help) {
    io.out(MATRIX_HELP);
    return 0;
  }
  const format = values.format;
  if (format !== "csv" && format !== "json") {
    throw new CliError(`Định dạng ${shown(format)} không được hỗ trợ; chọn csv hoặc json.`, 2);
  }
  if (values["expand-groups"] && !values.locality) {
    throw new CliError("--expand-groups cần danh mục cơ quan: thêm --locality <locality.json>.", 2);
  }
  if (positionals.length > 1) throw new CliError("Chỉ lập ma trận cho một kế hoạch mỗi lần.", 2);
  const directory = await loadDirectoryArgument(io, values.locality);
  const plan = await loadPlanArgument(io, positionals[0], values.sample);
  const matrix = responsibilityMatrix(plan, { directory, expandGroups: values["expand-groups"] });
  const text = format === "csv" ? matrixToCsv(matrix) : `${JSON.stringify(matrixToJson(matrix), null, 2)}\n`;
  for (const unresolved of matrix.unresolved) {
    io.err(`Chú ý: “${unresolved.name}” không khớp với đúng một cơ quan trong danh mục.`);
  }
  if (!values.output) {
    io.out(text);
    return 0;
  }
  // A byte-order mark lets spreadsheet programs read the Vietnamese of a CSV file correctly.
  const bytes = new TextEncoder().encode(format === "csv" ? `\uFEFF${text}` : text);
  const inputs = [positionals[0], values.locality].filter((p): p is string => p !== undefined);
  await io.writeFile(values.output, bytes, { overwrite: values.force, inputs });
  io.err(`Đã ghi ${shown(values.output)} (${matrix.rows.length} cơ quan × ${matrix.tasks.length} nhiệm vụ).`);
  return 0;
}
