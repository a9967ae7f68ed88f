import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

// What the service worker keeps for offline use: every file of the assembled site that a page can
// ask for (pages, scripts, stylesheets, fonts, images, the lazy PDF chunks), and a version computed
// from their contents, so any change to any file gives a new sw.js and the browser updates.

export const SERVICE_WORKER_FILE = "sw.js";
export const SITE_INFO_FILE = "kehoach-site.json";

export interface PrecacheManifest {
  /** 16 hex digits of a hash over every precached path and its content. */
  version: string;
  /** Paths relative to the site root, "/"-separated: "index.html", "plan-builder/assets/pdf-x.js". */
  files: string[];
  /** The app folders, so a deep link inside an app ("plan-builder/anything") opens that app offline. */
  apps: string[];
  /** Total bytes of the precached files. */
  bytes: number;
}

/** Files a page never needs: source maps, the service worker itself, the build record, Storybook. */
export function isPrecached(path: string): boolean {
  if (path === SERVICE_WORKER_FILE || path === SITE_INFO_FILE) return false;
  if (path.endsWith(".map")) return false;
  if (path === "storybook" || path.startsWith("storybook/")) return false;
  return true;
}

export async function listSiteFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

export async function buildPrecache(siteDir: string, apps: string[]): Promise<PrecacheManifest> {
  const files = (await listSiteFiles(siteDir)).filter(isPrecached);
  const whole = createHash("sha256");
  let bytes = 0;
  for (const file of files) {
    const content = await readFile(join(siteDir, file));
    bytes += content.byteLength;
    whole.update(file).update("\0").update(createHash("sha256").update(content).digest()).update("\0");
  }
  return { version: whole.digest("hex").slice(0, 16), files, apps: [...apps].sort(), bytes };
}

const PLACEHOLDER = "self.__KEHOACH_PRECACHE__";

/** The service worker with its manifest written in. */
export async function renderServiceWorker(manifest: PrecacheManifest): Promise<string> {
  const template = await readFile(
    fileURLToPath(new URL("../../sw/service-worker.js", import.meta.url)),
    "utf8",
  );
  if (template.split(PLACEHOLDER).length !== 2) {
    throw new Error(`sw/service-worker.js phải chứa đúng một chỗ ${PLACEHOLDER}.`);
  }
  const data = JSON.stringify({ version: manifest.version, files: manifest.files, apps: manifest.apps });
  return `// Kế hoạch Kit ${manifest.version}\n${template.replace(PLACEHOLDER, data)}`;
}
