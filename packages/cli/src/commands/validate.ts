import { validatePlan } from "@kehoach/plan-model";
import { parseCommandArgs } from "../args.js";
import { countLine, findingLines } from "../findings.js";
import { loadDirectoryArgument, loadPlanArgument } from "../inputs.js";
import { CliError, type CliIo } from "../io.js";

export const VALIDATE_USAGE =
  "kehoach validate <ke-hoach.json> [--issued] [--json] [--locality <locality.json>]";

export const VALIDATE_HELP = `${VALIDATE_USAGE}

Kiểm tra kế hoạch theo bộ quy tắc (năm, ngày, số, chữ ký, cơ quan chủ trì, tên cơ quan,
chính tả…). Mã thoát 1 khi còn lỗi chưa được miễn, 0 khi không còn lỗi.

      --issued             kiểm tra như văn bản sắp ban hành (thiếu số, ngày, chữ ký là lỗi)
      --json               in kết quả dạng JSON cho công cụ khác
      --locality <tệp>     danh mục cơ quan của địa phương (locality.json) để đối chiếu tên
      --sample             kiểm tra kế hoạch mẫu có sẵn
`;

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("validate", args, {
    issued: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    locality: { type: "string" },
    sample: { type: "boolean", default: false },
  });
  if (values.help) {
    io.out(VALIDATE_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new CliError("Chỉ kiểm tra một kế hoạch mỗi lần.", 2);
  const directory = await loadDirectoryArgument(io, values.locality);
  const plan = await loadPlanArgument(io, positionals[0], values.sample);
  const result = validatePlan(plan, { mode: values.issued ? "issued" : "draft", directory });

  if (values.json) {
    io.out(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    for (const line of findingLines(result)) io.out(line);
    io.out(countLine(result));
  }
  return result.blocking ? 1 : 0;
}
