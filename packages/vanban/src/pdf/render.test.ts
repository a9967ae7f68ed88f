import { inspectPdf } from "@kehoach/pdf-inspect";
import { describe, expect, it } from "vitest";
import { sampleVanBan } from "../fixtures/sample-van-ban.js";
import { loadTinosFromNodeModules } from "../fonts/node.js";
import type { Block } from "../model.js";
import { mm, nd30Profile, ProfileError } from "../profile.js";
import { keHoachSpecimen, quyetDinhBanHanhKeHoachSpecimen } from "../specimens/index.js";
import { PLACE_BLANK } from "../text-lines.js";
import { VanBanError } from "../validate.js";
import { fontParseCount } from "./fonts.js";
import { renderPdf } from "./index.js";

const fonts = await loadTinosFromNodeModules();
const bytes = await renderPdf(sampleVanBan(), { fonts });
const pdf = await inspectPdf(bytes);

describe("the PDF of a văn bản", () => {
  it("is A4 portrait and runs onto a second page", () => {
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    expect(pdf.pages[0]?.width).toBeCloseTo(mm(210), 0);
    expect(pdf.pages[0]?.height).toBeCloseTo(mm(297), 0);
  });

  it("gives its Vietnamese back exactly from the text layer, in real capitals", () => {
    const first = pdf.pages[0]?.lines ?? [];
    expect(first).toContain("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(first).toContain("XÃ KIM LIÊN Độc lập - Tự do - Hạnh phúc");
    expect(first).toContain("Số: 05/KH-UBND Kim Liên, ngày 09 tháng 01 năm 2026");
    expect(first).toContain("KẾ HOẠCH");
    expect(first).toContain("I. MỤC ĐÍCH, YÊU CẦU");
    expect(pdf.text).toBe(pdf.text.normalize("NFC"));
  });

  it("embeds the serif family it was given", () => {
    const fontsUsed = new Set(pdf.pages.flatMap((p) => p.runs.map((r) => r.fontName)));
    expect(fontsUsed.size).toBeGreaterThanOrEqual(3); // regular, bold, italic
    const raw = new TextDecoder("latin1").decode(bytes);
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).toMatch(/Tinos-Bold/);
  });

  it("shows no page number on page 1 and the number centred at the top of page 2", () => {
    const [first, second] = pdf.pages;
    if (!first || !second) throw new Error("needs two pages");
    const top = (p: typeof first) => p.runs.filter((r) => r.y > p.height - mm(20));
    expect(top(first)).toEqual([]);
    const numbers = top(second);
    expect(numbers.map((r) => r.text)).toEqual(["2"]);
    const centre = (numbers[0]?.x ?? 0) + (numbers[0]?.width ?? 0) / 2;
    const textCentre = mm(30) + (mm(210) - mm(30) - mm(15)) / 2;
    expect(Math.abs(centre - textCentre)).toBeLessThan(2);
  });

  it("puts Số and the date on one baseline", () => {
    const runs = pdf.pages[0]?.runs ?? [];
    const so = runs.find((r) => r.text.startsWith("Số:"));
    const place = runs.find((r) => r.text.startsWith("Kim"));
    expect(so && place && Math.abs(so.y - place.y)).toBeLessThan(0.5);
  });

  it("is reproducible: the same document gives the same bytes", async () => {
    const again = await renderPdf(sampleVanBan(), { fonts });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it("writes decomposed (NFD) input as precomposed text", async () => {
    const doc = sampleVanBan({ subject: "Tuyên truyền cải cách hành chính".normalize("NFD") });
    const text = (await inspectPdf(await renderPdf(doc, { fonts }))).text;
    expect(text).toContain("Tuyên truyền cải cách hành chính");
  });

  it("leaves blanks for the number and the day and month of a draft", async () => {
    const draft = sampleVanBan({ number: undefined, date: { year: 2026 } });
    const first = (await inspectPdf(await renderPdf(draft, { fonts }))).pages[0]?.lines ?? [];
    expect(first.some((l) => /^Số: \/KH-UBND Kim Liên, ngày tháng năm 2026$/u.test(l))).toBe(true);
  });
});

describe("line breaking", () => {
  it("never opens a gap inside a symbol, a date or a range when it justifies a line", async () => {
    const sentence =
      "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030 và Kế hoạch số 08/KH-UBND ngày 09/01/2026;";
    const doc = sampleVanBan({ body: [{ type: "paragraph", content: sentence }] });
    const text = (await inspectPdf(await renderPdf(doc, { fonts }))).text.replace(/\s+/g, " ");
    for (const token of ["76/NQ-CP", "15/7/2021", "2021-2030", "08/KH-UBND", "09/01/2026;"]) {
      expect(text).toContain(token);
    }
  });
});

describe("the header", () => {
  it("keeps the longest place and date on one line, level with Số, by widening the right column", async () => {
    // 106 mm at 14 pt italic: wider than the usual 102 mm column (nd30-layout §3.2).
    const doc = sampleVanBan({ place: "Thành phố Hồ Chí Minh", date: { year: 2025, month: 12, day: 29 } });
    const page = (await inspectPdf(await renderPdf(doc, { fonts }))).pages[0];
    const date = page?.runs.filter((r) => r.italic && r.y > (page?.height ?? 0) - mm(60)) ?? [];
    expect(date.map((r) => r.text)).toEqual(["Thành phố Hồ Chí Minh, ngày 29 tháng 12 năm 2025"]);
    const so = page?.runs.find((r) => r.text.startsWith("Số:"));
    expect(Math.abs((so?.y ?? 0) - (date[0]?.y ?? 1))).toBeLessThan(0.5);
    expect(date[0]?.size).toBe(14);
  });
});

describe("line breaking, continued", () => {
  it("cuts a single word wider than the line rather than running into the margin", async () => {
    const url = `https://dichvucong.thanhhoa.gov.vn/${"thu-tuc-hanh-chinh/".repeat(12)}`;
    const doc = sampleVanBan({ body: [{ type: "paragraph", content: `Địa chỉ tra cứu: ${url}` }] });
    const page = (await inspectPdf(await renderPdf(doc, { fonts }))).pages[0];
    const rightEdge = mm(210) - mm(15);
    const body = page?.runs.filter((r) => r.text.includes("thu-tuc")) ?? [];
    expect(body.length).toBeGreaterThan(1);
    for (const run of body) expect(run.x + run.width).toBeLessThanOrEqual(rightEdge + 0.5);
    expect(body.map((r) => r.text.trim()).join("")).toContain(url.slice(0, 60));
  });
});

describe("page breaks", () => {
  const paragraph = (i: number): Block => ({
    type: "paragraph",
    content: `Nội dung ${i}: các cơ quan, đơn vị triển khai nhiệm vụ được giao, báo cáo kết quả thực hiện về Ủy ban nhân dân xã theo định kỳ hằng quý.`,
  });

  it("never leaves the signature on a page without at least two lines of the text above it", async () => {
    // Lengthen the body one paragraph at a time across two page boundaries.
    for (let n = 10; n <= 34; n++) {
      const doc = sampleVanBan({ body: Array.from({ length: n }, (_, i) => paragraph(i + 1)) });
      const result = await inspectPdf(await renderPdf(doc, { fonts }));
      const page = result.pages.find((p) => p.runs.some((r) => r.text === "Nơi nhận:"));
      const label = page?.runs.find((r) => r.text === "Nơi nhận:");
      const above =
        page?.textLines.filter((l) => l.y > (label?.y ?? 0) + 20 && l.y < (page?.height ?? 0) - mm(20)) ?? [];
      expect(above.length, `${n} đoạn`).toBeGreaterThanOrEqual(2);
    }
  });

  it("never leaves a heading at the foot of a page without its text", async () => {
    for (let n = 10; n <= 30; n += 2) {
      const body: Block[] = Array.from({ length: n }, (_, i) => paragraph(i));
      body.push({ type: "heading", level: "muc", number: "I", text: "Tổ chức thực hiện" }, paragraph(99));
      const result = await inspectPdf(await renderPdf(sampleVanBan({ body }), { fonts }));
      for (const page of result.pages) {
        const lines = page.textLines.filter((l) => l.y > mm(20) && l.y < page.height - mm(20));
        const last = lines[lines.length - 1];
        expect(last?.text, `${n} đoạn, trang ${page.number}`).not.toBe("I. TỔ CHỨC THỰC HIỆN");
      }
    }
  });
});

describe("appendices and attached documents", () => {
  it("turns a landscape phụ lục and keeps the margins as printed on the turned page", async () => {
    const result = await inspectPdf(await renderPdf(keHoachSpecimen(), { fonts }));
    const appendix = result.pages.find((p) => p.lines[0] === "Phụ lục");
    expect(appendix?.width).toBeCloseTo(mm(297), 0);
    expect(appendix?.height).toBeCloseTo(mm(210), 0);
    const borders = appendix?.segments.filter((s) => Math.abs(s.x1 - s.x2) < 0.1) ?? [];
    expect(Math.min(...borders.map((s) => s.x1))).toBeCloseTo(mm(30), 1);
    expect(Math.max(...borders.map((s) => s.x1))).toBeCloseTo(mm(297) - mm(15), 1);
  });

  it("places the seal at its real size over the left third of the signature", async () => {
    const result = await inspectPdf(await renderPdf(quyetDinhBanHanhKeHoachSpecimen(), { fonts }));
    const page = result.pages[0];
    const [signature, seal] = [...(page?.images ?? [])].sort(
      (a, b) => b.width / b.height - a.width / a.height,
    );
    if (!signature || !seal) throw new Error("the QĐ specimen carries a signature and a seal");
    expect(seal.width).toBeCloseTo(mm(36), 0);
    expect(seal.x + seal.width).toBeCloseTo(signature.x + signature.width / 3, 0);
    const title = page?.runs.find((r) => r.text === "CHỦ TỊCH");
    const name = page?.runs.find((r) => r.text === "Nguyễn Văn Hùng");
    const middle = signature.y + signature.height / 2;
    expect(middle).toBeLessThan(title?.y ?? 0);
    expect(middle).toBeGreaterThan(name?.y ?? 0);
  });
});

describe("what the renderer refuses", () => {
  it("refuses a profile outside the decree's ranges, naming the field, value and range", async () => {
    const profile = { ...nd30Profile(14), marginsMm: { top: 20, bottom: 20, left: 25, right: 15 } };
    const error = await renderPdf(sampleVanBan(), { fonts, profile }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProfileError);
    expect((error as Error).message).toBe(
      "Thông số trình bày không hợp lệ: lề trái (marginsMm.left) = 25 mm, cho phép 30–35 mm.",
    );
  });

  it("refuses a document with a slash-form signer prefix, saying where", async () => {
    const doc = sampleVanBan({ signer: { lines: ["K/T Chủ tịch", "Phó Chủ tịch"], name: "Trần Văn A" } });
    const error = await renderPdf(doc, { fonts }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VanBanError);
    expect((error as VanBanError).problems[0]?.path).toBe("signer.lines[0]");
  });
});

describe("a draft and an issued document", () => {
  it("prints an empty place as a blank before the comma in a draft, and refuses it when issuing", async () => {
    const doc = sampleVanBan({ place: "" });
    const runs = (await inspectPdf(await renderPdf(doc, { fonts }))).pages[0]?.runs ?? [];
    // Before: ", ngày 09 tháng 01 năm 2026", a comma with nothing before it.
    const date = runs.find((r) => r.italic && r.text.includes(", ngày"));
    expect(date?.text).toBe(`${PLACE_BLANK}, ngày 09 tháng 01 năm 2026`);
    const error = await renderPdf(doc, { fonts, issuing: true }).catch((e: unknown) => e);
    expect((error as VanBanError).problems.map((p) => p.path)).toEqual(["place"]);
  });

  it("refuses to issue a document whose số is blank beside a full date, and prints it as a draft", async () => {
    const doc = sampleVanBan({ number: undefined });
    await expect(renderPdf(doc, { fonts })).resolves.toBeInstanceOf(Uint8Array);
    const error = await renderPdf(doc, { fonts, issuing: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VanBanError);
    expect((error as VanBanError).problems.map((p) => p.path)).toEqual(["number"]);
  });
});

describe("the parsed-font cache", () => {
  it("parses each font file once, however many documents are rendered", async () => {
    const before = fontParseCount.value;
    for (let i = 0; i < 3; i++) await renderPdf(keHoachSpecimen(), { fonts });
    expect(fontParseCount.value).toBe(before);
  });

  it("gives a document the same bytes whatever was rendered before it", async () => {
    // A plan first puts composite glyphs ("ủ" = u + hook) through subsetting, which once left
    // "u" without its character for the next document: its text read "Q yết".
    const alone = await renderPdf(quyetDinhBanHanhKeHoachSpecimen(), { fonts });
    await renderPdf(keHoachSpecimen(), { fonts });
    const after = await renderPdf(quyetDinhBanHanhKeHoachSpecimen(), { fonts });
    expect(Buffer.from(after).equals(Buffer.from(alone))).toBe(true);
    expect((await inspectPdf(after)).text).toContain("(Kèm theo Quyết định số 25/QĐ-UBND");
  });
});
