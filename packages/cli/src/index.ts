export { runCli } from "./cli.js";
export { CliError, type CliIo, processIo } from "./io.js";
