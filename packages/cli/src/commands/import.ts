import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { DEFAULT_MAX_BYTES, type ImportResult, importFile, toSummary } from "@kehoach/plan-import";
import { type Locality, serializePlan } from "@kehoach/plan-model";
import { parseCommandArgs } from "../args.js";
import { loadLocalityFile } from "../inputs.js";
import { CliError, type CliIo } from "../io.js";
import { shown } from "../shown.js";

export const IMPORT_HELP = `kehoach import <tệp.docx|tệp.pdf|tệp.txt|tệp.md> [-o ke-hoach.json] [--locality <slug|tệp>] [--summary]

Nhập một kế hoạch có sẵn (Word .docx, PDF có lớp chữ, hoặc văn bản .txt/.md) thành kế hoạch JSON,
kèm danh sách những chỗ chưa chắc chắn (dòng nguồn và lý do) để người dùng xem lại. PDF quét
(ảnh, không có lớp chữ) và tệp Word 97 (.doc) bị từ chối kèm lý do.

  -o, --output <tệp>     ghi kế hoạch (JSON) ra tệp; không có -o và --summary thì in ra màn hình
      --summary          in bản tóm tắt JSON (loại văn bản, cơ quan, số, ngày, trích yếu,
                         người ký, nhiệm vụ) ra stdout
      --report <tệp>     ghi toàn bộ kết quả nhập (nguồn, các điểm cần xem lại, dòng nguồn của
                         từng phần) ra tệp JSON
      --locality <slug>  đối chiếu tên cơ quan với danh bạ localities/<slug>/locality.json
                         (hoặc đường dẫn tới một tệp locality.json)
  -q, --quiet            không in danh sách điểm cần xem lại
      --force            ghi đè tệp đầu ra nếu đã có
`;

export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("import", args, {
    output: { type: "string", short: "o" },
    summary: { type: "boolean", default: false },
    report: { type: "string" },
    locality: { type: "string" },
    quiet: { type: "boolean", short: "q", default: false },
    force: { type: "boolean", default: false },
  });
  if (values.help) {
    io.out(IMPORT_HELP);
    return 0;
  }
  const path = positionals[0];
  if (!path) throw new CliError("Thiếu tệp cần nhập: kehoach import <tệp.docx|tệp.pdf|tệp.txt>.", 2);
  if (positionals.length > 1) throw new CliError("Chỉ nhập một tệp mỗi lần.", 2);

  const locality = values.locality ? await loadLocality(values.locality, io) : undefined;
  const bytes = await io.readFile(path, DEFAULT_MAX_BYTES);
  const result = await importFile(bytes, { locality, fileName: path });
  if (!result.ok) throw new CliError(`Không nhập được ${shown(path)}: ${result.message}`);

  if (!values.quiet) io.err(describeFindings(result));
  const write = (to: string, text: string) =>
    io.writeFile(to, new TextEncoder().encode(text), {
      overwrite: values.force,
      inputs: [path, ...(values.locality ? [values.locality] : [])],
    });
  if (values.report) await write(values.report, `${JSON.stringify(result, null, 2)}\n`);
  if (values.output) {
    await write(values.output, serializePlan(result.plan));
    if (!values.summary) io.out(`Đã ghi ${shown(values.output)} (${result.stats.tasks} nhiệm vụ).`);
  }
  if (values.summary) io.out(JSON.stringify(toSummary(result), null, 2));
  else if (!values.output) io.out(serializePlan(result.plan));
  return 0;
}

function describeFindings(result: Extract<ImportResult, { ok: true }>): string {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) counts[f.severity]++;
  const head = `Đã đọc ${result.stats.lines} dòng, ${result.stats.tasks} nhiệm vụ (${result.stats.ms.toFixed(0)} ms). Cần xem lại: ${counts.error} lỗi, ${counts.warning} cảnh báo, ${counts.info} ghi chú.`;
  const lines = result.findings
    .filter((f) => f.severity !== "info")
    .map(
      (f) =>
        `  - ${f.lines ? `dòng ${f.lines.from}${f.lines.to !== f.lines.from ? `–${f.lines.to}` : ""}: ` : ""}${f.message}`,
    );
  return [head, ...lines].join("\n");
}

/** A locality by slug (localities/<slug>/locality.json, looked up from the working directory upwards) or by path. */
async function loadLocality(value: string, io: CliIo): Promise<Locality | undefined> {
  const path = findLocality(value);
  if (!path) {
    io.err(
      `Không tìm thấy địa phương "${value}" (localities/${value}/locality.json); tên cơ quan được giữ như trong văn bản.`,
    );
    return undefined;
  }
  return loadLocalityFile(io, path);
}

function findLocality(value: string): string | undefined {
  if (value.endsWith(".json") || value.includes("/") || value.includes("\\"))
    return existsSync(value) ? value : undefined;
  for (let dir = resolve("."); ; dir = dirname(dir)) {
    const candidate = join(dir, "localities", value, "locality.json");
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}
