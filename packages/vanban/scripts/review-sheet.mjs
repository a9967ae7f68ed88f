// Review sheet for designers: renders every specimen in both size sets, turns each page into a
// PNG with poppler's pdftoppm, runs the compliance checker on it, and writes one index.html.
// Output: packages/vanban/out/review-sheet/ (ignored by git). Run from the package:
//   pnpm --filter @kehoach/vanban review-sheet
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { inspectPdf } from "@kehoach/pdf-inspect";
import { checkNd30 } from "../dist/compliance/index.js";
import { loadTinosFromNodeModules } from "../dist/fonts/node.js";
import { nd30Profile } from "../dist/index.js";
import { renderPdf } from "../dist/pdf/index.js";
import { allSpecimens } from "../dist/specimens/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "out", "review-sheet");
const resolution = Number(process.env.REVIEW_DPI ?? 80);

try {
  execFileSync("pdftoppm", ["-v"], { stdio: "ignore" });
} catch {
  console.error("Không tìm thấy pdftoppm. Cài poppler: apt-get install -y poppler-utils");
  process.exit(1);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const fonts = await loadTinosFromNodeModules();
const escapeHtml = (s) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

const sections = [];
for (const specimen of allSpecimens()) {
  const cells = [];
  for (const set of [13, 14]) {
    const base = `${specimen.id}-set${set}`;
    const pdf = await renderPdf(specimen.doc, { fonts, profile: nd30Profile(set) });
    writeFileSync(join(out, `${base}.pdf`), pdf);
    execFileSync("pdftoppm", ["-r", String(resolution), "-png", join(out, `${base}.pdf`), join(out, base)]);
    const pages = readdirSync(out)
      .filter((f) => f.startsWith(`${base}-`) && f.endsWith(".png"))
      .sort((a, b) => Number(a.match(/-(\d+)\.png$/)[1]) - Number(b.match(/-(\d+)\.png$/)[1]));
    const report = checkNd30(await inspectPdf(pdf));
    const verdict = report.ok
      ? `<p class="ok">Đạt ${report.checks.length}/${report.checks.length} mục kiểm tra (Nghị định 30, §14.2)</p>`
      : `<details class="fail" open><summary>${report.failures.length} mục chưa đạt</summary><ul>${report.failures
          .map(
            (f) =>
              `<li>[${f.rule}] ${escapeHtml(f.element)}: đo được ${escapeHtml(f.measured)}, cần ${escapeHtml(f.expected)}${f.page ? ` (trang ${f.page})` : ""}</li>`,
          )
          .join("")}</ul></details>`;
    cells.push(
      `<div class="set"><h3>Bộ cỡ chữ ${set} · <a href="${base}.pdf">PDF</a> · ${pages.length} trang</h3>${verdict}<div class="pages">${pages
        .map(
          (f, i) =>
            `<a href="${f}"><img src="${f}" alt="${escapeHtml(specimen.title)}, bộ ${set}, trang ${i + 1}" loading="lazy"></a>`,
        )
        .join("")}</div></div>`,
    );
    console.log(
      `${base}: ${pages.length} trang, ${report.ok ? "đạt" : `${report.failures.length} mục chưa đạt`}`,
    );
  }
  sections.push(
    `<section><h2>${escapeHtml(specimen.title)}</h2><p>${escapeHtml(specimen.description)}</p>${cells.join("")}</section>`,
  );
}

writeFileSync(
  join(out, "index.html"),
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bảng duyệt văn bản mẫu</title><style>
body{font:15px/1.4 system-ui,sans-serif;margin:24px;background:#f3f3f1;color:#222}
section{background:#fff;padding:16px 20px;margin:0 0 24px;border-radius:6px}
.pages{display:flex;flex-wrap:wrap;gap:12px}.pages img{height:360px;border:1px solid #bbb;background:#fff}
.ok{color:#176b2c}.fail{color:#a4161a}h3{font-size:15px;margin:14px 0 6px}
</style></head><body><h1>Bảng duyệt văn bản mẫu (Nghị định 30/2020/NĐ-CP)</h1>
<p>Mỗi văn bản mẫu ở cả hai bộ cỡ chữ 13 và 14, ảnh ${resolution} dpi; bấm vào ảnh để xem cỡ lớn, vào “PDF” để mở tệp.</p>
${sections.join("\n")}</body></html>\n`,
);
console.log(`Đã ghi ${join(out, "index.html")}`);
