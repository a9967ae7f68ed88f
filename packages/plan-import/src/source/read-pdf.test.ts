import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importFile } from "../import.js";
import { toSummary } from "../summary.js";
import type { PdfJs } from "./read-pdf.js";

// PDFs in: the real one was made from muong-khuong-2024-text-layer.html by LibreOffice (cells
// centred in their height, justified text drawn word by word); the others are built here.

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));

/** A minimal PDF whose only page draws a filled square: what a scanner's image page amounts to. */
function pdfWithoutText(): Uint8Array {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
  ];
  const stream = "0 0 0 rg 100 100 300 300 re f";
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** pdf.js as a browser app would hand it over, here serving text items placed by hand. */
function fakePdfJs(pages: { str: string; x: number; y: number; w: number; size?: number }[][]): PdfJs {
  return {
    getDocument: () => ({
      promise: Promise.resolve({
        numPages: pages.length,
        getPage: async (n: number) => ({
          getTextContent: async () => ({
            items: (pages[n - 1] ?? []).map((i) => ({
              str: i.str,
              transform: [i.size ?? 12, 0, 0, i.size ?? 12, i.x, i.y],
              width: i.w,
              height: i.size ?? 12,
              hasEOL: false,
            })),
          }),
        }),
        destroy: async () => undefined,
      }),
    }),
  };
}

describe("importFile on a PDF with a text layer", () => {
  it("reads the header, the task table rebuilt from positions (cells centred, wrapped), and the foot", async () => {
    const result = await importFile(fixture("muong-khuong-2024-text-layer.pdf"));
    if (!result.ok) throw new Error(result.message);
    expect(result.stats.format).toBe("pdf");
    const summary = toSummary(result);
    expect(summary).toMatchObject({
      issuer: "Ủy ban nhân dân huyện Mường Khương",
      number: "95",
      symbol: "KH-UBND",
      issuedOn: "2024-04-04",
      title: "Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa các dân tộc năm 2024",
      signer: { authority: "TM.", title: "PHÓ CHỦ TỊCH", name: "Lù Văn Chẻo" },
    });
    expect(summary.tasks).toEqual([
      {
        ref: "1",
        text: "Khảo sát, lựa chọn thôn có đủ điều kiện xây dựng điểm du lịch cộng đồng",
        leads: ["Phòng Văn hóa và Thông tin"],
        supports: ["UBND các xã Pha Long, Tả Ngài Chồ"],
        time: "Quý II/2024",
      },
      {
        ref: "2",
        text: "Tập huấn kỹ năng làm du lịch cộng đồng cho hộ gia đình kinh doanh dịch vụ lưu trú tại nhà dân",
        leads: ["Trung tâm Văn hóa, Thông tin và Thể thao huyện"],
        supports: ["Phòng Lao động - Thương binh và Xã hội"],
        time: "Tháng 6/2024",
      },
      {
        ref: "3",
        text: "Tổ chức Lễ hội Gầu Tào gắn với quảng bá sản phẩm OCOP",
        leads: ["Phòng Văn hóa và Thông tin"],
        supports: ["Văn phòng HĐND và UBND huyện", "Phòng Nông nghiệp và Phát triển nông thôn"],
        time: "Tháng 01/2024",
      },
    ]);
  });

  it("shows the source one line per line of the page, and points each task at its rows", async () => {
    const result = await importFile(fixture("muong-khuong-2024-text-layer.pdf"));
    if (!result.ok) throw new Error(result.message);
    const task = result.tasks.find((t) => t.ref === "2");
    const rows = result.source.slice((task?.lines.from ?? 1) - 1, task?.lines.to);
    expect(rows.join(" ")).toMatch(/Tập huấn kỹ năng/);
    expect(rows.join(" ")).toMatch(/nhà dân/);
  });

  it("joins a paragraph wrapped at the right margin, and uses the pdf.js it is given", async () => {
    const lines = [
      { str: "KẾ HOẠCH", x: 250, y: 780, w: 70 },
      { str: "Tuyên truyền phòng, chống thiên tai năm 2025", x: 160, y: 760, w: 280 },
      { str: "I. NHIỆM VỤ", x: 50, y: 730, w: 90 },
      {
        str: "1. Tổ chức diễn tập ứng phó bão lũ cho lực lượng xung kích các thôn, tổ dân phố",
        x: 50,
        y: 712,
        w: 500,
      },
      { str: "trên địa bàn xã", x: 50, y: 698, w: 90 },
      { str: "- Cơ quan chủ trì: Ban Chỉ huy Quân sự xã", x: 50, y: 680, w: 260 },
      { str: "- Thời gian thực hiện: Tháng 5/2025", x: 50, y: 666, w: 230 },
    ];
    const result = await importFile(new TextEncoder().encode("%PDF-1.7\n"), {
      pdfjs: async () => fakePdfJs([lines]),
    });
    if (!result.ok) throw new Error(result.message);
    expect(toSummary(result).tasks).toEqual([
      {
        ref: "1",
        text: "Tổ chức diễn tập ứng phó bão lũ cho lực lượng xung kích các thôn, tổ dân phố trên địa bàn xã",
        leads: ["Ban Chỉ huy Quân sự xã"],
        supports: [],
        time: "Tháng 5/2025",
      },
    ]);
  });
});

