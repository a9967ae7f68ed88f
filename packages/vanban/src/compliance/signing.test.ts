import { type InspectedPdf, inspectPdf } from "@kehoach/pdf-inspect";
import { describe, expect, it } from "vitest";
import { renderWithPdfmake } from "../fixtures/pdfmake-render.js";
import { loadTinosFromNodeModules } from "../fonts/node.js";
import type { VanBan } from "../model.js";
import { renderPdf, renderPdfForSigning } from "../pdf/index.js";
import { mm, nd30Profile } from "../profile.js";
import { keHoachSpecimen, quyetDinhBanHanhKeHoachSpecimen, quyetDinhSpecimen } from "../specimens/index.js";
import { checkNd30, formatFailures } from "./index.js";

// The layout of electronic signing (Phụ lục I), measured on the PDFs of both engines: ô 14 at the
// top right of a first page, the signature image between the signer's title and name, the seal
// over its left third; and where the PDF renderer says the signature goes.

const fonts = await loadTinosFromNodeModules();
const SIGNED_AT = "2026-01-08T10:15:30+07:00";

/** The QĐ issuing the plan as an electronic copy, its plan's second phụ lục issued as a file of its own. */
function signedElectronically(): VanBan {
  const doc = quyetDinhBanHanhKeHoachSpecimen();
  const plan = doc.attachments?.[0] as VanBan;
  const appendices = (plan.appendices ?? []).map((a, i) =>
    i === 1 ? { ...a, organisationSignature: { signedAt: "2026-01-08T10:20:00+07:00" } } : a,
  );
  return { ...doc, organisationSignature: { signedAt: SIGNED_AT }, attachments: [{ ...plan, appendices }] };
}

const ENGINES: [string, (doc: VanBan) => Promise<Uint8Array>][] = [
  ["pdfkit", (doc) => renderPdf(doc, { fonts })],
  ["pdfmake", (doc) => renderWithPdfmake(doc)],
];

