export { HELP, runCli } from "./cli.js";
export { CliError, type CliIo, processIo, type WriteOptions } from "./io.js";
