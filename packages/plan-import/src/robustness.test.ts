import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_BYTES, importFile, importText } from "./import.js";
import { toSummary } from "./summary.js";

// Whatever a person picks in the file dialog, the importer answers with a result or with a
// Vietnamese sentence that says why not; it never throws and never hangs.

const encode = (text: string) => new TextEncoder().encode(text);

/** Deterministic pseudo-random bytes (xorshift), so a failure can be reproduced. */
function junk(length: number, seed = 12345): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const SMALL_PLAN = `KẾ HOẠCH
Tuyên truyền cải cách hành chính năm 2025
I. NHIỆM VỤ
1. Tuyên truyền trên loa truyền thanh
- Cơ quan chủ trì: Phòng Văn hóa - Xã hội
- Thời gian thực hiện: Hằng tháng
`;

describe("inputs that are not plans", () => {
  it("refuses an empty file", async () => {
    const result = await importFile(new Uint8Array());
    expect(result).toMatchObject({ ok: false, code: "empty-input" });
    expect(importText("  \n\t \n")).toMatchObject({ ok: false, code: "empty-input" });
  });

  it("refuses binary junk, saying it is not text", async () => {
    const result = await importFile(junk(200_000));
    expect(result).toMatchObject({ ok: false, code: "binary-input" });
    if (!result.ok) expect(result.message).toMatch(/không phải văn bản/);
  });

  it("refuses a file over the size limit before reading it", async () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    const result = await importFile(big);
    expect(result).toMatchObject({ ok: false, code: "too-large" });
    if (!result.ok) {
      expect(result.message).toMatch(/giới hạn là 20 MB/);
      expect(result.stats.ms).toBeLessThan(1000);
    }
    expect(DEFAULT_MAX_BYTES).toBe(20 * 1024 * 1024);
  });

  it("names a PDF or an old .doc file for what it is", async () => {
    const pdf = await importFile(encode("%PDF-1.7\n1 0 obj\n"));
    expect(pdf.ok ? "" : pdf.message).toMatch(/PDF/);
    const doc = await importFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    expect(doc.ok ? "" : doc.message).toMatch(/\.doc/);
  });

  it("recognises text in the old TCVN3 encoding and asks for Unicode", async () => {
    // "KÕ ho¹ch tuyªn truyÒn" is how TCVN3 bytes look when read as Windows-1252.
    const bytes = Uint8Array.from(
      "KÕ ho¹ch tuyªn truyÒn c¶i c¸ch hµnh chÝnh n¨m 2020",
      (ch) => ch.charCodeAt(0) & 0xff,
    );
    const result = await importFile(bytes);
    expect(result.ok ? "" : result.message).toMatch(/TCVN3/);
  });
});

describe("text encodings", () => {
  it("reads UTF-16 with a byte-order mark (Notepad's 'Unicode')", async () => {
    const units = new Uint16Array([0xfeff, ...Array.from(SMALL_PLAN, (c) => c.charCodeAt(0))]);
    const result = await importFile(new Uint8Array(units.buffer));
    expect(toSummary(result).tasks).toHaveLength(1);
  });

  it("reads UTF-8 with a BOM and Windows line ends", async () => {
    const result = await importFile(encode(`\uFEFF${SMALL_PLAN.replace(/\n/g, "\r\n")}`));
    expect(toSummary(result)).toMatchObject({
      title: "Tuyên truyền cải cách hành chính năm 2025",
      tasks: [{ leads: ["Phòng Văn hóa - Xã hội"], time: "Hằng tháng" }],
    });
  });

  it("reads decomposed (NFD) Vietnamese as the same plan", () => {
    const result = importText(SMALL_PLAN.normalize("NFD"));
    expect(toSummary(result).tasks[0]?.leads).toEqual(["Phòng Văn hóa - Xã hội"]);
  });
});

describe("shapes that could make a parser slow", () => {
  it("reads one very long line", () => {
    const line = "Tuyên truyền, phổ biến, ".repeat(80_000);
    const result = importText(`KẾ HOẠCH\n${line}`);
    expect(result.ok).toBe(true);
  });

  it("reads an agency list with tens of thousands of commas", () => {
    const list = Array.from({ length: 20_000 }, (_, i) => (i % 2 ? "đơn vị" : `Phòng Số ${i}`)).join(", ");
    const result = importText(`${SMALL_PLAN}- Cơ quan phối hợp: ${list}\n`);
    expect(result.ok).toBe(true);
  });

  it("reads a table of thousands of tab-separated rows", () => {
    const rows = Array.from(
      { length: 5000 },
      (_, i) => `${i + 1}\tNhiệm vụ số ${i + 1}\tPhòng Nội vụ\tUBND các xã, phường\tQuý ${(i % 4) + 1}/2025`,
    );
    const text = `KẾ HOẠCH\nThử bảng lớn năm 2025\nI. NHIỆM VỤ\nSTT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian\n${rows.join("\n")}\n`;
    const result = importText(text);
    expect(toSummary(result).tasks).toHaveLength(5000);
  });

  it("refuses text longer than it will read, with the limit in the message", () => {
    const result = importText("a".repeat(5_000_001));
    expect(result).toMatchObject({ ok: false, code: "too-large" });
  });
});
