import { planDocument, planProblemOf, planToVanBan } from "@kehoach/plan-documents";
import { validatePlan } from "@kehoach/plan-model";
import { parseCommandArgs } from "../args.js";
import { documentFormat, renderDocument, writeDocument } from "../documents.js";
import { countLine, findingLines } from "../findings.js";
import { loadDirectoryArgument, loadPlanArgument } from "../inputs.js";
import { CliError, type CliIo } from "../io.js";

export const RENDER_USAGE = "kehoach render <ke-hoach.json> -o <tệp.pdf|tệp.docx> [--issued] [--decision]";

export const RENDER_HELP = `${RENDER_USAGE}
kehoach render --sample -o <tệp.pdf>

Dựng văn bản Kế hoạch theo thể thức Nghị định 30/2020/NĐ-CP thành tệp PDF, hoặc thành tệp
Word (.docx) để chỉnh sửa, góp ý. Trước khi dựng, kế hoạch được kiểm tra theo bộ quy tắc như
lệnh validate: bản dự thảo vẫn được dựng và các vấn đề được in ra; với --issued, văn bản chỉ
được dựng khi không còn lỗi.

  -o, --output <tệp>     tệp sẽ ghi (bắt buộc); không ghi đè tệp đã có nếu không có --force
  -f, --format <dạng>    pdf hoặc docx; mặc định theo đuôi tệp đầu ra (.docx là Word), còn lại pdf
      --issued           dựng như văn bản sắp ban hành: từ chối khi còn lỗi (thiếu số, ngày, chữ ký…)
      --decision         dựng Quyết định ban hành kế hoạch (kèm kế hoạch), như trình soạn kế hoạch;
                         cần trường "decision" trong tệp kế hoạch
      --locality <tệp>   danh mục cơ quan (locality.json) để đối chiếu tên cơ quan
      --sample           dùng kế hoạch mẫu có sẵn thay cho tệp
      --force            ghi đè tệp đầu ra nếu đã có
  -q, --quiet            không in các vấn đề của bản dự thảo

Mã thoát: 0 đã ghi tệp; 1 kế hoạch còn lỗi (với --issued) hoặc không dựng được; 2 tham số sai.
`;

export async function renderCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("render", args, {
    output: { type: "string", short: "o" },
    format: { type: "string", short: "f" },
    issued: { type: "boolean", default: false },
    decision: { type: "boolean", default: false },
    locality: { type: "string" },
    sample: { type: "boolean", default: false },
    force: { type: "boolean", default: false },
    quiet: { type: "boolean", short: "q", default: false },
  });
  if (values.help) {
    io.out(RENDER_HELP);
    return 0;
  }
  if (!values.output) throw new CliError("Thiếu tệp đầu ra: thêm -o <tệp.pdf> hoặc -o <tệp.docx>.", 2);
  if (positionals.length > 1) throw new CliError("Chỉ dựng một kế hoạch mỗi lần.", 2);
  const format = documentFormat(values.format, values.output);
  const inputs = [positionals[0], values.locality].filter((p): p is string => p !== undefined);
  const directory = await loadDirectoryArgument(io, values.locality);
  const plan = await loadPlanArgument(io, positionals[0], values.sample);

  const result = validatePlan(plan, { mode: values.issued ? "issued" : "draft", directory });
  if (values.issued && result.blocking) {
    io.err(findingLines(result, "error").join("\n"));
    io.err(
      `${countLine(result)}\nChưa dựng văn bản ban hành: sửa các lỗi trên trong tệp kế hoạch rồi chạy lại.`,
    );
    return 1;
  }
  if (!values.quiet && result.findings.length > 0) {
    // A draft is rendered whatever it lacks; errors and warnings are said, hints only counted.
    const lines = findingLines(result, "warning");
    if (lines.length > 0) io.err(lines.join("\n"));
    io.err(`${countLine(result)} Xem tất cả: kehoach validate.`);
  }

  if (values.decision && !plan.decision) {
    throw new CliError(
      'Kế hoạch này không có quyết định ban hành (trường "decision"): bỏ --decision để dựng Kế hoạch, hoặc thêm quyết định trong trình soạn kế hoạch.',
      2,
    );
  }
  const doc = values.decision ? planDocument(plan) : planToVanBan(plan);
  const bytes = await renderDocument(
    doc,
    format,
    (problem) => {
      const p = planProblemOf(problem, plan);
      return `${p.where} (${p.path || "toàn bộ"}): ${p.message}`;
    },
    { issuing: values.issued },
  );
  await writeDocument(io, values.output, bytes, { force: values.force, inputs });
  return 0;
}
