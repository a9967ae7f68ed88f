import { type ParseArgsConfig, parseArgs } from "node:util";
import { CliError } from "./io.js";
import { shown } from "./shown.js";

type Options = NonNullable<ParseArgsConfig["options"]>;
type WithHelp<O extends Options> = O & { help: { type: "boolean"; short: "h"; default: false } };
type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: WithHelp<O> }>
>;

/**
 * node:util's parseArgs, with its English errors put into Vietnamese: which option, what is wrong
 * with it, and where the command's help is. Every command takes --help.
 */
export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O): Parsed<O> {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { ...options, help: { type: "boolean", short: "h", default: false } } as WithHelp<O>,
    });
  } catch (error) {
    throw new CliError(describeArgsError(error, command), 2);
  }
}

function describeArgsError(error: unknown, command: string): string {
  const code = (error as { code?: string }).code ?? "";
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']*)'/u.exec(message)?.[1] ?? "";
  const help = `Xem "kehoach ${command} --help".`;
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Lệnh ${command} không có tùy chọn ${shown(quoted)}. ${help}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (/argument missing/u.test(message)) {
        const option = quoted.split(",").pop()?.trim().split(" ")[0] ?? quoted;
        return `Tùy chọn ${shown(option)} cần một giá trị. ${help}`;
      }
      return `Tùy chọn ${shown(quoted.split(",").pop()?.trim() ?? quoted)} không nhận giá trị. ${help}`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `Tham số thừa ${shown(quoted)}. ${help}`;
    default:
      return `Tham số không hợp lệ. ${help}`;
  }
}
