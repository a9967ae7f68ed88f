import { cp, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { workflowRank } from "../site-info.js";
import {
  buildPrecache,
  listSiteFiles,
  type PrecacheManifest,
  renderServiceWorker,
  SERVICE_WORKER_FILE,
  SITE_INFO_FILE,
} from "./precache.js";

// Puts the built apps together as one static site: one origin, so the apps share the browser's
// IndexedDB; the landing page at the root with a link to each app; Storybook under storybook/
// when asked; and the service worker that keeps the site usable offline.

export interface AssembledApp {
  sitePath: string;
  /** The app's built files (its vite outDir). */
  distDir: string;
  title?: string;
  summary?: string;
}

export interface AssembleOptions {
  outDir: string;
  apps: AssembledApp[];
  /** Storybook's static build, placed under storybook/. */
  storybookDir?: string | null;
  slug: string;
  /** "/" or "/kehoach/": where the site will be served. */
  basePath: string;
  /** The province hub the apps were built with (HUB_URL); its origin joins the site's connect-src. */
  hubUrl?: string | undefined;
}

export interface SiteRecord {
  slug: string;
  basePath: string;
  version: string;
  apps: string[];
  storybook: boolean;
  /** Files the service worker keeps, and their total size. */
  precachedFiles: number;
  precachedBytes: number;
  /** The province hub the site syncs with, when built with HUB_URL. */
  hubUrl?: string;
}

/** The meta tag by which a page learns that its site has a service worker (absent in a lone app build). */
export const SERVICE_WORKER_META = "kehoach-service-worker";
const APPS_MARKER = "<!--kehoach:apps-->";

const STORYBOOK_LINK = {
  title: "Thư viện giao diện (Storybook)",
  summary: "Thành phần giao diện, chủ đề màu của từng địa phương và mẫu văn bản, cho người thiết kế.",
};

export async function assembleSite(options: AssembleOptions): Promise<SiteRecord> {
  const { outDir, basePath } = options;
  for (const app of options.apps) {
    if (!(await isFile(join(app.distDir, "index.html")))) {
      throw new Error(
        `Thiếu bản dựng của ứng dụng "${app.sitePath || "trang đầu"}" (${app.distDir}/index.html); hãy dựng lại.`,
      );
    }
  }
  const landing = options.apps.find((app) => app.sitePath === "");
  if (!landing) throw new Error('Thiếu trang đầu (ứng dụng có "sitePath": "").');

  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  // The landing page goes first so that the app folders land inside it.
  const ordered = [...options.apps].sort((a, b) => a.sitePath.length - b.sitePath.length);
  for (const app of ordered) await cp(app.distDir, join(outDir, app.sitePath), { recursive: true });
  if (options.storybookDir) await cp(options.storybookDir, join(outDir, "storybook"), { recursive: true });

  const links = [...options.apps]
    .filter((app) => app.sitePath !== "")
    .sort(
      (a, b) => workflowRank(a.sitePath) - workflowRank(b.sitePath) || a.sitePath.localeCompare(b.sitePath),
    )
    .map((app) => ({
      href: `${app.sitePath}/`,
      title: app.title ?? app.sitePath,
      summary: app.summary ?? "",
    }));
  if (options.storybookDir) links.push({ href: "storybook/", ...STORYBOOK_LINK });
  await writeLandingLinks(join(outDir, "index.html"), links, Boolean(options.storybookDir));

  for (const file of await listSiteFiles(outDir)) {
    if (!file.endsWith(".html") || file.startsWith("storybook/")) continue;
    await announceServiceWorker(join(outDir, file), `${basePath}${SERVICE_WORKER_FILE}`);
  }

  const appFolders = ordered
    .map((app) => app.sitePath)
    .filter((path) => path !== "")
    .sort();
  const manifest: PrecacheManifest = await buildPrecache(outDir, appFolders);
  await writeFile(join(outDir, SERVICE_WORKER_FILE), await renderServiceWorker(manifest));
  const record: SiteRecord = {
    slug: options.slug,
    basePath,
    version: manifest.version,
    apps: appFolders,
    storybook: Boolean(options.storybookDir),
    precachedFiles: manifest.files.length,
    precachedBytes: manifest.bytes,
    ...(options.hubUrl ? { hubUrl: options.hubUrl } : {}),
  };
  await writeFile(join(outDir, SITE_INFO_FILE), `${JSON.stringify(record, null, 2)}\n`);
  return record;
}

/** The meta tag by which the landing page learns that Storybook is part of the site. */
export const STORYBOOK_META = "kehoach-storybook";

/**
 * The landing page renders the site's apps itself; the list written here is what a browser
 * without JavaScript shows, and the meta tag tells the page that Storybook is there too.
 */
async function writeLandingLinks(
  indexPath: string,
  links: { href: string; title: string; summary: string }[],
  storybook: boolean,
) {
  let html = await readFile(indexPath, "utf8");
  if (storybook && html.includes("</head>")) {
    html = html.replace("</head>", `<meta name="${STORYBOOK_META}" content="storybook/" />\n  </head>`);
  }
  if (!html.includes(APPS_MARKER)) {
    throw new Error(`Trang đầu (${indexPath}) thiếu chỗ ${APPS_MARKER} để ghi danh sách ứng dụng.`);
  }
  const items = links
    .map(
      (link) =>
        `<li><a href="${escapeHtml(link.href)}">${escapeHtml(link.title)}<span>${escapeHtml(link.summary)}</span></a></li>`,
    )
    .join("\n        ");
  await writeFile(
    indexPath,
    html.replace(APPS_MARKER, `<ul class="landing-apps">\n        ${items}\n      </ul>`),
  );
}

async function announceServiceWorker(htmlPath: string, swUrl: string) {
  const html = await readFile(htmlPath, "utf8");
  if (html.includes(`name="${SERVICE_WORKER_META}"`) || !html.includes("</head>")) return;
  await writeFile(
    htmlPath,
    html.replace(
      "</head>",
      `  <meta name="${SERVICE_WORKER_META}" content="${escapeHtml(swUrl)}" />\n  </head>`,
    ),
  );
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] ?? ch,
  );
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}
