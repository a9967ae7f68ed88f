import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspectPdf } from "@kehoach/pdf-inspect";
import { convertDocxToPdf, documentWords, firstDifference } from "@kehoach/pdf-inspect/libreoffice";
import { planToVanBan } from "@kehoach/plan-documents";
import { samplePlan } from "@kehoach/plan-model/sample";
import { nd30Profile } from "@kehoach/vanban";
import { describe, expect, it } from "vitest";
import { captureIo } from "../capture-io.test-helpers.js";
import { runCli } from "../cli.js";

// `kehoach render --format docx`: the sample plan as a Word file that LibreOffice opens and
// prints with the pages and words of the PDF the same command makes.

const dir = await mkdtemp(join(tmpdir(), "kehoach-docx-"));

const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

describe("kehoach render --format docx", () => {
  it("writes the sample plan as a Word file that LibreOffice prints like the PDF", async () => {
    const io = captureIo();
    const docx = join(dir, "ke-hoach.docx");
    const pdf = join(dir, "ke-hoach.pdf");
    expect(await runCli(["render", "--sample", "--format", "docx", "-o", docx], io)).toBe(0);
    expect(await runCli(["render", "--sample", "-o", pdf], io)).toBe(0);
    expect(io.stdout).toContain(`Đã ghi "${docx}"`);
    const word = new Uint8Array(await readFile(docx));
    expect(isZip(word)).toBe(true);

    const converted = await convertDocxToPdf([{ name: "ke-hoach", bytes: word }]);
    const ours = await inspectPdf(new Uint8Array(await readFile(pdf)));
    const libreOffice = await inspectPdf(converted.get("ke-hoach") as Uint8Array);
    expect(Math.abs(libreOffice.pages.length - ours.pages.length)).toBeLessThanOrEqual(1);

    const doc = planToVanBan(samplePlan);
    const headers = [...doc.body, ...(doc.appendices ?? []).flatMap((a) => a.body)].flatMap((b) =>
      b.type === "table" ? [b.columns.map((c) => c.header)] : [],
    );
    const options = { topMarginPt: (nd30Profile(14).marginsMm.top * 72) / 25.4, tableHeaders: headers };
    const expected = documentWords(ours.pages, options).words;
    const printed = documentWords(libreOffice.pages, options).words;
    expect(expected.length).toBeGreaterThan(500);
    // Word for word in the same order up to the task table. A table row taller than what is left
    // of a page is cut where the page ends, and the two layouts may cut it a line apart, which
    // interleaves the row's cells differently; past that point every word must still be there,
    // as many times.
    const tableStart = expected.indexOf("STT");
    expect(tableStart).toBeGreaterThan(100);
    expect(
      firstDifference(expected.slice(0, tableStart + 1), printed.slice(0, tableStart + 1)),
    ).toBeUndefined();
    const count = (words: string[]) => {
      const counts = new Map<string, number>();
      for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
      return [...counts].sort(([a], [b]) => a.localeCompare(b));
    };
    expect(count(printed)).toEqual(count(expected));
  }, 120_000);

  it("takes the format from the output's extension, and refuses a contradiction or an unknown format", async () => {
    const io = captureIo();
    const out = join(dir, "theo-duoi.docx");
    expect(await runCli(["render", "--sample", "-o", out], io)).toBe(0);
    expect(isZip(new Uint8Array(await readFile(out)))).toBe(true);

    expect(await runCli(["render", "--sample", "--format", "docx", "-o", join(dir, "x.pdf")], io)).toBe(2);
    expect(io.stderr).toContain("có đuôi .pdf nhưng định dạng yêu cầu là docx");
    expect(await runCli(["render", "--sample", "-f", "odt", "-o", join(dir, "x.odt")], io)).toBe(2);
    expect(io.stderr).toContain('Định dạng "odt" không được hỗ trợ: chọn pdf hoặc docx.');
  }, 60_000);
});
