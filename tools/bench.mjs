// A tiny benchmark harness shared by the packages' `bench` scripts: warm up, time each run with
// performance.now(), report the median (robust to the odd slow run on a shared 2-core machine)
// and ratios against a baseline measured in the same process, in the same run.
import { performance } from "node:perf_hooks";

export async function measure(name, fn, { runs = 15, warmup = 3 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median =
    times.length % 2
      ? times[(times.length - 1) / 2]
      : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
  return { name, median, min: times[0], max: times[times.length - 1], runs };
}

const ms = (value) => `${value.toFixed(1)} ms`;

/** Prints a table of results; `baseline` names the row the ratios are taken against. */
export function report(title, results, baseline) {
  const base = results.find((r) => r.name === baseline);
  console.log(`\n${title}`);
  const rows = results.map((r) => ({
    case: r.name,
    median: ms(r.median),
    min: ms(r.min),
    max: ms(r.max),
    runs: r.runs,
    ...(base ? { [`× ${baseline}`]: (r.median / base.median).toFixed(2) } : {}),
  }));
  console.table(rows);
}
