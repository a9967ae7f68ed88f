import { IMPORT_HELP, importCommand } from "./commands/import.js";
import { MATRIX_HELP, matrixCommand } from "./commands/matrix.js";
import { RENDER_HELP, renderCommand } from "./commands/render.js";
import { VALIDATE_HELP, validateCommand } from "./commands/validate.js";
import { CliError, type CliIo } from "./io.js";

const HELP = `kehoach: công cụ dòng lệnh của Kế hoạch Kit

Lệnh:
${RENDER_HELP}
${VALIDATE_HELP}
${MATRIX_HELP}
${IMPORT_HELP}
Dùng "kehoach <lệnh> --help" để xem chi tiết.
`;

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  render: renderCommand,
  validate: validateCommand,
  matrix: matrixCommand,
  import: importCommand,
};

/** Runs one command line and returns the exit code; errors are printed in Vietnamese, never thrown. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(HELP);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`Không có lệnh "${name}". Các lệnh: ${Object.keys(COMMANDS).join(", ")}.`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
    }
    if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      io.err(`Tham số không hợp lệ: ${error.message}`);
      return 2;
    }
    io.err(`Lỗi không mong đợi: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
