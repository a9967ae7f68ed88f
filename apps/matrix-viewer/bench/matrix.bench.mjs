#!/usr/bin/env node
// How fast the matrix is with 300 agencies × 1,000 tasks, measured in Debian's chromium on the
// built app (vite preview), against baselines measured in the same run and the same page:
//   render  — from picking the plan file to the painted matrix (reading, validating, building the
//             workspace, drawing the first window), against building a plain <table> of the same
//             size with empty cells (what a naive matrix would at least cost);
//   scroll  — from a scroll of 10 rows and 8 columns to the frame showing the new cells, against
//             the same scroll of that plain table.
// Medians over several runs; run `pnpm build` first (the root `pnpm bench` does).
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";

const AGENCIES = 300;
const TASKS = 1000;
const RENDER_RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SCROLL_STEPS = 30;
const PORT = 4181;
const URL_BASE = `http://127.0.0.1:${PORT}/matrix-viewer/`;
const appDir = join(dirname(fileURLToPath(import.meta.url)), "..");

/** A deterministic plan of the given size: each task one lead and two to four partners. */
function generatePlan() {
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const kinds = ["Phòng", "Trung tâm", "Ban", "Hội", "Đội", "Tổ"];
  const agencies = Array.from(
    { length: AGENCIES },
    (_, i) => `${kinds[i % kinds.length]} công tác số ${String(i + 1).padStart(3, "0")} xã Thử Nghiệm`,
  );
  const times = [
    { raw: "Quý I/2026", kind: "within", period: { unit: "quarter", year: 2026, quarter: 1 } },
    { raw: "Quý III/2026", kind: "within", period: { unit: "quarter", year: 2026, quarter: 3 } },
    { raw: "Thường xuyên", kind: "ongoing" },
    { raw: "Hàng tháng", kind: "recurring", every: "month" },
    { raw: "Tháng 11/2026", kind: "within", period: { unit: "month", year: 2026, month: 11 } },
  ];
  const tasks = Array.from({ length: TASKS }, (_, i) => {
    const pick = () => agencies[Math.floor(random() * AGENCIES)];
    const partners = new Set();
    const lead = pick();
    const count = 2 + Math.floor(random() * 3);
    while (partners.size < count) {
      const p = pick();
      if (p !== lead) partners.add(p);
    }
    return {
      id: `t${i + 1}`,
      title: `Nhiệm vụ thử số ${i + 1}: tuyên truyền cải cách hành chính tại địa bàn`,
      product: "Báo cáo",
      roles: [
        { role: "lead", agency: { name: lead } },
        ...[...partners].map((name) => ({ role: "support", agency: { name } })),
      ],
      time: times[i % times.length],
    };
  });
  return {
    schemaVersion: 2,
    id: "bench-300x1000",
    issuer: { name: "Ủy ban nhân dân xã Thử Nghiệm" },
    number: "1",
    symbol: "KH-UBND",
    place: "Thử Nghiệm",
    issuedOn: { year: 2026, month: 1, day: 5 },
    planYear: 2026,
    title: "Kế hoạch thử tải 300 cơ quan và 1.000 nhiệm vụ",
    bases: [],
    sections: [],
    tasks,
    recipients: { items: [], archive: { vt: true, units: [] } },
  };
}

function startPreview() {
  const child = spawn(process.execPath, [join(appDir, "node_modules/vite/bin/vite.js"), "preview"], {
    cwd: appDir,
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("vite preview did not start")), 30_000);
    child.stdout.on("data", (chunk) => {
      if (String(chunk).includes(String(PORT))) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on("exit", (code) => reject(new Error(`vite preview exited (${code})`)));
  });
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (v) => `${v.toFixed(1)} ms`;

const dir = await mkdtemp(join(tmpdir(), "matrix-bench-"));
const planPath = join(dir, "ke-hoach-300x1000.json");
await writeFile(planPath, JSON.stringify(generatePlan()));
const server = await startPreview();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});

