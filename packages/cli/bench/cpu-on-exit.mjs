// Loaded with `node --import` into each measured process: at exit it writes the process's own CPU
// time (user + system, every thread, startup included) to the file named by BENCH_CPU_OUT, so the
// harness compares whole processes without a platform-specific `time` command.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  if (process.env.BENCH_CPU_OUT) writeFileSync(process.env.BENCH_CPU_OUT, String((user + system) / 1000));
});
