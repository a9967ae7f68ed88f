import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { type FontSet, nd30Profile } from "@kehoach/vanban";
import { loadTinosFromNodeModules } from "@kehoach/vanban/fonts/node";
import { renderPdfForSigning } from "@kehoach/vanban/pdf";
import { keHoachSpecimen } from "@kehoach/vanban/specimens";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTestPki, pdfsig, type TestPki } from "./certs.test-helpers.js";
import { boxFromRect, type CopyOptions, makeCopy, signPdf, stampAppearance, textLines } from "./index.js";
import { loadP12 } from "./node.js";

const run = promisify(execFile);
let pki: TestPki;
let fonts: FontSet;
let signedOriginal: Uint8Array;
let originalPages: number;

function options(change: Partial<CopyOptions> = {}): CopyOptions {
  return {
    form: "SY",
    parentBody: "UBND xã Đông Sơn",
    issuingBody: ["Văn phòng HĐND và UBND"],
    issuerName: "Văn phòng HĐND và UBND xã Đông Sơn",
    number: "3",
    symbol: "SY-VP",
    place: "Đông Sơn",
    date: { year: 2026, month: 1, day: 12 },
    signer: { lines: ["TL. Chủ tịch", "Chánh Văn phòng"], name: "Nguyễn Văn An" },
    recipients: { items: ["Phòng Văn hóa - Xã hội", "Trưởng các thôn"], archive: "VT" },
    fonts,
    originalName: "18-KH-UBND.pdf",
    createdAt: new Date("2026-01-12T02:00:00Z"),
    ...change,
  };
}

async function pageText(bytes: Uint8Array, page: number, name: string): Promise<string> {
  const path = join(pki.dir, name);
  await writeFile(path, bytes);
  const { stdout } = await run("pdftotext", ["-f", String(page), "-l", String(page), path, "-"]);
  return stdout;
}

beforeAll(async () => {
  pki = await makeTestPki();
  fonts = await loadTinosFromNodeModules();
  const rendered = await renderPdfForSigning(keHoachSpecimen(), { fonts, profile: nd30Profile(14) });
  const leader = await loadP12(await pki.p12("lanh-dao"), pki.password);
  const signed = await signPdf(rendered.bytes, {
    signer: leader,
    signingTime: new Date("2026-01-09T03:15:30Z"),
    appearance: {
      ...boxFromRect(rendered.signature!),
      text: { lines: (t) => ["Lê Thị Thu Hà", t], font: fonts.normal },
    },
  });
  signedOriginal = signed.bytes;
  originalPages = textLines(signedOriginal).length;
}, 60_000);
afterAll(() => pki?.cleanup());

