import { inspectPdf } from "@kehoach/pdf-inspect";
import pdfmake from "pdfmake";
import { describe, expect, it } from "vitest";
import { renderWithPdfmake } from "../fixtures/pdfmake-render.js";
import { sampleVanBan } from "../fixtures/sample-van-ban.js";
import { loadTinosFromNodeModules } from "../fonts/node.js";
import type { Block } from "../model.js";
import { renderPdf } from "../pdf/index.js";
import { nd30Profile, ProfileError } from "../profile.js";
import { keHoachSpecimen, quyetDinhBanHanhKeHoachSpecimen } from "../specimens/index.js";
import { VanBanError } from "../validate.js";
import {
  PDFMAKE_FONT,
  PDFMAKE_FONT_FILES,
  pdfmakeFontContainer,
  pdfmakeFonts,
  vanBanToPdfmake,
} from "./index.js";
import { pdfmakeNodeFonts } from "./node.js";

const fonts = await loadTinosFromNodeModules();

describe("the pdfmake definition", () => {
  it("is plain data, built fresh for each render, naming the font family the app registers", () => {
    const a = vanBanToPdfmake(keHoachSpecimen());
    const b = vanBanToPdfmake(keHoachSpecimen());
    expect(a).not.toBe(b);
    expect(a.content).not.toBe(b.content);
    expect(a.defaultStyle?.font).toBe(PDFMAKE_FONT);
    expect(vanBanToPdfmake(keHoachSpecimen(), { font: "Tinos" }).defaultStyle?.font).toBe("Tinos");
    expect(a.pageMargins).toEqual([30, 20, 15, 20].map((v) => (v * 72) / 25.4));
  });

  it("refuses what the PDF renderer refuses, and what a draft may lack when issuing", () => {
    const profile = { ...nd30Profile(14), marginsMm: { top: 20, bottom: 20, left: 25, right: 15 } };
    expect(() => vanBanToPdfmake(keHoachSpecimen(), { profile })).toThrow(ProfileError);
    const slash = { ...keHoachSpecimen(), signer: { lines: ["K/T Chủ tịch"], name: "Lê Văn A" } };
    expect(() => vanBanToPdfmake(slash)).toThrow(VanBanError);
    const blank = { ...keHoachSpecimen(), number: undefined };
    expect(() => vanBanToPdfmake(blank)).not.toThrow();
    expect(() => vanBanToPdfmake(blank, { issuing: true })).toThrow(/number: số văn bản còn để trống/u);
  });

  it("renders what an app adds to it: a watermark and a closing line of its own", async () => {
    const definition = vanBanToPdfmake(keHoachSpecimen());
    definition.watermark = { text: "DỰ THẢO", opacity: 0.1 };
    const sections = definition.content as { section: unknown[] }[];
    sections[0]?.section.push({ text: "Bản in từ hệ thống quản lý văn bản.", fontSize: 10, italics: true });
    const { fonts: dictionary, files } = pdfmakeNodeFonts();
    pdfmake.setFonts(dictionary);
    pdfmake.setLocalAccessPolicy((path) => files.includes(path));
    pdfmake.setUrlAccessPolicy(() => false);
    const buffer = await pdfmake.createPdf(definition).getBuffer();
    const text = (await inspectPdf(new Uint8Array(buffer))).pages.map((p) => p.lines.join("\n")).join("\n");
    expect(text).toContain("DỰ THẢO");
    expect(text).toContain("Bản in từ hệ thống quản lý văn bản.");
  });
});

describe("fonts for pdfmake", () => {
  it("carries a font set in the virtual file system of pdfmake's browser build", () => {
    const container = pdfmakeFontContainer(fonts);
    expect(container.fonts).toEqual({ [PDFMAKE_FONT]: PDFMAKE_FONT_FILES });
    const regular = container.vfs[PDFMAKE_FONT_FILES.normal] as string;
    expect(new Uint8Array(Buffer.from(regular, "base64"))).toEqual(fonts.normal);
    expect(pdfmakeFonts(PDFMAKE_FONT_FILES, "Tinos")).toEqual({ Tinos: PDFMAKE_FONT_FILES });
  });

  it("gives Node the paths of the fonts, the full family for characters the subset lacks", () => {
    const full = pdfmakeNodeFonts("Ω ∑ 中文");
    expect(full.files).toHaveLength(4);
    for (const path of full.files) expect(path).toMatch(/@expo-google-fonts\/tinos\/.+\.ttf$/u);
    expect(Object.keys(full.fonts)).toEqual([PDFMAKE_FONT]);
  });
});

describe("pdfmake breaks lines where the PDF renderer does", () => {
  const paragraph = (i: number): Block => ({
    type: "paragraph",
    content: `${"và ".repeat(i)}theo Kế hoạch số 214/KH-UBND, Văn phòng HĐND-UBND giai đoạn 2021-2025 phối hợp các tổ chức chính trị - xã hội thực hiện.`,
  });
  const doc = sampleVanBan({ body: Array.from({ length: 24 }, (_, i) => paragraph(i)) });

  it("never inside a symbol or a range, never before the dash of a name", async () => {
    const pdf = await inspectPdf(await renderWithPdfmake(doc));
    const lines = pdf.pages.flatMap((p) => p.textLines.map((l) => l.text));
    const cut = lines.filter((l, i) => /[\p{L}\d]-$/u.test(l) && /^[\p{L}\d]/u.test(lines[i + 1] ?? ""));
    expect(cut).toEqual([]);
    expect(lines.filter((l) => /^[-–] \p{Ll}/u.test(l))).toEqual([]);
    for (const token of ["214/KH-UBND", "HĐND-UBND", "2021-2025"]) {
      expect(lines.join("\n").split(token).length - 1, token).toBe(24);
    }
  });

  it("with the same words at the end of each line (Times metrics, no kerning, in both)", async () => {
    const ours = await inspectPdf(await renderPdf(doc, { fonts }));
    const theirs = await inspectPdf(await renderWithPdfmake(doc));
    const ends = (pdf: typeof ours) =>
      pdf.pages[0]?.textLines.map((l) => l.text.split(/\s+/u).at(-1)).filter((w) => w !== undefined) ?? [];
    expect(ends(theirs).slice(0, 30)).toEqual(ends(ours).slice(0, 30));
  });
});

describe("the signature and the seal", () => {
  it("are drawn as in the PDF: the seal at its real size over the signature's left third", async () => {
    const pdf = await inspectPdf(await renderWithPdfmake(quyetDinhBanHanhKeHoachSpecimen()));
    const page = pdf.pages[0];
    const [signature, seal] = [...(page?.images ?? [])].sort(
      (a, b) => b.width / b.height - a.width / a.height,
    );
    if (!signature || !seal) throw new Error("the QĐ specimen carries a signature and a seal");
    expect(seal.width).toBeCloseTo((36 * 72) / 25.4, 0);
    expect(seal.x + seal.width).toBeCloseTo(signature.x + signature.width / 3, 0);
  });
});