try {
  const render = { total: [], drawOnly: [], baseline: [] };
  const scroll = { matrix: [], baseline: [] };
  for (let run = 0; run < RENDER_RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(URL_BASE);
    await page.locator('input[type="file"]').setInputFiles(planPath);
    await page.getByRole("grid").waitFor();
    await page.waitForFunction(() => performance.getEntriesByName("kh:matrix-painted").length > 0);
    const marks = await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? Number.NaN;
      return {
        picked: at("kh:file-picked"),
        built: at("kh:workspace-built"),
        painted: at("kh:matrix-painted"),
      };
    });
    render.total.push(marks.painted - marks.picked);
    render.drawOnly.push(marks.painted - marks.built);
    const caption = await page.locator(".mv-matrix__caption").textContent();
    if (!caption?.includes(`${AGENCIES} cơ quan, đơn vị × ${TASKS} nhiệm vụ`))
      throw new Error(`unexpected: ${caption}`);

    if (run === 0) scroll.matrix.push(...(await scrollSteps(page, ".mx-grid", true)));

    // Baseline: a plain table of the same size, in the same page, empty cells.
    const baseline = await page.evaluate(
      ({ rows, cols }) =>
        new Promise((resolve) => {
          const t0 = performance.now();
          const box = document.createElement("div");
          box.className = "bench-baseline";
          box.style.cssText = "position:fixed;inset:0;overflow:auto;background:#fff;z-index:100";
          const table = document.createElement("table");
          const head = table.createTHead().insertRow();
          for (let c = 0; c < cols + 2; c++)
            head.appendChild(document.createElement("th")).textContent = String(c);
          const body = table.createTBody();
          for (let r = 0; r < rows; r++) {
            const tr = body.insertRow();
            tr.appendChild(document.createElement("th")).textContent = `Cơ quan ${r}`;
            for (let c = 0; c < cols + 1; c++) tr.insertCell();
          }
          box.appendChild(table);
          document.body.appendChild(box);
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
        }),
      { rows: AGENCIES, cols: TASKS },
    );
    render.baseline.push(baseline);
    if (run === 0) scroll.baseline.push(...(await scrollSteps(page, ".bench-baseline", false)));
    await page.close();
  }

  const rows = [
    ["render 300 × 1,000 (file → painted)", median(render.total), median(render.baseline)],
    ["  of which drawing (workspace → painted)", median(render.drawOnly), median(render.baseline)],
    ["scroll 10 rows + 8 columns → painted", median(scroll.matrix), median(scroll.baseline)],
  ];
  console.log(
    `\nMa trận ${AGENCIES} cơ quan × ${TASKS} nhiệm vụ — trung vị của ${RENDER_RUNS} lần dựng, ${SCROLL_STEPS} lần cuộn`,
  );
  console.log("| measure | matrix viewer | baseline: plain empty <table> of the same size | ratio |");
  console.log("|---|---|---|---|");
  for (const [name, value, base] of rows)
    console.log(`| ${name} | ${ms(value)} | ${ms(base)} | ${(value / base).toFixed(2)}× |`);
} finally {
  await browser.close();
  server.kill();
  await rm(dir, { recursive: true, force: true });
}

/** Scrolls a container step by step; each step timed until the frame after the new cells are in. */
async function scrollSteps(page, selector, virtual) {
  return page.evaluate(
    ({ selector, steps, virtual }) =>
      new Promise((resolve) => {
        const el = document.querySelector(selector);
        const out = [];
        let i = 0;
        const step = () => {
          if (i >= steps) return resolve(out);
          i++;
          const t0 = performance.now();
          el.scrollTop += 10 * 36;
          el.scrollLeft += 8 * 60;
          const expected = Math.floor(el.scrollTop / 36) + 3;
          const done = () =>
            requestAnimationFrame(() =>
              setTimeout(() => {
                out.push(performance.now() - t0);
                step();
              }, 0),
            );
          if (!virtual) return done();
          // The virtualised grid: wait until the row now at the top is in the DOM.
          const poll = () =>
            el.querySelector(`[aria-rowindex="${expected}"]`) ? done() : requestAnimationFrame(poll);
          poll();
        };
        step();
      }),
    { selector, steps: SCROLL_STEPS, virtual },
  );
}
