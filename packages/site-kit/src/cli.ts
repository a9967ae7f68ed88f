import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { parseHubUrl } from "./hub-url.js";
import { LocalityError, listLocalities, loadLocality } from "./locality-files.js";
import { newLocality, terminalAsk, UsageError } from "./locality-new/cli.js";
import { checkSite } from "./serve/check.js";
import { siteHeadersFromNginx } from "./serve/nginx-headers.js";
import { createSiteServer, listen } from "./serve/server.js";
import { discoverApps, storybookDir } from "./site/apps.js";
import { assembleSite, type SiteRecord } from "./site/assemble.js";
import { BuildStepError, buildSite } from "./site/build.js";
import { SITE_INFO_FILE } from "./site/precache.js";
import { normaliseBasePath } from "./site-info.js";
import { DEFAULT_LOCALITY } from "./vite.js";

// kehoach-site <command>: the site-level commands behind the root scripts.
//   build         check LOCALITY, build every app for it (turbo), assemble dist/site
//   assemble      assemble dist/site from apps/*/dist already built
//   serve         serve dist/site like deploy/nginx.conf does (--check: open every first page, then stop)
//   check         check a locality (or all of them) and say what is wrong
//   locality-new  create localities/<slug> from the template

const HELP = `kehoach-site build [--isolated --out <dir>] | assemble | serve [dir] [--check] | check [slug] | locality-new <slug> …
Biến môi trường: LOCALITY (mặc định ${DEFAULT_LOCALITY}), BASE_PATH (mặc định /), WITH_STORYBOOK=1, PORT (mặc định 4173).`;

