import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { nd30Profile } from "@kehoach/vanban";
import { loadTinosFromNodeModules } from "@kehoach/vanban/fonts/node";
import { renderPdf } from "@kehoach/vanban/pdf";
import { congVanSpecimen } from "@kehoach/vanban/specimens";
import { build } from "vite";
import { describe, expect, it } from "vitest";
import { pdfsig } from "./certs.test-helpers.js";

// The browser path, exercised rather than assumed: the main entry bundled the way an app's bundler
// bundles it (browser conditions), holding no Node module and no Node global, then signing with a
// WebCrypto key, the way a page signs with a key it keeps in IndexedDB.

const run = promisify(execFile);
const root = join(import.meta.dirname, "..");

describe("@kehoach/sign as a browser bundle", () => {
  it("bundles without Node modules and signs with a WebCrypto key", async () => {
    const result = await build({
      configFile: false,
      logLevel: "silent",
      root,
      resolve: { conditions: ["@kehoach/source", "browser", "module", "import", "default"] },
      build: {
        write: false,
        minify: false,
        target: "es2022",
        lib: { entry: join(root, "src/index.ts"), formats: ["es"], fileName: "sign" },
        rollupOptions: { output: { codeSplitting: false } },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) =>
      "output" in r ? r.output : [],
    );
    const code = outputs.map((o) => ("code" in o ? o.code : "")).join("\n");
    expect(code).toContain("ETSI.CAdES.detached");
    expect(code).not.toMatch(/from\s+["'](node:|fs|path|crypto|zlib|node-forge)/u);
    expect(code).not.toMatch(/\b(Buffer\.|process\.|require\()/u);

    const dir = await mkdtemp(join(tmpdir(), "sign-browser-"));
    try {
      const file = join(dir, "sign.mjs");
      await writeFile(file, code);
      const sign = await import(pathToFileURL(file).href);
      // An EC key and its certificate, as a page would hold them.
      await run("openssl", [
        "ecparam",
        "-name",
        "prime256v1",
        "-genkey",
        "-noout",
        "-out",
        join(dir, "ec.pem"),
      ]);
      await run("openssl", [
        "pkcs8",
        "-topk8",
        "-nocrypt",
        "-in",
        join(dir, "ec.pem"),
        "-outform",
        "DER",
        "-out",
        join(dir, "key.der"),
      ]);
      await run("openssl", [
        "req",
        "-x509",
        "-new",
        "-utf8",
        "-key",
        join(dir, "ec.pem"),
        "-days",
        "2",
        "-subj",
        "/C=VN/CN=Phạm Văn Bình",
        "-outform",
        "DER",
        "-out",
        join(dir, "cert.der"),
      ]);
      const key = await crypto.subtle.importKey(
        "pkcs8",
        new Uint8Array(await readFile(join(dir, "key.der"))),
        { name: "ECDSA", namedCurve: "P-256" },
        false,
        ["sign"],
      );
      const signer = sign.webCryptoSigner(key, new Uint8Array(await readFile(join(dir, "cert.der"))));
      const fonts = await loadTinosFromNodeModules();
      const pdf = await renderPdf(congVanSpecimen(), { fonts, profile: nd30Profile(14) });
      const signed = await sign.signPdf(pdf, {
        signer,
        appearance: {
          page: 0,
          rect: { x: 300, y: 80, width: 170, height: 40 },
          text: { lines: ["Phạm Văn Bình"], font: fonts.normal },
        },
      });
      const out = join(dir, "signed.pdf");
      await writeFile(out, signed.bytes);
      expect(await pdfsig(out)).toMatchObject([
        { valid: true, totalDocument: true, commonName: "Phạm Văn Bình" },
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
