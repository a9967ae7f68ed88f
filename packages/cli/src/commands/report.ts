import { reportToVanBan } from "@kehoach/plan-documents";
import {
  buildPeriodReport,
  checkPeriodDataTarget,
  defaultDraft,
  localToday,
  MAX_REPORT_FILE_BYTES,
  parsePeriodDataJson,
  reportFindings,
} from "@kehoach/report-model";
import { parseCommandArgs } from "../args.js";
import { documentFormat, renderDocument, writeDocument } from "../documents.js";
import { countLine, findingLines } from "../findings.js";
import { loadDirectoryArgument, loadPlanArgument, readTextInput } from "../inputs.js";
import { CliError, type CliIo } from "../io.js";
import { shown } from "../shown.js";

export const REPORT_USAGE =
  "kehoach report <ke-hoach.json> --period <dữ-liệu-kỳ.json> -o <bc.pdf|bc.docx> [--issued]";

export const REPORT_HELP = `${REPORT_USAGE}

Dựng báo cáo định kỳ (quý, 6 tháng, năm) của một kế hoạch theo thể thức Nghị định 30/2020/NĐ-CP,
từ tệp dữ liệu kỳ mà trình lập báo cáo xuất ra (nút “Xuất dữ liệu kỳ (JSON)”): số liệu của các cơ
quan, trạng thái từng nhiệm vụ, và phần báo cáo đã soạn (số, ngày, Kính gửi, người ký, nội dung).

      --period <tệp>      tệp dữ liệu kỳ báo cáo (bắt buộc)
  -o, --output <tệp>      tệp sẽ ghi (bắt buộc): .pdf hoặc .docx; không ghi đè nếu không có --force
  -f, --format <dạng>     pdf hoặc docx; mặc định theo đuôi tệp đầu ra
      --issued            dựng như văn bản sắp ban hành: từ chối khi còn lỗi (thiếu số, ngày, người ký…)
      --today <ngày>      ngày lập báo cáo (YYYY-MM-DD) để xét nhiệm vụ quá hạn; mặc định hôm nay
      --locality <tệp>    danh mục cơ quan (locality.json): Kính gửi mặc định là cơ quan cấp trên
      --force             ghi đè tệp đầu ra nếu đã có
  -q, --quiet             không in các vấn đề của bản dự thảo

Mã thoát: 0 đã ghi tệp; 1 tệp không dùng được hoặc báo cáo còn lỗi (với --issued); 2 tham số sai.
`;

export async function reportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("report", args, {
    period: { type: "string" },
    output: { type: "string", short: "o" },
    format: { type: "string", short: "f" },
    issued: { type: "boolean", default: false },
    today: { type: "string" },
    locality: { type: "string" },
    force: { type: "boolean", default: false },
    quiet: { type: "boolean", short: "q", default: false },
  });
  if (values.help) {
    io.out(REPORT_HELP);
    return 0;
  }
  if (!positionals[0]) throw new CliError("Thiếu tệp kế hoạch: kehoach report <ke-hoach.json> --period …", 2);
  if (positionals.length > 1) throw new CliError("Chỉ dựng báo cáo của một kế hoạch mỗi lần.", 2);
  if (!values.period) {
    throw new CliError(
      "Thiếu tệp dữ liệu kỳ: thêm --period <tệp.json> (trình lập báo cáo → “Xuất dữ liệu kỳ (JSON)”).",
      2,
    );
  }
  if (!values.output) throw new CliError("Thiếu tệp đầu ra: thêm -o <bc.pdf> hoặc -o <bc.docx>.", 2);
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(values.today)) {
    throw new CliError(`Ngày ${shown(values.today)} không đúng dạng YYYY-MM-DD (ví dụ 2026-07-05).`, 2);
  }
  const format = documentFormat(values.format, values.output);
  const directory = await loadDirectoryArgument(io, values.locality);
  const plan = await loadPlanArgument(io, positionals[0], false);
  const parsed = parsePeriodDataJson(await readTextInput(io, values.period, MAX_REPORT_FILE_BYTES));
  if (!parsed.ok) {
    const lines = parsed.problems.map((p) => `  - ${p.path ? `${p.path}: ` : ""}${p.message}`);
    throw new CliError(`Tệp dữ liệu kỳ ${shown(values.period)} không dùng được:\n${lines.join("\n")}`);
  }
  const data = parsed.value;
  const target = checkPeriodDataTarget(data, plan, data.period, data.cutoff);
  if (!target.ok) throw new CliError(target.message.replace(/ Không nhập tệp này;.*$/u, ""));

  // A draft saved in the file is the user's; without one, Kính gửi goes to the body above the
  // issuer, which the locality's directory knows.
  const draft = data.report ?? defaultDraft(plan, data.period, directory ? { directory } : {});
  const report = buildPeriodReport({
    plan,
    period: data.period,
    cutoff: data.cutoff,
    log: [...data.history, ...data.entries],
    draft,
    today: values.today ?? localToday(),
  });
  const result = reportFindings(report, draft, { mode: values.issued ? "issued" : "draft" });
  if (values.issued && result.blocking) {
    io.err(findingLines(result, "error").join("\n"));
    io.err(`${countLine(result)}\nChưa dựng báo cáo ban hành: sửa các lỗi trên rồi chạy lại.`);
    return 1;
  }
  if (!values.quiet && result.findings.length > 0) {
    const lines = findingLines(result, "warning");
    if (lines.length > 0) io.err(lines.join("\n"));
    io.err(countLine(result));
  }
  const bytes = await renderDocument(reportToVanBan(report), format, (p) => `${p.path}: ${p.message}`, {
    issuing: values.issued,
  });
  await writeDocument(io, values.output, bytes, {
    force: values.force,
    inputs: [positionals[0], values.period, ...(values.locality ? [values.locality] : [])],
  });
  return 0;
}
