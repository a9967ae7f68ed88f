import { type ChildProcess, spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { planDoc, progressDoc } from "@kehoach/hub";
import type { Plan, ReportPeriod } from "@kehoach/plan-model";
import { samplePlan } from "@kehoach/plan-model/sample";
import { chromium, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../../../vitest.shared.ts";
import { startHub } from "../e2e/hub-engine.ts";

// A unit's first sync in the browser, measured (not a test): xã Kim Liên's database on the hub
// holds three years of its work (a 60-task plan a year, one entry per task and quarter: 723
// documents); a new computer signs in to the report generator (built for Nghệ An with HUB_URL, in
// Debian's chromium) and the time runs from the click on "Đăng nhập" to the page showing the
// tasks with the status "Đã đồng bộ", the copy in IndexedDB then counted against the hub's. The
// baseline, measured in the same run on the same computer: opening the page again once the copy
// is there (a reload: the local-first path every later visit takes). Medians of BENCH_RUNS.

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TASKS = 60;
const YEARS = [2024, 2025, 2026];
const HUB_PORT = 4262;
const APP_PORT = 4284;
const APP = `http://127.0.0.1:${APP_PORT}/report-generator/`;
const UNIT = { user: "xa-kim-lien@nghe-an", code: "xa-kim-lien", database: "kh_nghe-an_xa-kim-lien" };
const here = dirname(fileURLToPath(import.meta.url));
const appDir = join(here, "..", "..", "report-generator");
const outDir = join(here, "..", "out", "bench", "report-generator");

function yearPlan(year: number): Plan {
  const tasks = Array.from({ length: TASKS }, (_, i) => ({
    ...structuredClone(samplePlan.tasks[i % samplePlan.tasks.length] as Plan["tasks"][0]),
    id: `t${String(i + 1).padStart(2, "0")}`,
    title: `Nhiệm vụ số ${i + 1} của năm ${year}`,
    time: { raw: "Thường xuyên", kind: "ongoing" as const },
  }));
  return {
    ...structuredClone(samplePlan),
    id: `kh-${year}`,
    planYear: year,
    issuedOn: { year, month: 1, day: 20 },
    tasks,
  };
}

function start(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, {
    cwd: appDir,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function exited(child: ChildProcess): Promise<void> {
  const code = await new Promise<number | null>((r) => child.once("exit", r));
  if (code !== 0) throw new Error(`${child.spawnargs.join(" ")} stopped with ${code}`);
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function ready(page: Page) {
  await page.getByRole("button", { name: /^Kết nối máy chủ tỉnh: Đã đồng bộ/ }).waitFor({ timeout: 120_000 });
  await page.getByRole("heading", { name: /^Tiến độ / }).waitFor({ timeout: 120_000 });
}

/** Documents of the local copy, read from PouchDB's IndexedDB store in the page. */
async function localCount(page: Page): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(`_pouch_${name}`);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction("document-store").objectStore("document-store").count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
      }),
    `kehoach-hub_${UNIT.database}`,
  );
}

export async function run(): Promise<void> {
  const env = { LOCALITY: "nghe-an", HUB_URL: `http://127.0.0.1:${HUB_PORT}` };
  const vite = join(appDir, "node_modules", ".bin", "vite");
  await exited(start(vite, ["build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "error"], env));
  const preview = start(
    vite,
    ["preview", "--outDir", outDir, "--port", String(APP_PORT), "--strictPort"],
    env,
  );
  const hub = await startHub(HUB_PORT);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    await waitFor(APP);
    const docs: unknown[] = [];
    for (const year of YEARS) {
      const plan = yearPlan(year);
      docs.push(planDoc(plan, "issued", { unit: UNIT.code, by: UNIT.user }));
      for (const task of plan.tasks) {
        for (const quarter of [1, 2, 3, 4] as const) {
          const period: ReportPeriod = { kind: "quarter", year, quarter };
          const date = `${year}-${String(quarter * 3 - 1).padStart(2, "0")}-10`;
          docs.push(
            progressDoc(
              {
                plan: { unit: UNIT.code, id: plan.id },
                period,
                entry: {
                  id: `${task.id}@${year}-Q${quarter}`,
                  taskId: task.id,
                  date,
                  state: "in_progress",
                  percent: quarter * 25 - 5,
                  result: `Kết quả quý ${quarter} năm ${year} của ${task.title.toLowerCase()}`,
                  indicators: [{ label: "Tin, bài", value: quarter * 3, unit: "tin, bài" }],
                  evidence: [],
                },
              },
              { unit: UNIT.code, by: UNIT.user, now: new Date(`${date}T08:00:00Z`) },
            ),
          );
        }
      }
    }
    const written = await fetch(`${hub.url}/${UNIT.database}/_bulk_docs`, {
      method: "POST",
      headers: { authorization: hub.adminAuthorization, "content-type": "application/json" },
      body: JSON.stringify({ docs }),
    });
    if (!written.ok) throw new Error(`Filling the unit's database: ${written.status}`);
    const info = (await (
      await fetch(`${hub.url}/${UNIT.database}`, { headers: { authorization: hub.adminAuthorization } })
    ).json()) as { doc_count: number };

    const firstSync: number[] = [];
    const reopen: number[] = [];
    const counts: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
      const page = await context.newPage();
      await page.goto(APP);
      await page.getByRole("button", { name: /^Kết nối máy chủ tỉnh: / }).click();
      const dialog = page.getByRole("dialog", { name: "Kết nối máy chủ tỉnh" });
      await dialog.getByLabel("Tên đăng nhập", { exact: false }).fill(UNIT.user);
      await dialog.getByLabel("Mật khẩu", { exact: false }).fill(hub.passwords.get(UNIT.user) as string);
      const started = performance.now();
      await dialog.getByRole("button", { name: "Đăng nhập" }).click();
      await page.waitForEvent("load");
      await ready(page);
      firstSync.push(performance.now() - started);
      counts.push(await localCount(page));
      const again = performance.now();
      await page.reload();
      await ready(page);
      reopen.push(performance.now() - again);
      await context.close();
    }
    const first = median(firstSync);
    const base = median(reopen);
    console.log(
      `Hub ${hub.url} (PouchDB Server in memory); report generator in Debian chromium; ${RUNS} runs, medians.`,
    );
    console.log(
      `documents of xã Kim Liên on the hub: ${info.doc_count}; in each new computer's copy: ${counts.join(", ")}`,
    );
    console.log(
      `first sync (sign-in → tasks shown, "Đã đồng bộ"): ${first.toFixed(0)} ms (${((info.doc_count / first) * 1000).toFixed(0)} docs/s); runs ${firstSync.map((t) => t.toFixed(0)).join(", ")}`,
    );
    console.log(
      `baseline, reopening with the copy there: ${base.toFixed(0)} ms; runs ${reopen.map((t) => t.toFixed(0)).join(", ")}`,
    );
    console.log(`ratio first sync / reopen: ${(first / base).toFixed(2)}`);
    if (counts.some((c) => c !== info.doc_count)) {
      throw new Error(`A copy differs from the hub: ${counts.join(", ")} ≠ ${info.doc_count}`);
    }
  } finally {
    await browser.close();
    await hub.stop();
    preview.kill();
  }
}
