import { planDocument, planToVanBan, reportToVanBan } from "@kehoach/plan-documents";
import { formatDocumentNumber } from "@kehoach/text-vi";
import type { VanBan } from "@kehoach/vanban";
import { parseCommandArgs } from "../args.js";
import { renderDocument } from "../documents.js";
import { loadLocalityFile, loadPlanArgument, readTextInput } from "../inputs.js";
import { CliError, type CliIo, formatSize } from "../io.js";
import { shown } from "../shown.js";

export const EXPORT_EDXML_USAGE =
  "kehoach export-edxml <ke-hoach.json> --locality <locality.json> -o <tệp.edxml> [--decision | --report <dữ-liệu-kỳ.json>]";

export const EXPORT_EDXML_HELP = `${EXPORT_EDXML_USAGE}

Đóng gói văn bản thành gói edXML theo QCVN 102:2016/BTTTT để gửi qua trục liên thông văn bản:
thông tin văn bản (số, ký hiệu, địa danh, ngày, loại, trích yếu, người ký, nơi nhận) lấy từ chính
văn bản; nơi gửi và nơi nhận theo mã định danh điện tử (QĐ 20/2020/QĐ-TTg) ghi ở trường "edocCode"
của cơ quan trong tệp địa phương; tệp PDF và tệp Word đính kèm.

      --locality <tệp>   danh mục cơ quan (locality.json) có mã định danh điện tử (bắt buộc)
  -o, --output <tệp>     tệp .edxml sẽ ghi (bắt buộc); không ghi đè tệp đã có nếu không có --force
      --decision         gói Quyết định ban hành kế hoạch (kèm kế hoạch) thay cho Kế hoạch
      --report <tệp>     gói báo cáo định kỳ từ tệp dữ liệu kỳ của trình lập báo cáo
      --pdf <tệp>        đính kèm tệp PDF này (bản đã ký số) thay cho bản dựng lại từ kế hoạch
      --from <mã>        mã cơ quan gửi trong danh mục, khi tên ở phần đầu văn bản chưa đủ để tìm
      --today <ngày>     ngày lập báo cáo (YYYY-MM-DD) cho --report; mặc định hôm nay
      --force            ghi đè tệp đầu ra nếu đã có

Văn bản phải có số, ngày ban hành và người ký. Nơi nhận chưa có mã định danh được liệt kê để người
gửi biết: họ không nhận được văn bản qua trục.

Mã thoát: 0 đã ghi tệp; 1 văn bản hoặc danh mục chưa đủ để đóng gói; 2 tham số sai.
`;

const MAX_PDF_BYTES = 100 * 1024 * 1024;

