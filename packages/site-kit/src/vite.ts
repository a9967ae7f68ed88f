import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { defaultClientConditions, type Plugin } from "vite";
import { type LoadedLocality, loadLocality } from "./locality-files.js";
import { normaliseBasePath, siteInfo } from "./site-info.js";

// The one place where an app learns where it is deployed and for whom: every app's vite.config
// uses this plugin, so base paths, the locality's data and its theme are handled the same way.

/** The locality built when LOCALITY is not set: the commune of the sample plan. */
export const DEFAULT_LOCALITY = "kim-lien";

const SITE_ID = "virtual:kehoach/site";
const THEME_ID = "virtual:kehoach/theme.css";

export interface KehoachSiteOptions {
  /** The app's folder in the site: "plan-builder"; "" for the landing page. */
  app: string;
  /** Defaults to the LOCALITY environment variable, then DEFAULT_LOCALITY. */
  locality?: string;
  /** Defaults to the `localities` folder of the repository the app sits in. */
  localitiesDir?: string;
}

export function kehoachSite(options: KehoachSiteOptions): Plugin {
  const slug = options.locality ?? process.env.LOCALITY ?? DEFAULT_LOCALITY;
  const basePath = normaliseBasePath(process.env.BASE_PATH);
  let loaded: LoadedLocality;

  return {
    name: "kehoach-site",
    async config(config) {
      const localitiesDir = options.localitiesDir ?? findLocalitiesDir(resolve(config.root ?? process.cwd()));
      loaded = await loadLocality(localitiesDir, slug);
      return {
        base: options.app ? `${basePath}${options.app}/` : basePath,
        resolve: { conditions: ["@kehoach/source", ...defaultClientConditions] },
      };
    },
    resolveId(id) {
      if (id === SITE_ID) return `\0${SITE_ID}`;
      if (id === THEME_ID) return `\0${THEME_ID}`;
      return undefined;
    },
    load(id) {
      if (id === `\0${THEME_ID}`) return loaded.themeCss;
      if (id !== `\0${SITE_ID}`) return undefined;
      const info = siteInfo(loaded.locality, basePath, options.app, loaded.themeClass);
      const logo = loaded.logoPath
        ? `import logoUrl from ${JSON.stringify(`${loaded.logoPath}?url`)};`
        : "const logoUrl = undefined;";
      return [
        `import ${JSON.stringify(THEME_ID)};`,
        logo,
        `export const site = { ...${JSON.stringify(info)}, logoUrl };`,
        "export default site;",
      ].join("\n");
    },
    transformIndexHtml(html) {
      // The theme class on <html> colours the page before any script runs.
      return html.replace(/<html([^>]*)>/, (_match, attrs: string) =>
        /class=/.test(attrs)
          ? `<html${attrs.replace(/class="([^"]*)"/, `class="$1 ${loaded.themeClass}"`)}>`
          : `<html${attrs} class="${loaded.themeClass}">`,
      );
    },
  };
}

function findLocalitiesDir(start: string): string {
  let dir = start;
  for (;;) {
    const candidate = join(dir, "localities");
    if (existsSync(join(dir, "pnpm-workspace.yaml")) && existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return join(start, "localities");
    dir = parent;
  }
}
