import { randomBytes } from "node:crypto";
import { link, mkdir, open, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { describeFsError } from "./fs-errors.js";
import { shown } from "./shown.js";

/** How a command may write a file. */
export interface WriteOptions {
  /** Replace an existing file (the user said --force). */
  overwrite: boolean;
  /** Files this command read: the output may never be one of them, whatever the path says. */
  inputs?: readonly string[];
}

/** What a command may touch, passed in so tests run commands without a real terminal or disk. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** A file's bytes; a directory, or a file larger than maxBytes, is refused before it is read. */
  readFile(path: string, maxBytes: number): Promise<Uint8Array>;
  /** Writes a whole file, or nothing: never over an input, never over a file without `overwrite`. */
  writeFile(path: string, bytes: Uint8Array, options: WriteOptions): Promise<void>;
}

/** A failure the user can act on: printed as is, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

const MB = 1024 * 1024;

export function formatSize(bytes: number): string {
  return bytes >= MB
    ? `${(bytes / MB).toFixed(1).replace(".", ",")} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

async function readWhole(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, "r");
    const info = await handle.stat();
    if (info.isDirectory()) throw new CliError(`${shown(path)} là một thư mục, không phải tệp.`);
    if (info.size > maxBytes) {
      throw new CliError(
        `Tệp ${shown(path)} quá lớn (${formatSize(info.size)}); giới hạn là ${formatSize(maxBytes)}.`,
      );
    }
    // Read through the limit, not the size stat gave: a pipe or /proc file may say 0 and hold more.
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(Math.max(info.size, 64 * 1024), maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) {
        throw new CliError(`Tệp ${shown(path)} quá lớn; giới hạn là ${formatSize(maxBytes)}.`);
      }
      chunks.push(chunk.subarray(0, bytesRead));
    }
    if (chunks.length === 1) return chunks[0]!;
    const all = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      all.set(c, at);
      at += c.length;
    }
    return all;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(describeFsError(error, path, "read"));
  } finally {
    await handle?.close();
  }
}

/** The real path of a file that may not exist yet: its folder's real path and its name. */
async function realTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    try {
      return join(await realpath(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if ((await realTarget(a)) === (await realTarget(b))) return true;
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino; // hard links
  } catch {
    return false;
  }
}

async function writeWhole(path: string, bytes: Uint8Array, options: WriteOptions): Promise<void> {
  for (const input of options.inputs ?? []) {
    if (await sameFile(path, input)) {
      throw new CliError(
        `Tệp đầu ra ${shown(path)} chính là tệp đầu vào ${shown(input)}: chọn một tên khác để không mất tệp gốc.`,
        2,
      );
    }
  }
  const dir = dirname(resolve(path));
  // The bytes go to a temporary file beside the target first, then take its name in one step, so
  // a full disk or an interrupted run never leaves half a file, nor destroys the file replaced.
  const temporary = join(dir, `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    // mkdir says EEXIST when a file stands where a folder of the path should be.
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(describeFsError(code === "EEXIST" ? { code: "ENOTDIR" } : error, path, "write"));
  }
  try {
    const handle = await open(temporary, "wx", 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite) {
      const info = await stat(path).catch(() => undefined);
      if (info?.isDirectory()) throw new CliError(`${shown(path)} là một thư mục, không phải tệp.`);
      await rename(temporary, path);
    } else {
      await claimName(temporary, path);
    }
  } catch (error) {
    await unlink(temporary).catch(() => {});
    if (error instanceof CliError) throw error;
    if ((error as NodeJS.ErrnoException).code === "EEXIST" && !options.overwrite) {
      throw new CliError(`Tệp ${shown(path)} đã có: thêm --force để ghi đè, hoặc chọn một tên khác.`, 2);
    }
    throw new CliError(describeFsError(error, path, "write"));
  }
}

/** Gives the temporary file the name `path` only if no file has it: EEXIST otherwise. */
async function claimName(temporary: string, path: string): Promise<void> {
  try {
    // link() fails with EEXIST when the name is taken, even if it appeared a moment ago.
    await link(temporary, path);
    await unlink(temporary);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Some file systems (FAT on a USB stick, some network shares) have no hard links.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS") throw error;
    const taken = await stat(path).then(
      () => true,
      () => false,
    );
    if (taken) throw Object.assign(new Error("exists"), { code: "EEXIST" });
    await rename(temporary, path);
  }
}

export const processIo: CliIo = {
  out: (text) => {
    process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
  },
  err: (text) => {
    process.stderr.write(text.endsWith("\n") ? text : `${text}\n`);
  },
  readFile: readWhole,
  writeFile: writeWhole,
};
