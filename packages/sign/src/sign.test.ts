import { execFile } from "node:child_process";
import { constants, createPrivateKey, privateEncrypt } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { nd30Profile } from "@kehoach/vanban";
import { loadTinosFromNodeModules } from "@kehoach/vanban/fonts/node";
import { renderPdf, renderPdfForSigning } from "@kehoach/vanban/pdf";
import { keHoachSpecimen } from "@kehoach/vanban/specimens";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTestPki, pdfsig, type TestPki } from "./certs.test-helpers.js";
import { buildSignedData, readCertificate, signedAttributes } from "./cms/cms.js";
import {
  boxFromRect,
  type CmsSigner,
  type KeySigner,
  SignError,
  sealBox,
  signatureBox,
  signPdf,
  textLines,
} from "./index.js";
import { loadP12 } from "./node.js";
import { withObjectStreams } from "./xref-stream.test-helpers.js";

let pki: TestPki;
let pdf: Uint8Array;
let font: Uint8Array;
const run = promisify(execFile);
const when = new Date("2026-01-09T03:15:30Z"); // 10:15:30 in Vietnam

beforeAll(async () => {
  pki = await makeTestPki();
  const fonts = await loadTinosFromNodeModules();
  font = fonts.normal;
  pdf = await renderPdf(keHoachSpecimen(), { fonts, profile: nd30Profile(14) });
}, 60_000);
afterAll(() => pki?.cleanup());

async function verify(bytes: Uint8Array, name: string) {
  const path = join(pki.dir, name);
  await writeFile(path, bytes);
  return pdfsig(path);
}

describe("signing with a PKCS#12 file, verified by poppler's pdfsig", () => {
  it("gives a valid PAdES signature over the whole file, naming the signer, with the signing time", async () => {
    const signer = await loadP12(await pki.p12("le-thi-thu-ha"), pki.password);
    const box = signatureBox(pdf, signer.subjectCommonName!);
    const signed = await signPdf(pdf, {
      signer,
      signingTime: when,
      appearance: { ...box, text: { lines: (t) => [signer.subjectCommonName!, t], font } },
      reason: "Ban hành văn bản",
      location: "Đông Sơn",
    });
    const [sig, ...more] = await verify(signed.bytes, "signed.pdf");
    expect(more).toEqual([]);
    expect(sig).toMatchObject({
      valid: true,
      totalDocument: true,
      commonName: "Lê Thị Thu Hà",
      subFilter: "ETSI.CAdES.detached",
      signingTime: "Jan 09 2026 03:15:30",
    });
    expect(signed.signingTime).toBe("2026-01-09T10:15:30+07:00");
    // The original bytes are the start of the signed file, untouched.
    expect(Buffer.from(signed.bytes.subarray(0, pdf.length)).equals(Buffer.from(pdf))).toBe(true);
    // The appearance prints the time in ISO 8601 with the Vietnam offset, as text that copies back.
    const page = String(box.page + 1);
    const { stdout } = await run("pdftotext", ["-f", page, "-l", page, join(pki.dir, "signed.pdf"), "-"]);
    expect(stdout).toContain("Lê Thị Thu Hà\n2026-01-09T10:15:30+07:00");
  }, 60_000);

  it("carries a PAdES B-B CMS: content type, message digest, ESS signing-certificate-v2, no CMS signing time", async () => {
    const signer = await loadP12(await pki.p12("cms-attributes"), pki.password);
    const signed = await signPdf(pdf, { signer, signingTime: when });
    const [, start, end] = signed.byteRange;
    const hex = new TextDecoder("latin1")
      .decode(signed.bytes.subarray(start + 1, end - 1))
      .replace(/(00)+$/u, "");
    const der = join(pki.dir, "cms.der");
    await writeFile(der, Buffer.from(hex.length % 2 ? `${hex}0` : hex, "hex"));
    const { stdout } = await run("openssl", ["cms", "-inform", "DER", "-in", der, "-cmsout", "-print"]);
    expect(stdout).toContain("d.signedData");
    expect(stdout).toMatch(/object: contentType \(1\.2\.840\.113549\.1\.9\.3\)/u);
    expect(stdout).toMatch(/object: messageDigest \(1\.2\.840\.113549\.1\.9\.4\)/u);
    expect(stdout).toMatch(
      /object: id-smime-aa-signingCertificateV2 \(1\.2\.840\.113549\.1\.9\.16\.2\.47\)/u,
    );
    expect(stdout).not.toMatch(/signingTime/u);
    expect(stdout).toMatch(/eContent: <ABSENT>/u);
    // poppler reads the file without a syntax complaint.
    const path = join(pki.dir, "clean.pdf");
    await writeFile(path, signed.bytes);
    const { stderr } = await run("pdfinfo", [path]);
    expect(stderr).toBe("");
  }, 60_000);

  it("is invalid once one byte of the signed file changes", async () => {
    const signer = await loadP12(await pki.p12("mot-byte"), pki.password);
    const signed = await signPdf(pdf, { signer, signingTime: when });
    const tampered = Uint8Array.from(signed.bytes);
    const at = signed.byteRange[1] - 200; // inside the signed part, in the appended objects
    tampered[at] = tampered[at] === 0x20 ? 0x21 : 0x20;
    const [sig] = await verify(tampered, "tampered.pdf");
    expect(sig?.valid).toBe(false);
    const original = Uint8Array.from(signed.bytes);
    original[100] = original[100]! ^ 1; // inside the original document's bytes
    const [sig2] = await verify(original, "tampered2.pdf");
    expect(sig2?.valid).toBe(false);
  }, 60_000);

  it("reads PKCS#12 files in OpenSSL's legacy encryption and with an EC key", async () => {
    for (const options of [{ legacy: true }, { ec: true }]) {
      const signer = await loadP12(
        await pki.p12(`p12-${JSON.stringify(options).length}`, options),
        pki.password,
      );
      const [sig] = await verify((await signPdf(pdf, { signer, signingTime: when })).bytes, "variant.pdf");
      expect(sig).toMatchObject({ valid: true, totalDocument: true, commonName: "Lê Thị Thu Hà" });
    }
  }, 60_000);

  it("refuses a wrong password in Vietnamese", async () => {
    await expect(loadP12(await pki.p12("sai-mat-khau"), "sai")).rejects.toThrow(/Mật khẩu .* không đúng/u);
  }, 60_000);
});

