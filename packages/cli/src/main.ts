#!/usr/bin/env node
import "./short-process.js";
import { runCli } from "./cli.js";
import { processIo } from "./io.js";

// A reader that stops early (`kehoach matrix … | head`) closes the pipe: stop quietly with the
// status a shell gives a process ended by SIGPIPE, not with a stack trace. A full disk or another
// failure writing to the terminal or a redirected file is said once, in Vietnamese.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(141);
    if (stream === process.stdout) {
      const why = error.code === "ENOSPC" ? "ổ đĩa đã đầy" : `mã lỗi ${error.code ?? "không rõ"}`;
      process.stderr.write(`Không ghi được kết quả ra đầu ra chuẩn: ${why}.\n`);
    }
    process.exit(1);
  });
}

process.exitCode = await runCli(process.argv.slice(2), processIo);