describe("a sao y of a signed document", () => {
  it("reproduces every page with the original's signature image, and adds the copy form under a rule", async () => {
    const copy = await makeCopy(signedOriginal, options());
    const pages = textLines(copy.bytes);
    expect(pages.length).toBe(originalPages);
    // Page 1 reads as the original's page 1.
    expect(pages[0]!.lines.map((l) => l.text)).toEqual(
      textLines(signedOriginal)[0]!.lines.map((l) => l.text),
    );
    // The original's signature appearance prints in the copy (it carries no signature field of it).
    const signaturePage = pages.findIndex((p) => p.lines.some((l) => l.text === "Lê Thị Thu Hà"));
    expect(await pageText(copy.bytes, signaturePage + 1, "sy.pdf")).toContain("2026-01-09T10:15:30+07:00");
    // The form, on the last page, below everything the original printed there.
    const last = pages.at(-1)!.lines;
    const texts = last.map((l) => l.text);
    for (const line of [
      "UBND XÃ ĐÔNG SƠN",
      "VĂN PHÒNG HĐND VÀ UBND",
      "SAO Y",
      "Số: 03/SY-VP",
      "Đông Sơn, ngày 12 tháng 01 năm 2026",
      "Nơi nhận:",
      "- Phòng Văn hóa - Xã hội;",
      "- Lưu: VT.",
      "TL. CHỦ TỊCH",
      "CHÁNH VĂN PHÒNG",
      "Nguyễn Văn An",
    ]) {
      expect(texts).toContain(line);
    }
    const y = (t: string) => last.find((l) => l.text === t)!.y;
    const originalLast = textLines(signedOriginal).at(-1)!.lines;
    expect(y("SAO Y")).toBeLessThan(Math.min(...originalLast.map((l) => l.y)));
    expect(y("Số: 03/SY-VP")).toBeCloseTo(y("Đông Sơn, ngày 12 tháng 01 năm 2026"), 1);
    // The copy's signer signs between the title and the name.
    expect(copy.signatureBox.rect.y).toBeGreaterThan(y("Nguyễn Văn An"));
    expect(copy.signatureBox.rect.y + copy.signatureBox.rect.height).toBeLessThan(y("CHÁNH VĂN PHÒNG"));
  }, 60_000);

  it("carries the original as an attachment, byte for byte, its signature still valid", async () => {
    const copy = await makeCopy(signedOriginal, options());
    const path = join(pki.dir, "attach.pdf");
    await writeFile(path, copy.bytes);
    const { stdout } = await run("pdfdetach", ["-list", path]);
    expect(stdout).toContain("18-KH-UBND.pdf");
    const saved = join(pki.dir, "goc.pdf");
    await run("pdfdetach", ["-save", "1", "-o", saved, path]);
    expect(Buffer.from(await readFile(saved)).equals(Buffer.from(signedOriginal))).toBe(true);
    expect(await pdfsig(saved)).toMatchObject([
      { valid: true, totalDocument: true, commonName: "Lê Thị Thu Hà" },
    ]);
  }, 60_000);

  it("is signed by its signer and by the copying body at the top right of page 1 (ô 14), both valid", async () => {
    const copy = await makeCopy(signedOriginal, options());
    const clerk = await loadP12(await pki.p12("chanh-van-phong", { cn: "Nguyễn Văn An" }), pki.password);
    const office = await loadP12(
      await pki.p12("van-phong", { cn: "Văn phòng HĐND và UBND xã Đông Sơn" }),
      pki.password,
    );
    const when = new Date("2026-01-12T03:00:00Z");
    const first = await signPdf(copy.bytes, {
      signer: clerk,
      signingTime: when,
      appearance: { ...copy.signatureBox, text: { lines: ["Nguyễn Văn An"], font: fonts.normal } },
    });
    const second = await signPdf(first.bytes, {
      signer: office,
      signingTime: when,
      appearance: stampAppearance(copy, fonts.normal),
    });
    const path = join(pki.dir, "copy-signed.pdf");
    await writeFile(path, second.bytes);
    expect((await pdfsig(path)).map((s) => [s.commonName, s.valid])).toEqual([
      ["Nguyễn Văn An", true],
      ["Văn phòng HĐND và UBND xã Đông Sơn", true],
    ]);
    const top = (await pageText(second.bytes, 1, "stamp.pdf")).split("\n").slice(0, 3);
    expect(top).toEqual(["SAO Y", "Văn phòng HĐND và UBND xã Đông Sơn", "2026-01-12T10:00:00+07:00"]);
  }, 60_000);
});

describe("trích sao and the block's sheet", () => {
  it("reproduces only the pages chosen, and puts the form on a sheet of its own when the last one is full", async () => {
    const copy = await makeCopy(signedOriginal, options({ form: "TrS", symbol: "TrS-VP", pages: [1] }));
    const pages = textLines(copy.bytes);
    // Page 1 of the plan is full of text: the form goes on a new sheet.
    expect(pages.length).toBe(2);
    expect(pages[0]!.lines.map((l) => l.text)).toEqual(
      textLines(signedOriginal)[0]!.lines.map((l) => l.text),
    );
    expect(pages[1]!.lines.map((l) => l.text)).toContain("TRÍCH SAO");
    expect(copy.signatureBox.page).toBe(1);
  }, 60_000);
});

describe("refusals, in Vietnamese", () => {
  it("refuses a symbol of another form, a trích sao without pages, a page that does not exist and a signer the decree refuses", async () => {
    await expect(makeCopy(signedOriginal, options({ form: "SL", symbol: "SY-VP" }))).rejects.toThrow(
      /phải bắt đầu bằng SL/u,
    );
    await expect(makeCopy(signedOriginal, options({ form: "TrS", symbol: "TrS-VP" }))).rejects.toThrow(
      /chỉ các trang/u,
    );
    await expect(
      makeCopy(signedOriginal, options({ form: "TrS", symbol: "TrS-VP", pages: [99] })),
    ).rejects.toThrow(/không có trang 99/u);
    await expect(
      makeCopy(signedOriginal, options({ signer: { lines: ["K/T Chủ tịch"], name: "Nguyễn Văn An" } })),
    ).rejects.toThrow(/Chưa làm được bản sao/u);
    await expect(makeCopy(new TextEncoder().encode("không phải pdf"), options())).rejects.toThrow(
      /không phải PDF/u,
    );
  });
});