describe("a second signature is an incremental update", () => {
  it("keeps the first signature valid over its revision, and the seal covers the whole file", async () => {
    const leader = await loadP12(await pki.p12("lanh-dao"), pki.password);
    const office = await loadP12(await pki.p12("van-thu", { cn: "UBND xã Đông Sơn" }), pki.password);
    const box = signatureBox(pdf, "Lê Thị Thu Hà");
    const first = await signPdf(pdf, {
      signer: leader,
      signingTime: when,
      appearance: { ...box, text: { lines: ["Lê Thị Thu Hà"], font } },
    });
    const seal = await readFile(new URL("./fixtures/seal.png", import.meta.url));
    const second = await signPdf(first.bytes, {
      signer: office,
      signingTime: new Date(when.getTime() + 60_000),
      appearance: { ...sealBox(box, 36), image: new Uint8Array(seal) },
    });
    expect(Buffer.from(second.bytes.subarray(0, first.bytes.length)).equals(Buffer.from(first.bytes))).toBe(
      true,
    );
    const sigs = await verify(second.bytes, "two.pdf");
    expect(sigs.map((s) => [s.commonName, s.valid, s.totalDocument])).toEqual([
      ["Lê Thị Thu Hà", true, false],
      ["UBND xã Đông Sơn", true, true],
    ]);
  }, 60_000);
});

describe("a file made by another tool, with object streams and a cross-reference stream", () => {
  it("is signed twice with cross-reference streams appended, both signatures valid", async () => {
    const compressed = withObjectStreams(pdf);
    expect(new TextDecoder("latin1").decode(compressed)).not.toContain("\nxref\n");
    const leader = await loadP12(await pki.p12("xref-1"), pki.password);
    const office = await loadP12(await pki.p12("xref-2", { cn: "UBND xã Đông Sơn" }), pki.password);
    const first = await signPdf(compressed, {
      signer: leader,
      signingTime: when,
      appearance: { ...signatureBox(compressed, "Lê Thị Thu Hà"), text: { lines: ["Lê Thị Thu Hà"], font } },
    });
    const second = await signPdf(first.bytes, { signer: office, signingTime: when });
    expect(new TextDecoder("latin1").decode(second.bytes)).not.toContain("\nxref\n");
    expect(
      (await verify(second.bytes, "xref-stream.pdf")).map((s) => [s.commonName, s.valid, s.totalDocument]),
    ).toEqual([
      ["Lê Thị Thu Hà", true, false],
      ["UBND xã Đông Sơn", true, true],
    ]);
  }, 60_000);
});

