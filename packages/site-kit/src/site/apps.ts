import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";

// An app takes part in the site by declaring "kehoach": { "sitePath", "title", "summary" } in its
// package.json; the landing page has sitePath "". Storybook is not an app of the site: it is added
// under storybook/ only when asked for.

export interface SiteApp {
  /** The package name: "@kehoach/app-plan-builder". */
  name: string;
  /** The app's folder: /repo/apps/plan-builder. */
  dir: string;
  /** Its folder in the site: "plan-builder"; "" for the landing page. */
  sitePath: string;
  title?: string;
  /** The title on a page shown in English. */
  titleEn?: string;
  summary?: string;
  summaryEn?: string;
}

const SITE_PATH = /^([a-z0-9]+(-[a-z0-9]+)*)?$/;

export async function discoverApps(repoRoot: string): Promise<SiteApp[]> {
  const appsDir = join(repoRoot, "apps");
  const apps: SiteApp[] = [];
  for (const entry of (await readdir(appsDir, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (!entry.isDirectory()) continue;
    const manifest = join(appsDir, entry.name, "package.json");
    const text = await readFile(manifest, "utf8").catch(() => null);
    if (text === null) continue;
    const pkg = JSON.parse(text) as { name?: string; kehoach?: Record<string, unknown> };
    const site = pkg.kehoach;
    if (!site || typeof site.sitePath !== "string") continue;
    if (!SITE_PATH.test(site.sitePath)) {
      throw new Error(
        `apps/${entry.name}/package.json › kehoach.sitePath: "${site.sitePath}" không dùng được làm tên thư mục; chỉ gồm chữ thường không dấu, số và dấu gạch ngang.`,
      );
    }
    apps.push({
      name: pkg.name ?? entry.name,
      dir: join(appsDir, entry.name),
      sitePath: site.sitePath,
      ...(typeof site.title === "string" ? { title: site.title } : {}),
      ...(typeof site.titleEn === "string" ? { titleEn: site.titleEn } : {}),
      ...(typeof site.summary === "string" ? { summary: site.summary } : {}),
      ...(typeof site.summaryEn === "string" ? { summaryEn: site.summaryEn } : {}),
    });
  }
  const landing = apps.filter((app) => app.sitePath === "");
  if (landing.length !== 1) {
    throw new Error(
      `Cần đúng một ứng dụng có "kehoach": { "sitePath": "" } (trang đầu); đang có ${landing.length}.`,
    );
  }
  const seen = new Set<string>();
  for (const app of apps) {
    if (seen.has(app.sitePath)) throw new Error(`Hai ứng dụng cùng dùng thư mục "${app.sitePath}".`);
    seen.add(app.sitePath);
  }
  return apps;
}

/** The Storybook app's build, when there is one. */
export async function storybookDir(repoRoot: string): Promise<string | null> {
  const dir = join(repoRoot, "apps", "storybook", "storybook-static");
  return (await stat(join(dir, "index.html")).catch(() => null)) ? dir : null;
}
