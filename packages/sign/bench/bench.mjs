// What signing and copying cost, against rendering the same document in the same run: a signature
// is a hash of the whole file plus one key operation, so it should stay a fraction of the render,
// whatever the length. Prints medians over alternating runs and the ratios. Needs the build:
// `pnpm --filter @kehoach/sign... build` (the bench script of `pnpm bench` runs after it).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nd30Profile } from "@kehoach/vanban";
import { loadTinosFromNodeModules } from "@kehoach/vanban/fonts/node";
import { renderPdfForSigning } from "@kehoach/vanban/pdf";
import { keHoachSpecimen } from "@kehoach/vanban/specimens";
import { boxFromRect, makeCopy, signatureBox, signPdf } from "../dist/index.js";
import { loadP12 } from "../dist/node.js";

const quick = process.argv.includes("--quick");
const runs = quick ? 3 : 9;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// A throwaway RSA-2048 certificate (the size of the government's certificates).
const dir = mkdtempSync(join(tmpdir(), "sign-bench-"));
execFileSync(
  "openssl",
  [
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-utf8",
    "-days",
    "1",
    "-keyout",
    join(dir, "k.pem"),
    "-out",
    join(dir, "c.pem"),
    "-subj",
    "/CN=Lê Thị Thu Hà",
  ],
  { stdio: "ignore" },
);
execFileSync("openssl", [
  "pkcs12",
  "-export",
  "-inkey",
  join(dir, "k.pem"),
  "-in",
  join(dir, "c.pem"),
  "-passout",
  "pass:b",
  "-out",
  join(dir, "a.p12"),
]);
const signer = await loadP12(readFileSync(join(dir, "a.p12")), "b");
rmSync(dir, { recursive: true, force: true });

const fonts = await loadTinosFromNodeModules();
const profile = nd30Profile(14);
const copyOptions = {
  form: "SY",
  issuingBody: ["Văn phòng HĐND và UBND"],
  symbol: "SY-VP",
  number: "3",
  place: "Đông Sơn",
  date: { year: 2026, month: 1, day: 12 },
  signer: { lines: ["Chánh Văn phòng"], name: "Nguyễn Văn An" },
  recipients: { items: ["Phòng Văn hóa - Xã hội"], archive: "VT" },
  fonts,
  createdAt: new Date(0),
};

/** The specimen plan with its running text repeated (headings and numbered items once, as numbered). */
function longPlan(times) {
  const doc = keHoachSpecimen();
  const text = doc.body.filter(
    (b) => b.type === "paragraph" || (b.type === "item" && (b.marker === "dash" || b.marker === "plus")),
  );
  const filler = Array.from({ length: times - 1 }, () => text).flat();
  return { ...doc, body: [...doc.body.slice(0, -1), ...filler, doc.body.at(-1)] };
}

for (const times of quick ? [1, 10] : [1, 10, 40]) {
  const doc = longPlan(times);
  const render = [];
  const sign = [];
  const locate = [];
  const copy = [];
  let pages = 0;
  let size = 0;
  for (let i = 0; i < runs + 1; i++) {
    let t = performance.now();
    const rendered = await renderPdfForSigning(doc, { fonts, profile });
    const tr = performance.now() - t;
    t = performance.now();
    const signed = await signPdf(rendered.bytes, {
      signer,
      appearance: {
        ...boxFromRect(rendered.signature),
        text: { lines: (s) => ["Lê Thị Thu Hà", s], font: fonts.normal },
      },
    });
    const ts = performance.now() - t;
    t = performance.now();
    signatureBox(rendered.bytes, "Lê Thị Thu Hà");
    const tl = performance.now() - t;
    t = performance.now();
    await makeCopy(signed.bytes, copyOptions);
    const tc = performance.now() - t;
    if (i > 0) {
      render.push(tr);
      sign.push(ts);
      locate.push(tl);
      copy.push(tc);
    }
    pages =
      rendered.bytes.length &&
      (new TextDecoder("latin1").decode(rendered.bytes).match(/\/Type \/Page\b/gu) ?? []).length;
    size = rendered.bytes.length;
  }
  const r = median(render);
  const line = (name, xs) =>
    `${name} ${median(xs).toFixed(1).padStart(7)} ms (${(median(xs) / r).toFixed(2)}x render)`;
  console.log(
    `${String(pages).padStart(3)} tr., ${(size / 1024).toFixed(0).padStart(5)} KB  render ${r.toFixed(1).padStart(7)} ms  ${line("sign", sign)}  ${line("find ô 7c", locate)}  ${line("sao y", copy)}`,
  );
}
