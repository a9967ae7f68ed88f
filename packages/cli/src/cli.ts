import { CliError, type CliIo } from "./io.js";
import { shown } from "./shown.js";

type Command = (args: string[], io: CliIo) => Promise<number>;

interface Entry {
  usage: string;
  summary: string;
  /** Loaded only when the command runs, so `render` never pays for the importer, and so on. */
  load: () => Promise<Command>;
}

const COMMANDS: Record<string, Entry> = {
  render: {
    usage: "kehoach render <ke-hoach.json> -o <tệp.pdf|tệp.docx> [--issued] [--decision]",
    summary: "dựng Kế hoạch (hoặc Quyết định ban hành kế hoạch) thành PDF hoặc Word",
    load: () => import("./commands/render.js").then((m) => m.renderCommand),
  },
  validate: {
    usage: "kehoach validate <ke-hoach.json> [--issued] [--json] [--locality <locality.json>]",
    summary: "kiểm tra kế hoạch theo bộ quy tắc",
    load: () => import("./commands/validate.js").then((m) => m.validateCommand),
  },
  report: {
    usage: "kehoach report <ke-hoach.json> --period <dữ-liệu-kỳ.json> -o <bc.pdf|bc.docx>",
    summary: "dựng báo cáo định kỳ từ tệp dữ liệu kỳ của trình lập báo cáo",
    load: () => import("./commands/report.js").then((m) => m.reportCommand),
  },
  matrix: {
    usage: "kehoach matrix <ke-hoach.json> [--format csv|json] [-o <tệp>]",
    summary: "ma trận trách nhiệm: cơ quan nào chủ trì, phối hợp nhiệm vụ nào",
    load: () => import("./commands/matrix.js").then((m) => m.matrixCommand),
  },
  import: {
    usage: "kehoach import <tệp.docx|tệp.pdf|tệp.txt|tệp.md> [-o ke-hoach.json] [--summary]",
    summary: "nhập kế hoạch có sẵn (Word, văn bản) thành kế hoạch JSON, kèm những chỗ cần xem lại",
    load: () => import("./commands/import.js").then((m) => m.importCommand),
  },
  sign: {
    usage: "kehoach sign <vb.pdf> --p12 <chứng-thư.p12> -o <vb-da-ky.pdf> [--role signer|seal|attached]",
    summary: "ký số tệp PDF (PAdES), hình chữ ký đặt đúng vị trí theo Nghị định 30",
    load: () => import("./commands/sign.js").then((m) => m.signCommand),
  },
  "export-edxml": {
    usage:
      "kehoach export-edxml <ke-hoach.json> --locality <locality.json> -o <tệp.edxml> [--decision|--report <tệp>]",
    summary: "đóng gói văn bản (PDF, Word) thành gói edXML (QCVN 102:2016) để gửi qua trục liên thông",
    load: () => import("./commands/export-edxml.js").then((m) => m.exportEdxmlCommand),
  },
};

export const HELP = `kehoach: công cụ dòng lệnh của Kế hoạch Kit

Lệnh:
${Object.values(COMMANDS)
  .map((c) => `  ${c.usage}\n      ${c.summary}`)
  .join("\n")}

Dùng "kehoach <lệnh> --help" để xem chi tiết. Tệp đã có không bao giờ bị ghi đè nếu không có --force.
`;

/** Runs one command line and returns the exit code; errors are printed in Vietnamese, never thrown. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(HELP);
    return name ? 0 : 2;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    io.err(`Không có lệnh ${shown(name)}. Các lệnh: ${Object.keys(COMMANDS).join(", ")}.`);
    return 2;
  }
  try {
    return await (await entry.load())(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
    }
    // A fault of ours, not of the user's data: say so plainly, with what to report.
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.err(
      `Lỗi không mong đợi của Kế hoạch Kit khi chạy "kehoach ${name}" (${detail}). Đây là lỗi của chương trình, không phải của tệp: xin báo lại kèm tệp đã dùng.`,
    );
    return 70;
  }
}
