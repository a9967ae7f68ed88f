// Cold command line, as a user meets it: `kehoach render --sample -o x.pdf` as a whole new Node
// process, against a naive pdfmake process that renders the same plan (fonts parsed for the one
// document, no cache), measured alternately in the same run. Prints the medians of wall time and
// of CPU time (user + system of the process, from cpu-on-exit.mjs) and the ratios, with the target
// of issue 14: the CLI at most 0.5 times the pdfmake process. Needs the build (`pnpm bench` does it).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes("--quick");
const runs = quick ? 5 : 11;
const TARGET = 0.5;
const work = mkdtempSync(join(tmpdir(), "kehoach-cold-cli-"));
const hook = join(here, "cpu-on-exit.mjs");

const commands = {
  "kehoach render": (out) => [join(here, "..", "dist", "main.js"), "render", "--sample", "-o", out],
  "pdfmake process": (out) => [join(here, "pdfmake-process.mjs"), out],
};

function runOnce(name, i) {
  const out = join(work, `${name.replace(/\W/g, "-")}-${i}.pdf`);
  const cpuFile = join(work, "cpu.txt");
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--import", hook, ...commands[name](out)], {
    env: { ...process.env, BENCH_CPU_OUT: cpuFile },
    encoding: "utf8",
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${name} failed (${result.status}):\n${result.stderr}`);
  if (statSync(out).size < 10_000) throw new Error(`${name} wrote a PDF too small to be the plan`);
  return { wall, cpu: Number(readFileSync(cpuFile, "utf8")) };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

try {
  const samples = Object.fromEntries(Object.keys(commands).map((n) => [n, { wall: [], cpu: [] }]));
  for (const name of Object.keys(commands)) runOnce(name, "warm"); // file-system cache, not timed
  for (let i = 0; i < runs; i++) {
    for (const name of Object.keys(commands)) {
      const { wall, cpu } = runOnce(name, i);
      samples[name].wall.push(wall);
      samples[name].cpu.push(cpu);
    }
  }
  const ours = samples["kehoach render"];
  const base = samples["pdfmake process"];
  const row = (what, a, b) => {
    const ratio = median(a) / median(b);
    console.log(
      `${what.padEnd(5)} kehoach render ${median(a).toFixed(0).padStart(5)} ms   pdfmake process ${median(b).toFixed(0).padStart(5)} ms   ratio ${ratio.toFixed(2)}x  target <= ${TARGET}x  ${ratio <= TARGET ? "OK" : "MISSED"}`,
    );
  };
  console.log(`\nCold CLI, whole processes (Node ${process.version}), medians of ${runs} alternating runs`);
  row("CPU", ours.cpu, base.cpu);
  row("wall", ours.wall, base.wall);
} finally {
  rmSync(work, { recursive: true, force: true });
}
