import { existsSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { resolvedValues } from "@kehoach/ui/theme";
import { defaultClientConditions, type HtmlTagDescriptor, type Plugin } from "vite";
import { agencyOptions } from "./agency-options.js";
import { parseHubUrl } from "./hub-url.js";
import { type LoadedLocality, loadLocality } from "./locality-files.js";
import type { SiteHeaders } from "./serve/nginx-headers.js";
import { discoverApps } from "./site/apps.js";
import { normaliseBasePath, type SiteAppLink, siteInfo, workflowRank } from "./site-info.js";
import { readSiteHeaders, siteHeadersMiddleware } from "./vite-headers.js";

// The one place where an app learns where it is deployed and for whom: every app's vite.config
// uses this plugin, so base paths, the locality's data and its theme, the list of the site's apps
// (for the shell's navigation) and the site's response headers are handled the same way.

/** The locality built when LOCALITY is not set: the commune of the sample plan. */
export const DEFAULT_LOCALITY = "kim-lien";

const SITE_ID = "virtual:kehoach/site";
const THEME_ID = "virtual:kehoach/theme.css";

/** The id of the <datalist> of the locality's agency names that every page carries. */
export const AGENCY_DATALIST_ID = "kehoach-agencies";

export interface KehoachSiteOptions {
  /** The app's folder in the site: "plan-builder"; "" for the landing page. */
  app: string;
  /** Defaults to the LOCALITY environment variable, then DEFAULT_LOCALITY. */
  locality?: string;
  /** Defaults to the `localities` folder of the repository the app sits in. */
  localitiesDir?: string;
  /**
   * The repository whose `apps/*` make the site and whose `deploy/nginx.conf` gives the headers of
   * the dev and preview servers; found from the app's folder by default.
   */
  repoRoot?: string;
  /** The province hub's address; defaults to the HUB_URL environment variable (none: local-first only). */
  hubUrl?: string;
}

export function kehoachSite(options: KehoachSiteOptions): Plugin {
  const slug = options.locality ?? process.env.LOCALITY ?? DEFAULT_LOCALITY;
  const basePath = normaliseBasePath(process.env.BASE_PATH);
  const hubUrl = parseHubUrl(options.hubUrl ?? process.env.HUB_URL);
  let loaded: LoadedLocality;
  let root = process.cwd();
  let apps: SiteAppLink[] = [];
  let headers: SiteHeaders | null = null;

  return {
    name: "kehoach-site",
    async config(config) {
      root = resolve(config.root ?? process.cwd());
      const repoRoot = options.repoRoot ?? findRepoRoot(root);
      const localitiesDir = options.localitiesDir ?? join(repoRoot ?? root, "localities");
      loaded = await loadLocality(localitiesDir, slug);
      if (repoRoot) {
        apps = siteAppLinks(await discoverApps(repoRoot), basePath);
        headers = readSiteHeaders(repoRoot);
      }
      return {
        base: options.app ? `${basePath}${options.app}/` : basePath,
        resolve: { conditions: ["@kehoach/source", ...defaultClientConditions] },
      };
    },
    configureServer(server) {
      if (headers) server.middlewares.use(siteHeadersMiddleware(headers, basePath, "dev", hubUrl));
    },
    configurePreviewServer(server) {
      if (headers) server.middlewares.use(siteHeadersMiddleware(headers, basePath, "preview", hubUrl));
    },
    resolveId(id) {
      if (id === SITE_ID) return `\0${SITE_ID}`;
      if (id === THEME_ID) return `\0${THEME_ID}`;
      return undefined;
    },
    load(id) {
      if (id === `\0${THEME_ID}`) return loaded.themeCss;
      if (id !== `\0${SITE_ID}`) return undefined;
      const info = siteInfo(loaded.locality, basePath, options.app, loaded.themeClass, apps);
      const logo = loaded.logoPath
        ? `import logoUrl from ${JSON.stringify(`${loaded.logoPath}?url`)};`
        : "const logoUrl = undefined;";
      return [
        `import ${JSON.stringify(THEME_ID)};`,
        logo,
        `export const site = { ...${JSON.stringify(info)}, logoUrl, hubUrl: ${hubUrl ? JSON.stringify(hubUrl) : "undefined"} };`,
        "export default site;",
      ].join("\n");
    },
    transformIndexHtml: {
      // "pre": the favicon link below is then resolved and emitted by Vite like any asset.
      order: "pre",
      handler(html) {
        // The theme class on <html> colours the page before any script runs.
        const themed = html.replace(/<html([^>]*)>/, (_match, attrs: string) =>
          /class=/.test(attrs)
            ? `<html${attrs.replace(/class="([^"]*)"/, `class="$1 ${loaded.themeClass}"`)} data-locality="${loaded.slug}">`
            : `<html${attrs} class="${loaded.themeClass}" data-locality="${loaded.slug}">`,
        );
        return { html: themed, tags: pageTags(loaded, root) };
      },
    },
  };
}

/**
 * What every page of the locality carries without a script: its emblem as the favicon, its header
 * colour as the browser's theme colour, and its agency names as a <datalist> that any
 * `<input list="kehoach-agencies">` offers while typing (canonical names, with the short names and
 * aliases as the label, so "VHXH" finds "Phòng Văn hóa - Xã hội").
 */
function pageTags(loaded: LoadedLocality, root: string): HtmlTagDescriptor[] {
  const tags: HtmlTagDescriptor[] = [];
  if (loaded.logoPath) {
    const href = relative(root, loaded.logoPath).split(sep).join("/");
    const type = loaded.logoPath.endsWith(".svg") ? "image/svg+xml" : "image/png";
    tags.push({ tag: "link", attrs: { rel: "icon", type, href }, injectTo: "head" });
  }
  const header = loaded.theme ? resolvedValues(loaded.theme).get("color-header-background") : undefined;
  if (header) tags.push({ tag: "meta", attrs: { name: "theme-color", content: header }, injectTo: "head" });
  tags.push({
    tag: "datalist",
    attrs: { id: AGENCY_DATALIST_ID, "data-locality": loaded.slug },
    children: agencyOptions(loaded.locality).map((option) => ({
      tag: "option",
      attrs: option.label ? { value: option.value, label: option.label } : { value: option.value },
    })),
    injectTo: "body",
  });
  return tags;
}

/** The workspace the app belongs to: the nearest folder up with pnpm-workspace.yaml and apps/. */
function findRepoRoot(start: string): string | undefined {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, "pnpm-workspace.yaml")) && existsSync(join(dir, "apps"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The site's apps as the shell links them: every app but the landing page, in the order of the work. */
export function siteAppLinks(
  apps: readonly {
    sitePath: string;
    title?: string;
    titleEn?: string;
    summary?: string;
    summaryEn?: string;
  }[],
  basePath: string,
): SiteAppLink[] {
  return apps
    .filter((app) => app.sitePath !== "")
    .map((app, index) => ({ app, index }))
    .sort((a, b) => workflowRank(a.app.sitePath) - workflowRank(b.app.sitePath) || a.index - b.index)
    .map(({ app }) => ({
      id: app.sitePath,
      href: `${basePath}${app.sitePath}/`,
      title: app.title ?? app.sitePath,
      titleEn: app.titleEn ?? app.title ?? app.sitePath,
      summary: app.summary ?? "",
      summaryEn: app.summaryEn ?? app.summary ?? "",
    }));
}
