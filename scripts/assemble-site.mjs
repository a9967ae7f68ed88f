#!/usr/bin/env node
// Puts the built apps together as one static site (one origin, so they share the browser's
// IndexedDB): the landing page at the root and each app in its own folder. An app takes part by
// declaring "kehoach": { "sitePath", "title", "summary" } in its package.json.
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist", "site");

const escapeHtml = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch],
  );

async function exists(path) {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

const apps = [];
for (const name of (await readdir(join(root, "apps"))).sort()) {
  const dir = join(root, "apps", name);
  const manifest = join(dir, "package.json");
  if (!(await exists(manifest))) continue;
  const pkg = JSON.parse(await readFile(manifest, "utf8"));
  if (!pkg.kehoach || typeof pkg.kehoach.sitePath !== "string") continue;
  if (!(await exists(join(dir, "dist", "index.html")))) {
    console.error(`Thiếu bản dựng của ${pkg.name} (apps/${name}/dist): hãy chạy "pnpm build" trước.`);
    process.exit(1);
  }
  apps.push({ dir, ...pkg.kehoach });
}

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
// The landing page (sitePath "") goes first so that app folders land inside it.
apps.sort((a, b) => a.sitePath.length - b.sitePath.length);
for (const app of apps) {
  await cp(join(app.dir, "dist"), join(out, app.sitePath), { recursive: true });
}

const links = apps
  .filter((app) => app.sitePath !== "")
  .map(
    (app) =>
      `<li><a href="${escapeHtml(app.sitePath)}/">${escapeHtml(app.title ?? app.sitePath)}<span>${escapeHtml(app.summary ?? "")}</span></a></li>`,
  )
  .join("\n        ");
const indexPath = join(out, "index.html");
const index = await readFile(indexPath, "utf8");
await writeFile(
  indexPath,
  index.replace("<!--kehoach:apps-->", `<ul class="landing-apps">\n        ${links}\n      </ul>`),
);

console.log(`Đã ghép trang web vào ${out}: ${apps.map((a) => `/${a.sitePath}`).join(", ")}`);
