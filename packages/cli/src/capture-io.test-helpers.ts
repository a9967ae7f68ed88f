import { type CliIo, processIo } from "./io.js";

/** The real file system, with what a command prints kept for the test to read. */
export function captureIo(): CliIo & { stdout: string; stderr: string } {
  const io = {
    ...processIo,
    stdout: "",
    stderr: "",
    out: (t: string) => {
      io.stdout += t;
    },
    err: (t: string) => {
      io.stderr += t;
    },
  };
  return io;
}