export async function main(argv: string[], repoRoot: string): Promise<number> {
  const [command, ...rest] = argv;
  const env = process.env;
  const outDir = join(repoRoot, "dist", "site");
  try {
    switch (command) {
      case "build": {
        // --isolated --out <dir>: build each app straight into a temporary folder (tests).
        const { values } = parseArgs({
          args: rest,
          options: { out: { type: "string" }, isolated: { type: "boolean" } },
        });
        const target = values.out ? resolve(values.out) : outDir;
        const result = await buildSite({
          repoRoot,
          locality: env.LOCALITY || DEFAULT_LOCALITY,
          basePath: env.BASE_PATH,
          outDir: target,
          withStorybook: isOn(env.WITH_STORYBOOK),
          mode: values.isolated ? "isolated" : "turbo",
        });
        report(result, target);
        console.log(
          `Thời gian: dựng ${(result.buildMs / 1000).toFixed(1)} s, ghép ${(result.assembleMs / 1000).toFixed(1)} s.`,
        );
        return 0;
      }
      case "assemble": {
        const loaded = await loadLocality(join(repoRoot, "localities"), env.LOCALITY || DEFAULT_LOCALITY);
        const apps = await discoverApps(repoRoot);
        const withStorybook = isOn(env.WITH_STORYBOOK);
        const record = await assembleSite({
          outDir,
          apps: apps.map((app) => ({ ...app, distDir: join(app.dir, "dist") })),
          storybookDir: withStorybook ? await storybookDir(repoRoot) : null,
          slug: loaded.slug,
          basePath: normaliseBasePath(env.BASE_PATH),
          hubUrl: parseHubUrl(env.HUB_URL),
        });
        report(record, outDir);
        return 0;
      }
      case "serve": {
        // --check: serve on a free port, open every first page and its files, then stop (CI).
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { check: { type: "boolean", default: false } },
        });
        const root = resolve(positionals[0] ?? outDir);
        const record = JSON.parse(await readFile(join(root, SITE_INFO_FILE), "utf8")) as SiteRecord;
        const headers = siteHeadersFromNginx(await readFile(join(repoRoot, "deploy", "nginx.conf"), "utf8"));
        const server = createSiteServer({
          root,
          basePath: record.basePath,
          apps: record.apps,
          headers,
          hubUrl: record.hubUrl,
        });
        const port = values.check ? 0 : Number(env.PORT ?? 4173);
        const host = env.HOST ?? "127.0.0.1";
        const { url, stop } = await listen(server, port, host);
        if (values.check) {
          try {
            const result = await checkSite(record, url);
            for (const page of result.pages) {
              console.log(`✓ ${page.label}: ${page.url} (${page.assets} tệp)`);
            }
            if (result.problems.length > 0) {
              console.error(`Trang web chưa chạy đúng (${result.problems.length} lỗi):`);
              for (const problem of result.problems) console.error(`  - ${problem}`);
              return 1;
            }
            console.log(`Kiểm tra xong: ${result.pages.length} trang của ${record.slug} mở được, đủ tệp.`);
            return 0;
          } finally {
            await stop();
          }
        }
        console.log(`Kế hoạch Kit (${record.slug}) đang chạy tại ${url}${record.basePath}`);
        for (const app of record.apps) console.log(`  ${url}${record.basePath}${app}/`);
        if (record.apps.includes("plan-builder")) {
          console.log(`Kế hoạch mẫu, mở ngay trong trình soạn: ${url}${record.basePath}plan-builder/#/mau`);
        }
        if (record.storybook) console.log(`  ${url}${record.basePath}storybook/`);
        console.log("Tiêu đề bảo mật lấy từ deploy/nginx.conf. Nhấn Ctrl+C để dừng.");
        return 0; // the listening server keeps the process running
      }
      case "check": {
        const localitiesDir = join(repoRoot, "localities");
        const slugs = rest[0] ? [rest[0]] : await listLocalities(localitiesDir);
        let failed = 0;
        for (const slug of slugs) {
          try {
            const { locality } = await loadLocality(localitiesDir, slug);
            console.log(`✓ localities/${slug}: ${locality.name} (${locality.agencies.length} cơ quan)`);
          } catch (error) {
            if (!(error instanceof LocalityError)) throw error;
            failed += 1;
            console.error(error.message);
          }
        }
        return failed === 0 ? 0 : 1;
      }
      case "locality-new": {
        const interactive = Boolean(process.stdin.isTTY);
        const terminal = interactive ? terminalAsk() : null;
        try {
          await newLocality(rest, {
            repoRoot,
            interactive,
            ...(terminal ? { ask: terminal.ask } : {}),
            print: (line) => console.log(line),
          });
        } finally {
          terminal?.close();
        }
        return 0;
      }
      default:
        console.log(HELP);
        return command === undefined || command === "help" || command === "--help" ? 0 : 1;
    }
  } catch (error) {
    if (error instanceof LocalityError) {
      console.error(error.message);
      console.error(
        "Sửa tệp theo hướng dẫn trên rồi dựng lại; giải thích từng trường: localities/example/README.md.",
      );
      return 1;
    }
    if (error instanceof UsageError) {
      if (error.message) console.error(error.message);
      return error.message ? 1 : 0;
    }
    if (error instanceof BuildStepError) {
      console.error(error.output);
      console.error(error.message);
      return 1;
    }
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

function isOn(value: string | undefined): boolean {
  return value !== undefined && value !== "" && value !== "0" && value.toLowerCase() !== "false";
}

function report(record: SiteRecord, outDir: string) {
  const mb = (record.precachedBytes / 1024 / 1024).toFixed(1);
  console.log(`Đã ghép trang web vào ${outDir} cho ${record.slug}, đường dẫn gốc ${record.basePath}:`);
  console.log(
    `  trang đầu, ${record.apps.map((app) => `${app}/`).join(", ")}${record.storybook ? ", storybook/" : ""}`,
  );
  if (record.hubUrl) console.log(`  máy chủ tỉnh: ${record.hubUrl}`);
  console.log(
    `  sw.js giữ ${record.precachedFiles} tệp (${mb} MB) để dùng khi không có mạng; phiên bản ${record.version}.`,
  );
}
