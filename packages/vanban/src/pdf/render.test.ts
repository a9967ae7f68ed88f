import { inspectPdf } from "@kehoach/pdf-inspect";
import { describe, expect, it } from "vitest";
import { sampleVanBan } from "../fixtures/sample-van-ban.js";
import { loadTinosFromNodeModules } from "../fonts/node.js";
import { mm } from "../profile.js";
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