describe.each(ENGINES)("%s: ô 14, ô 7c and ô 8 measured by the checker", (_engine, render) => {
  it("passes every item, ô 14 included, on the QĐ and on the phụ lục issued apart", async () => {
    const pdf = await inspectPdf(await render(signedElectronically()));
    const report = checkNd30(pdf, {
      sizeSet: 14,
      marginsMm: nd30Profile(14).marginsMm,
      organisationSignature: true,
    });
    expect(formatFailures(report)).toBe("");
    const found = report.checks.filter((c) => c.element === "Chữ ký số của cơ quan (ô 14)");
    // The QĐ's page 1 and the first page of its plan's phụ lục II.
    expect(found.map((c) => c.ok)).toEqual([true, true]);
    const images = report.checks.filter(
      (c) => c.rule === 17 && /^(Chữ ký \(ô 7c\)|Con dấu)/u.test(c.element),
    );
    expect(images.map((c) => c.element)).toEqual([
      "Chữ ký (ô 7c): canh giữa dưới chức vụ",
      "Chữ ký (ô 7c): giữa chức vụ và họ tên",
      "Con dấu (ô 8): tròn, không méo",
      "Con dấu (ô 8): kích thước thật",
      "Con dấu (ô 8): trùm lên 1/3 chữ ký về bên trái",
    ]);
  });

  it("prints the number and the signing time at the top right, 10 pt, and leaves the phụ lục's reference unfilled", async () => {
    const pdf = await inspectPdf(await render(signedElectronically()));
    const first = pdf.pages[0] as InspectedPdf["pages"][number];
    const top = first.textLines.filter((l) => l.y > first.height - mm(20));
    expect(top.map((l) => l.text)).toEqual(["25/QĐ-UBND", SIGNED_AT]);
    for (const line of top) {
      expect(line.runs.every((r) => r.size === 10 && !r.bold && !r.italic && r.color === "#000000")).toBe(
        true,
      );
      expect(line.right).toBeCloseTo(mm(210) - mm(15), 0);
    }
    const appendix = pdf.pages.find((p) => p.textLines.some((l) => l.text === "Phụ lục II"));
    const lines = appendix?.textLines.map((l) => l.text.replace(/\s+/gu, " ")) ?? [];
    expect(lines.slice(0, 2)).toEqual(["25/QĐ-UBND", "2026-01-08T10:20:00+07:00"]);
    expect(lines.find((l) => l.startsWith("(Kèm theo"))).toMatch(
      /^\(Kèm theo Quyết định số \/QĐ-UBND ngày tháng năm 2026/u,
    );
  });
});

describe.each(ENGINES)("%s: ô 14 beside the other marks of the top margin", (_engine, render) => {
  it("keeps the phạm vi lưu hành mark left of ô 14, and the mật and khẩn marks in place", async () => {
    const doc: VanBan = {
      ...quyetDinhSpecimen(),
      secrecy: "mat",
      urgency: "hoaToc",
      circulation: "Lưu hành nội bộ",
      organisationSignature: { signedAt: "2026-03-05T09:00:00+07:00" },
    };
    const pdf = await inspectPdf(await render(doc));
    const report = checkNd30(pdf, { sizeSet: 14, organisationSignature: true });
    expect(formatFailures(report)).toBe("");
    const page = pdf.pages[0] as InspectedPdf["pages"][number];
    const mark = page.textLines.filter(
      (l) => l.y > page.height - mm(20) && l.runs.every((r) => r.size === 10),
    );
    const frame = page.segments.filter(
      (sg) => Math.abs(sg.x1 - sg.x2) < 0.1 && Math.max(sg.y1, sg.y2) > page.height - mm(20),
    );
    expect(mark.map((l) => l.text)).toEqual(["07/QĐ-UBND", "2026-03-05T09:00:00+07:00"]);
    expect(Math.max(...frame.map((sg) => sg.x1))).toBeLessThan(Math.min(...mark.map((l) => l.x)));
  });
});

describe("the checker on a faulty electronic copy", () => {
  const measure = async () => inspectPdf(await renderPdf(signedElectronically(), { fonts }));
  const failures = (pdf: InspectedPdf, options = {}) =>
    checkNd30(pdf, { sizeSet: 14, ...options }).failures.map((f) => `[${f.rule}] ${f.element}`);

  it("finds ô 14 missing where an electronic copy needs it", async () => {
    const pdf = await inspectPdf(await renderPdf(quyetDinhBanHanhKeHoachSpecimen(), { fonts }));
    expect(failures(pdf, { organisationSignature: true })).toEqual(["[17] Chữ ký số của cơ quan (ô 14)"]);
    expect(failures(pdf)).toEqual([]);
  });

  it("finds ô 14 set in 12 pt, in red, or away from the right margin", async () => {
    const pdf = await measure();
    const time = pdf.pages[0]?.runs.find((r) => r.text === SIGNED_AT);
    if (!time) throw new Error("ô 14 is on page 1");
    Object.assign(time, { size: 12, color: "#d0021b", x: time.x - 20 });
    expect(failures(pdf)).toEqual([
      "[2] Màu chữ",
      "[17] Ô 14: cỡ chữ",
      "[17] Ô 14: màu chữ",
      "[17] Ô 14: sát lề phải (góc trên, bên phải)",
    ]);
  });

  it("finds a signing time outside Vietnam's time zone", async () => {
    const pdf = await measure();
    const time = pdf.pages[0]?.runs.find((r) => r.text === SIGNED_AT);
    if (!time) throw new Error("ô 14 is on page 1");
    time.text = "2026-01-08T03:15:30Z";
    expect(failures(pdf)).toEqual(["[17] Ô 14: thời gian ký theo ISO 8601, giờ Việt Nam"]);
  });

  it("finds a stretched seal, a seal too small, and a seal beside the signature instead of over it", async () => {
    const pdf = await measure();
    const [signature, seal] = [...(pdf.pages[0]?.images ?? [])].sort(
      (a, b) => b.width / b.height - a.width / a.height,
    );
    if (!signature || !seal) throw new Error("the QĐ specimen carries a signature and a seal");
    const stretched = structuredClone(pdf);
    const s1 = stretched.pages[0]?.images.find((i) => i.x === seal.x) as typeof seal;
    s1.width *= 1.3;
    expect(failures(stretched)).toContain("[17] Con dấu (ô 8): tròn, không méo");
    const small = structuredClone(pdf);
    const s2 = small.pages[0]?.images.find((i) => i.x === seal.x) as typeof seal;
    s2.width = mm(15);
    s2.height = mm(15);
    expect(failures(small)).toContain("[17] Con dấu (ô 8): kích thước thật");
    const beside = structuredClone(pdf);
    const s3 = beside.pages[0]?.images.find((i) => i.x === seal.x) as typeof seal;
    s3.x = signature.x - seal.width - 5;
    expect(failures(beside)).toEqual(["[17] Con dấu (ô 8): trùm lên 1/3 chữ ký về bên trái"]);
  });
});

describe("where the PDF renderer says the signature goes", () => {
  it("gives the page and the rectangle of the signing space, between the title and the name", async () => {
    const { bytes, signature } = await renderPdfForSigning(quyetDinhBanHanhKeHoachSpecimen(), { fonts });
    expect(signature?.pageIndex).toBe(0);
    const pdf = await inspectPdf(bytes);
    const page = pdf.pages[0];
    const [x1, y1, x2, y2] = signature?.rect ?? [0, 0, 0, 0];
    const title = page?.runs.find((r) => r.text === "CHỦ TỊCH");
    const name = page?.runs.find((r) => r.text === "Nguyễn Văn Hùng");
    expect(y2).toBeLessThan(title?.y ?? 0);
    expect(y1).toBeGreaterThan(name?.y ?? 0);
    expect(y2 - y1).toBeCloseTo(mm(28), 1);
    // The signer's column: the right 60% of the text block.
    expect(x1).toBeCloseTo(mm(30) + mm(165) * 0.4, 1);
    expect(x2).toBeCloseTo(mm(195), 1);
    // The signature image stands inside it.
    const image = [...(page?.images ?? [])].sort((a, b) => b.width / b.height - a.width / a.height)[0];
    expect(
      image && image.x >= x1 && image.x + image.width <= x2 && image.y >= y1 && image.y + image.height <= y2,
    ).toBe(true);
  });

  it("counts pages from 0 across a document whose signature is on its last text page", async () => {
    const { bytes, signature } = await renderPdfForSigning(keHoachSpecimen(), { fonts });
    const pdf = await inspectPdf(bytes);
    const signed = pdf.pages.findIndex((p) => p.runs.some((r) => r.text === "Nơi nhận:"));
    expect(signed).toBeGreaterThan(0);
    expect(signature?.pageIndex).toBe(signed);
  });
});