describe("a PDF table that goes on over a page where its columns sit elsewhere", () => {
  it("finds the columns again on the new page", async () => {
    const row = (y: number, x0: number, cells: string[]) =>
      cells.map((str, k) => ({ str, x: x0 + [0, 30, 230, 360][k]!, y, w: str.length * 5 }));
    const page1 = [
      { str: "KẾ HOẠCH", x: 250, y: 800, w: 60 },
      { str: "Phòng, chống ma túy trong học đường năm 2025", x: 150, y: 780, w: 300 },
      ...row(740, 50, ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"]),
      ...row(710, 50, ["1", "Tuyên truyền tại trường học", "Công an xã", "Tháng 9/2025"]),
      ...row(696, 50, ["", "trung học cơ sở", "", ""]).filter((i) => i.str),
      ...row(670, 50, ["2", "Khám sàng lọc cho học sinh", "Trạm Y tế xã", "Tháng 10/2025"]),
    ];
    // The same columns 45 points to the left on the next page.
    const page2 = [
      ...row(800, 5, ["3", "Thi vẽ tranh cổ động", "Đoàn Thanh niên xã", "Tháng 11/2025"]),
      ...row(770, 5, ["4", "Tổng kết, khen thưởng", "Công an xã", "Tháng 12/2025"]),
      ...row(740, 5, ["5", "Báo cáo kết quả thực hiện", "Công an xã", "Tháng 12/2025"]),
    ];
    const result = await importFile(new TextEncoder().encode("%PDF-1.7\n"), {
      pdfjs: async () => fakePdfJs([page1, page2]),
    });
    if (!result.ok) throw new Error(result.message);
    expect(toSummary(result).tasks.map((t) => [t.ref, t.text, t.leads, t.time])).toEqual([
      ["1", "Tuyên truyền tại trường học trung học cơ sở", ["Công an xã"], "Tháng 9/2025"],
      ["2", "Khám sàng lọc cho học sinh", ["Trạm Y tế xã"], "Tháng 10/2025"],
      ["3", "Thi vẽ tranh cổ động", ["Đoàn Thanh niên xã"], "Tháng 11/2025"],
      ["4", "Tổng kết, khen thưởng", ["Công an xã"], "Tháng 12/2025"],
      ["5", "Báo cáo kết quả thực hiện", ["Công an xã"], "Tháng 12/2025"],
    ]);
  });
});

describe("PDFs and files it refuses, with a sentence that says why", () => {
  it("refuses a scanned PDF, saying it has no text layer", async () => {
    const result = await importFile(pdfWithoutText());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("pdf-no-text");
    expect(result.message).toMatch(/bản quét/);
    expect(result.message).toMatch(/không có lớp chữ/);
  });

  it("refuses a damaged PDF without throwing", async () => {
    const result = await importFile(
      new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EOF"),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe("pdf-unreadable");
  });

  it("refuses a Word 97 .doc, asking to save it as .docx", async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const result = await importFile(ole, { fileName: "ke-hoach.doc" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe("doc-word97");
      expect(result.message).toMatch(/lưu lại dưới dạng \.docx/);
    }
  });
});