export async function exportEdxmlCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("export-edxml", args, {
    locality: { type: "string" },
    output: { type: "string", short: "o" },
    decision: { type: "boolean", default: false },
    report: { type: "string" },
    pdf: { type: "string" },
    from: { type: "string" },
    today: { type: "string" },
    force: { type: "boolean", default: false },
  });
  if (values.help) {
    io.out(EXPORT_EDXML_HELP);
    return 0;
  }
  if (!positionals[0]) throw new CliError(`Thiếu tệp kế hoạch: ${EXPORT_EDXML_USAGE}`, 2);
  if (positionals.length > 1) throw new CliError("Chỉ đóng gói một văn bản mỗi lần.", 2);
  if (!values.output) throw new CliError("Thiếu tệp đầu ra: thêm -o <tệp.edxml>.", 2);
  if (!values.locality) {
    throw new CliError(
      'Thiếu danh mục cơ quan: thêm --locality <locality.json> (mã định danh điện tử ghi ở trường "edocCode" của từng cơ quan).',
      2,
    );
  }
  if (values.decision && values.report)
    throw new CliError("Dùng --decision hoặc --report, không dùng cả hai.", 2);
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(values.today)) {
    throw new CliError(`Ngày ${shown(values.today)} không đúng dạng YYYY-MM-DD (ví dụ 2026-07-05).`, 2);
  }
  const locality = await loadLocalityFile(io, values.locality);
  const plan = await loadPlanArgument(io, positionals[0], false);
  let doc: VanBan;
  if (values.report) doc = await reportDocument(io, plan, values.report, values.today);
  else if (values.decision) {
    if (!plan.decision) {
      throw new CliError('Kế hoạch này không có quyết định ban hành (trường "decision"): bỏ --decision.', 2);
    }
    doc = planDocument(plan);
  } else doc = planToVanBan(plan);

  const describe = (p: { path: string; message: string }) => `${p.path || "văn bản"}: ${p.message}`;
  const pdf = values.pdf
    ? await io.readFile(values.pdf, MAX_PDF_BYTES)
    : await renderDocument(doc, "pdf", describe);
  const docx = await renderDocument(doc, "docx", describe);
  const base = doc.number ? `${formatDocumentNumber(doc.number)}-${doc.symbol}` : doc.symbol;

  const [{ edxmlFromVanBan, EdxmlError, PDF_TYPE, DOCX_TYPE }, { pdfPageCount, PdfReadError }] =
    await Promise.all([import("@kehoach/edxml"), import("@kehoach/sign")]);
  let pageCount: number;
  try {
    pageCount = pdfPageCount(pdf);
  } catch (error) {
    if (error instanceof PdfReadError) throw new CliError(`${shown(values.pdf ?? "PDF")}: ${error.message}`);
    throw error;
  }
  let built: ReturnType<typeof edxmlFromVanBan>;
  try {
    built = edxmlFromVanBan(doc, {
      locality,
      sentAt: new Date(),
      fromAgencyId: values.from,
      pageCount,
      files: [
        { name: `${base}.pdf`, contentType: PDF_TYPE, data: pdf },
        { name: `${base}.docx`, contentType: DOCX_TYPE, data: docx },
      ],
    });
  } catch (error) {
    if (error instanceof EdxmlError) throw new CliError(error.message);
    throw error;
  }
  const bytes = new TextEncoder().encode(built.xml);
  const inputs = [positionals[0], values.locality, values.report, values.pdf].filter((p): p is string => !!p);
  await io.writeFile(values.output, bytes, { overwrite: values.force, inputs });
  io.out(
    `Đã ghi ${shown(values.output)} (${formatSize(bytes.length)}): gửi ${built.message.from.organName} → ${built.message.to.map((t) => `${t.organName} (${t.organId})`).join(", ")}.`,
  );
  if (built.unrouted.length > 0) {
    io.err(
      `Các nơi nhận chưa có mã định danh điện tử, không nhận được qua trục: ${built.unrouted.map((n) => shown(n)).join(", ")}.`,
    );
  }
  return 0;
}

async function reportDocument(
  io: CliIo,
  plan: Parameters<typeof planToVanBan>[0],
  periodPath: string,
  today: string | undefined,
): Promise<VanBan> {
  const {
    buildPeriodReport,
    checkPeriodDataTarget,
    defaultDraft,
    localToday,
    MAX_REPORT_FILE_BYTES,
    parsePeriodDataJson,
  } = await import("@kehoach/report-model");
  const parsed = parsePeriodDataJson(await readTextInput(io, periodPath, MAX_REPORT_FILE_BYTES));
  if (!parsed.ok) {
    const lines = parsed.problems.map((p) => `  - ${p.path ? `${p.path}: ` : ""}${p.message}`);
    throw new CliError(`Tệp dữ liệu kỳ ${shown(periodPath)} không dùng được:\n${lines.join("\n")}`);
  }
  const data = parsed.value;
  const target = checkPeriodDataTarget(data, plan, data.period, data.cutoff);
  if (!target.ok) throw new CliError(target.message.replace(/ Không nhập tệp này;.*$/u, ""));
  const report = buildPeriodReport({
    plan,
    period: data.period,
    cutoff: data.cutoff,
    log: [...data.history, ...data.entries],
    draft: data.report ?? defaultDraft(plan, data.period),
    today: today ?? localToday(),
  });
  return reportToVanBan(report);
}
