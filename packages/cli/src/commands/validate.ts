import { parseArgs } from "node:util";
import { type Finding, validatePlan } from "@kehoach/plan-model";
import { CliError, type CliIo } from "../io.js";
import { loadPlanArgument } from "../load-plan.js";
import { loadDirectoryArgument } from "./plan-options.js";

export const VALIDATE_HELP = `kehoach validate <ke-hoach.json> [--issued] [--json] [--locality <locality.json>]

Kiểm tra kế hoạch theo bộ quy tắc (năm, ngày, số, chữ ký, cơ quan chủ trì, tên cơ quan,
chính tả…). Mã thoát 1 khi còn lỗi chưa được miễn, 0 khi không còn lỗi.

      --issued             kiểm tra như văn bản sắp ban hành (thiếu số, ngày, chữ ký là lỗi)
      --json               in kết quả dạng JSON cho công cụ khác
      --locality <tệp>     danh mục cơ quan của địa phương (locality.json) để đối chiếu tên
      --sample             kiểm tra kế hoạch mẫu có sẵn
`;

const SEVERITY_LABEL: Record<Finding["severity"], string> = {
  error: "Lỗi",
  warning: "Cảnh báo",
  info: "Gợi ý",
};

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      issued: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      locality: { type: "string" },
      sample: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.out(VALIDATE_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new CliError("Chỉ kiểm tra một kế hoạch mỗi lần.", 2);
  const directory = await loadDirectoryArgument(io, values.locality);
  const plan = await loadPlanArgument(io, positionals[0], values.sample ?? false);
  const result = validatePlan(plan, { mode: values.issued ? "issued" : "draft", directory });

  if (values.json) {
    io.out(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const order: Finding["severity"][] = ["error", "warning", "info"];
    for (const severity of order) {
      for (const f of result.findings.filter((x) => x.severity === severity)) {
        const waived = f.waived ? ` (đã miễn: ${f.waived.reason})` : "";
        io.out(
          `${SEVERITY_LABEL[f.severity]} [${f.rule}] ${f.where} (${f.path || "toàn bộ"}): ${f.message}${waived}`,
        );
      }
    }
    const { error, warning, info } = result.counts;
    const mode = result.mode === "issued" ? "văn bản ban hành" : "dự thảo";
    io.out(
      result.findings.length === 0
        ? `Không phát hiện vấn đề nào (kiểm tra như ${mode}).`
        : `Tổng cộng: ${error} lỗi, ${warning} cảnh báo, ${info} gợi ý (kiểm tra như ${mode}).`,
    );
  }
  return result.blocking ? 1 : 0;
}
