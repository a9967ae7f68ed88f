import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Script } from "node:vm";
import { describe, expect, it } from "vitest";
import { tempDir, writeTree } from "../test-support/fixtures.js";
import { assembleSite } from "./assemble.js";
import { buildPrecache, isPrecached, listSiteFiles, renderServiceWorker } from "./precache.js";

// The assembled site is what a locality deploys: one folder, the landing page linking every app,
// and a service worker that knows every file a page may ask for, versioned by their contents.

const LANDING = `<!doctype html><html><head><title>Kế hoạch Kit</title></head><body><h2>Ứng dụng</h2><!--kehoach:apps--></body></html>`;
const APP = `<!doctype html><html><head><title>App</title><script type="module" src="./assets/index-AbCdEf12.js"></script></head><body><div id="root"></div></body></html>`;

async function fixtureBuilds() {
  const root = await tempDir("dists");
  await writeTree(root, {
    "landing/index.html": LANDING,
    "landing/assets/index-Landing1.js": "console.log('landing')",
    "plan-builder/index.html": APP,
    "plan-builder/assets/index-AbCdEf12.js": "import('./pdf-Lazy1234.js')",
    "plan-builder/assets/pdf-Lazy1234.js": "export const pdf = 1",
    "plan-builder/assets/pdf-Lazy1234.js.map": "{}",
    "plan-builder/assets/Tinos_400Regular-Xy12Ab34.ttf": "font bytes",
    "matrix-viewer/index.html": APP,
    "storybook/index.html": "<!doctype html><html><head></head><body>sb</body></html>",
  });
  return root;
}

async function assemble(builds: string, basePath = "/", withStorybook = false) {
  const outDir = join(await tempDir("site"), "site");
  const record = await assembleSite({
    outDir,
    apps: [
      {
        sitePath: "plan-builder",
        distDir: join(builds, "plan-builder"),
        title: "Soạn kế hoạch",
        summary: "Soạn & xuất PDF",
      },
      { sitePath: "", distDir: join(builds, "landing") },
      { sitePath: "matrix-viewer", distDir: join(builds, "matrix-viewer"), title: "Phân công trách nhiệm" },
    ],
    storybookDir: withStorybook ? join(builds, "storybook") : null,
    slug: "kim-lien",
    basePath,
  });
  return { outDir, record };
}

describe("assembling the site", () => {
  it("puts the landing page at the root and links every app from it, escaping their titles", async () => {
    const { outDir, record } = await assemble(await fixtureBuilds());
    const landing = await readFile(join(outDir, "index.html"), "utf8");
    const planBuilder = landing.indexOf(
      '<a href="plan-builder/">Soạn kế hoạch<span>Soạn &amp; xuất PDF</span></a>',
    );
    const matrix = landing.indexOf('<a href="matrix-viewer/">Phân công trách nhiệm<span></span></a>');
    // In the order of the work: write the plan, then see who does what.
    expect(planBuilder).toBeGreaterThan(-1);
    expect(matrix).toBeGreaterThan(planBuilder);
    expect(landing).not.toContain("<!--kehoach:apps-->");
    expect(landing).not.toContain("storybook/");
    expect(record).toMatchObject({
      slug: "kim-lien",
      basePath: "/",
      apps: ["matrix-viewer", "plan-builder"],
      storybook: false,
    });
  });

  it("tells every page where the service worker is, under the base path", async () => {
    const { outDir } = await assemble(await fixtureBuilds(), "/kehoach/");
    for (const page of ["index.html", "plan-builder/index.html", "matrix-viewer/index.html"]) {
      expect(await readFile(join(outDir, page), "utf8")).toContain(
        '<meta name="kehoach-service-worker" content="/kehoach/sw.js" />',
      );
    }
  });

  it("precaches pages, scripts, lazy chunks and fonts, but not source maps or Storybook", async () => {
    const { outDir, record } = await assemble(await fixtureBuilds(), "/", true);
    const sw = await readFile(join(outDir, "sw.js"), "utf8");
    const manifest = JSON.parse(/const PRECACHE = (\{.*\});/.exec(sw)?.[1] ?? "null");
    expect(manifest.files).toEqual(
      [
        "index.html",
        "assets/index-Landing1.js",
        "matrix-viewer/index.html",
        "plan-builder/assets/Tinos_400Regular-Xy12Ab34.ttf",
        "plan-builder/assets/index-AbCdEf12.js",
        "plan-builder/assets/pdf-Lazy1234.js",
        "plan-builder/index.html",
      ].sort(),
    );
    expect(manifest.apps).toEqual(["matrix-viewer", "plan-builder"]);
    expect(record.precachedFiles).toBe(7);
    expect(record.storybook).toBe(true);
    expect(await readFile(join(outDir, "index.html"), "utf8")).toContain('<a href="storybook/">');
    expect(await readFile(join(outDir, "index.html"), "utf8")).toContain(
      '<meta name="kehoach-storybook" content="storybook/" />',
    );
    expect(await readFile(join(outDir, "storybook/index.html"), "utf8")).not.toContain(
      "kehoach-service-worker",
    );
    // The written worker is a script the browser can compile.
    expect(() => new Script(sw)).not.toThrow();
  });

  it("gives a new version when any precached file changes, and the same version otherwise", async () => {
    const builds = await fixtureBuilds();
    const first = (await assemble(builds)).record.version;
    expect((await assemble(builds)).record.version).toBe(first);
    await writeFile(join(builds, "plan-builder/assets/pdf-Lazy1234.js"), "export const pdf = 2");
    expect((await assemble(builds)).record.version).not.toBe(first);
  });

  it("refuses a landing page without the place for the links, and an app that was not built", async () => {
    const builds = await fixtureBuilds();
    await writeFile(join(builds, "landing/index.html"), "<html><head></head><body></body></html>");
    await expect(assemble(builds)).rejects.toThrow(/<!--kehoach:apps-->/);
    const outDir = join(await tempDir("site"), "site");
    await expect(
      assembleSite({
        outDir,
        apps: [{ sitePath: "", distDir: join(builds, "missing") }],
        slug: "x",
        basePath: "/",
      }),
    ).rejects.toThrow(/Thiếu bản dựng/);
  });
});

describe("the precache list", () => {
  it.each([
    ["plan-builder/assets/pdf-x.js", true],
    ["plan-builder/assets/Tinos_700Bold-x.ttf", true],
    ["plan-builder/assets/pdf-x.js.map", false],
    ["sw.js", false],
    ["kehoach-site.json", false],
    ["storybook/iframe.html", false],
  ])("%s precached: %s", (path, expected) => {
    expect(isPrecached(path)).toBe(expected);
  });

  it("lists files with / separators, sorted, and measures them", async () => {
    const dir = await writeTree(await tempDir("files"), { "b/c.js": "12345", "a.html": "123" });
    expect(await listSiteFiles(dir)).toEqual(["a.html", "b/c.js"]);
    const manifest = await buildPrecache(dir, ["b"]);
    expect(manifest).toMatchObject({ files: ["a.html", "b/c.js"], apps: ["b"], bytes: 8 });
    expect(manifest.version).toMatch(/^[0-9a-f]{16}$/);
    expect(await renderServiceWorker(manifest)).toContain(`// Kế hoạch Kit ${manifest.version}`);
  });
});
