import { describe, expect, it } from "vitest";
import { cleanLine, cleanText, hasUncleanCharacters } from "./clean.js";
import { decodeTextFile } from "./decode.js";

const utf8 = (text: string) => new TextEncoder().encode(text);

// "Phó Chủ tịch" as Windows-1258 writes it: base letters with separate tone bytes.
const WINDOWS_1258 = new Uint8Array([0x50, 0x68, 0xf3, 0x20, 0x43, 0x68, 0x75, 0xd2, 0x20, 0x74, 0x69, 0xde]);

describe("a user's text file is read as UTF-8 or refused with where and how to fix it", () => {
  it("reads UTF-8 with and without a byte-order mark, the same text", () => {
    const text = '{"title": "Kế hoạch cải cách hành chính"}';
    expect(decodeTextFile(utf8(text))).toEqual({ ok: true, text });
    expect(decodeTextFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]))).toEqual({ ok: true, text });
  });

  it("refuses a Windows-1258 file instead of turning its letters into U+FFFD", () => {
    const bytes = new Uint8Array([...utf8('{\n  "signer": "'), ...WINDOWS_1258, ...utf8('"\n}')]);
    const result = decodeTextFile(bytes, "Tệp kế hoạch");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain("Tệp kế hoạch không phải văn bản UTF-8");
    expect(result.message).toContain("dòng 2, cột 16");
    expect(result.message).toContain("lưu lại dưới dạng UTF-8");
    expect(result.message).not.toContain("\uFFFD");
  });

  it("refuses a truncated multi-byte letter at the end of the file", () => {
    const bytes = utf8("Kế hoạch").subarray(0, 2);
    expect(decodeTextFile(bytes).ok).toBe(false);
  });

  it("refuses encoded surrogates and overlong forms, which strict decoders reject", () => {
    expect(decodeTextFile(new Uint8Array([0xed, 0xa0, 0x80])).ok).toBe(false);
    expect(decodeTextFile(new Uint8Array([0xc0, 0xaf])).ok).toBe(false);
    expect(decodeTextFile(new Uint8Array([0xf4, 0x90, 0x80, 0x80])).ok).toBe(false);
  });

  it("names UTF-16, PDF, Word and binary files for what they are", () => {
    const say = (bytes: number[]) => {
      const r = decodeTextFile(new Uint8Array(bytes), "Tệp");
      return r.ok ? "" : r.message;
    };
    expect(say([0xff, 0xfe, 0x4b, 0x00])).toMatch(/UTF-16.*lưu lại dưới dạng UTF-8/);
    expect(say([0x25, 0x50, 0x44, 0x46, 0x2d])).toContain("tệp PDF");
    expect(say([0x50, 0x4b, 0x03, 0x04])).toContain(".docx");
    expect(say([0xd0, 0xcf, 0x11, 0xe0])).toContain(".doc");
    expect(say([0x7b, 0x00, 0x7d])).toContain("ký tự rỗng (NUL) ở dòng 1, cột 2");
  });
});

describe("bidirectional controls never survive cleaning", () => {
  it('shows "\\u202Egnp.exe" as what it is, not as "exe.png"', () => {
    expect(cleanLine("\u202Egnp.exe")).toBe("gnp.exe");
    expect(cleanText("a\u2066b\u2069c\u200Fd\u061C")).toBe("abcd");
    expect(hasUncleanCharacters("Kế hoạch\u202D")).toBe(true);
    expect(hasUncleanCharacters("Kế hoạch")).toBe(false);
  });
});