describe("external signers (a token plugin)", () => {
  it("signs with a device that is given only the SHA-256 digest of the signed attributes", async () => {
    await pki.p12("token");
    const { cert, key } = pki.pem("token");
    const pem = await readFile(cert, "utf8");
    const certificate = new Uint8Array(Buffer.from(pem.replace(/-----[^-]+-----|\s/gu, ""), "base64"));
    const privateKey = createPrivateKey(await readFile(key));
    const sha256Prefix = Buffer.from("3031300d060960864801650304020105000420", "hex");
    const signer: KeySigner = {
      kind: "key",
      certificate,
      // What a PKCS#11 "sign hash" call does: PKCS#1 v1.5 over DigestInfo(SHA-256, digest).
      sign: async ({ digest }) =>
        new Uint8Array(
          privateEncrypt(
            { key: privateKey, padding: constants.RSA_PKCS1_PADDING },
            Buffer.concat([sha256Prefix, digest]),
          ),
        ),
    };
    const [sig] = await verify((await signPdf(pdf, { signer, signingTime: when })).bytes, "token.pdf");
    expect(sig).toMatchObject({ valid: true, totalDocument: true, commonName: "Lê Thị Thu Hà" });
  }, 60_000);

  it("takes a whole CMS from a plugin, and refuses one made for another digest", async () => {
    const inner = await loadP12(await pki.p12("cms-plugin"), pki.password);
    const plugin = (tamper: boolean): CmsSigner => ({
      kind: "cms",
      async sign({ digest }) {
        const d = Uint8Array.from(digest);
        if (tamper) d[0] = d[0]! ^ 0xff;
        const attributes = signedAttributes(
          d,
          new Uint8Array(await crypto.subtle.digest("SHA-256", inner.certificate as Uint8Array<ArrayBuffer>)),
        );
        const signature = await inner.sign({ data: attributes, digest: new Uint8Array() });
        return buildSignedData({
          signer: readCertificate(inner.certificate),
          chain: [],
          signedAttributes: attributes,
          signature,
        });
      },
    });
    const [sig] = await verify(
      (await signPdf(pdf, { signer: plugin(false), signingTime: when })).bytes,
      "cms.pdf",
    );
    expect(sig).toMatchObject({ valid: true, totalDocument: true });
    await expect(signPdf(pdf, { signer: plugin(true), signingTime: when })).rejects.toThrow(SignError);
  }, 60_000);
});

describe("where the signature goes", () => {
  it("finds ô 7c between the signer's title and name, about the renderer's 28 mm signing space", () => {
    const box = signatureBox(pdf, "lê thị thu hà");
    const page = textLines(pdf)[box.page]!;
    const name = page.lines.find((l) => l.text === "Lê Thị Thu Hà")!;
    expect(box.rect.y).toBeGreaterThan(name.y);
    expect(box.rect.y - name.y).toBeLessThan(20);
    expect(box.rect.height / (72 / 25.4)).toBeGreaterThan(22);
    expect(box.rect.height / (72 / 25.4)).toBeLessThan(34);
    expect(Math.abs(box.rect.x + box.rect.width / 2 - (name.x0 + name.x1) / 2)).toBeLessThan(1);
  });

  it("agrees with where the renderer says it drew the signing space", async () => {
    const fonts = await loadTinosFromNodeModules();
    const rendered = await renderPdfForSigning(keHoachSpecimen(), { fonts, profile: nd30Profile(14) });
    const fromRenderer = boxFromRect(rendered.signature!);
    const located = signatureBox(rendered.bytes, "Lê Thị Thu Hà");
    expect(located.page).toBe(fromRenderer.page);
    const centre = (b: typeof located) => [b.rect.x + b.rect.width / 2, b.rect.y + b.rect.height / 2];
    const [ax, ay] = centre(located);
    const [bx, by] = centre(fromRenderer);
    expect(Math.abs(ax! - bx!)).toBeLessThan(3);
    expect(Math.abs(ay! - by!)).toBeLessThan(12);
  });

  it("says in Vietnamese when the name is not in the document", () => {
    expect(() => signatureBox(pdf, "Nguyễn Văn Không Có")).toThrow(/Không tìm thấy họ tên người ký/u);
  });
});
