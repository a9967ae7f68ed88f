#!/usr/bin/env node
// The plan builder's benchmark, on the built app (run `pnpm build` first) in Debian's chromium:
//   1. the initial JavaScript of the first screen (gzip), from the build manifest;
//   2. the time from navigation to the first page of the sample plan's preview (cold and warm);
//   3. the input latency while typing in a task, with the preview re-rendering, against the same
//      page with the preview turned off, measured in the same run. Medians of several runs.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

const app = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(app, "dist");
const PORT = 4180;
const BASE = `http://127.0.0.1:${PORT}/plan-builder/`;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const KEYS = Number(process.env.BENCH_KEYS ?? 60);
const TYPING_DELAY_MS = 90; // a fast typist: about 11 characters a second

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (value) => `${value.toFixed(0)} ms`;

// 1. Initial JavaScript: the entry chunk and every chunk it imports statically.
const manifestPath = join(dist, ".vite", "manifest.json");
if (!existsSync(manifestPath)) {
  console.error(
    "Chưa có bản dựng (apps/plan-builder/dist): chạy `pnpm --filter @kehoach/app-plan-builder build` trước.",
  );
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
const initial = new Set();
const css = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  for (const file of chunk.css ?? []) css.add(file);
  for (const next of chunk.imports ?? []) visit(next);
};
const entryKey = Object.keys(manifest).find((key) => manifest[key] === entry);
visit(entryKey);
// The entry loads the app itself (src/boot.tsx) at once, after the CSP setup: it is first-screen code.
for (const key of entry.dynamicImports ?? []) if (key.endsWith("src/boot.tsx")) visit(key);
const gzipSize = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const jsGzip = [...initial].reduce((sum, file) => sum + gzipSize(file), 0);
const cssGzip = [...css].reduce((sum, file) => sum + gzipSize(file), 0);

// A server for the built app.
const server = spawn(
  join(app, "node_modules", ".bin", "vite"),
  ["preview", "--port", String(PORT), "--strictPort"],
  {
    cwd: app,
    stdio: ["ignore", "pipe", "pipe"],
  },
);
await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error("vite preview did not start")), 30_000);
  server.stdout.on("data", (chunk) => {
    if (String(chunk).includes(String(PORT))) {
      clearTimeout(timer);
      resolve();
    }
  });
  server.on("exit", (code) => reject(new Error(`vite preview exited (${code})`)));
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
try {
  // 2. Time to the first preview page of the sample plan.
  const firstPreview = async (page, open) => {
    await open();
    await page.waitForFunction(() => performance.getEntriesByName("pb:first-preview-page").length > 0, null, {
      timeout: 60_000,
    });
    return page.evaluate(() => performance.getEntriesByName("pb:first-preview-page")[0].startTime);
  };
  const cold = [];
  const warm = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    // A new profile: no HTTP cache, an empty database (the sample is stored on the way).
    cold.push(await firstPreview(page, () => page.goto(`${BASE}#/mau`)));
    // The same page reloaded: the browser's cache holds the chunks, the worker and the fonts.
    warm.push(await firstPreview(page, () => page.reload()));
    await context.close();
  }

  // 3. Input latency: from the input event to the frame after it was handled, typing into a
  //    task's text while the preview (or, for the baseline, nothing) re-renders.
  const latency = async (previewOn) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(() => {
      window.__latencies = [];
      // beforeinput, not keydown: letters with Vietnamese marks arrive as text input without a
      // key event of their own, and every one of them must be counted.
      document.addEventListener(
        "beforeinput",
        (event) => {
          const start = event.timeStamp;
          requestAnimationFrame(() =>
            setTimeout(() => window.__latencies.push(performance.now() - start), 0),
          );
        },
        true,
      );
    });
    const page = await context.newPage();
    await page.goto(`${BASE}${previewOn ? "" : "?xem-truoc=tat"}#/mau`);
    // The sample is issued (read-only): take it back to a draft to type in it.
    await page.getByRole("button", { name: "Chuyển về dự thảo" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Chuyển về dự thảo" }).click();
    if (previewOn) {
      await page.waitForFunction(() => performance.getEntriesByName("pb:first-preview-page").length > 0);
    }
    await page.waitForTimeout(1500);
    const field = page.locator('[data-path="tasks[8].title"]');
    await field.click();
    await page.keyboard.press("End");
    await page.evaluate(() => {
      window.__latencies = [];
    });
    const text = " Hội thi trực tuyến có đông đảo người dân, cán bộ, công chức tham gia";
    for (let i = 0; i < KEYS; i++)
      await page.keyboard
        .type(text[i % text.length], { delay: 0 })
        .then(() => page.waitForTimeout(TYPING_DELAY_MS));
    await page.waitForTimeout(500);
    const values = await page.evaluate(() => window.__latencies);
    await context.close();
    return values;
  };
  const withPreview = [];
  const baseline = [];
  for (let run = 0; run < Math.max(1, Math.floor(RUNS / 2)); run++) {
    baseline.push(...(await latency(false)));
    withPreview.push(...(await latency(true)));
  }

  const lines = [
    "plan-builder bench (built app, Debian chromium, headless, no GPU; medians)",
    `  initial JavaScript (gzip):      ${(jsGzip / 1024).toFixed(1)} KB in ${initial.size} file(s); CSS ${(cssGzip / 1024).toFixed(1)} KB`,
    `  first preview page, sample plan: cold ${ms(median(cold))} (n=${cold.length}), warm cache ${ms(median(warm))}`,
    `  input latency while typing:      preview on ${ms(median(withPreview))} (p95 ${ms(percentile(withPreview, 95))}), preview off ${ms(median(baseline))} (p95 ${ms(percentile(baseline, 95))}); ratio ${(median(withPreview) / median(baseline)).toFixed(2)} (n=${withPreview.length}/${baseline.length} keys)`,
  ];
  console.log(lines.join("\n"));
} finally {
  await browser.close();
  server.kill();
}
