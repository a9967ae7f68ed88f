import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/** What a command may touch, passed in so tests run commands without a real terminal or disk. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readText(path: string): Promise<string>;
  writeBytes(path: string, bytes: Uint8Array): Promise<void>;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  readText: (path) => readFile(path, "utf8"),
  async writeBytes(path, bytes) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
  },
};

/** A failure the user can act on: printed as is, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export function describeFsError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return `Không tìm thấy tệp "${path}".`;
    case "EACCES":
    case "EPERM":
      return `Không có quyền truy cập tệp "${path}".`;
    case "EISDIR":
      return `"${path}" là một thư mục, không phải tệp.`;
    default:
      return `Không đọc/ghi được tệp "${path}" (${code ?? String(error)}).`;
  }
}
