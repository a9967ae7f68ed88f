// Bytes from a file into text, or a clear reason why they are not text. Plans arrive as UTF-8
// (with or without BOM), sometimes UTF-16 from Notepad "Unicode", sometimes as a .doc/.pdf/.xlsx
// somebody renamed, and sometimes in the pre-Unicode Vietnamese encodings (TCVN3, VNI) that old
// Word files still use. Only the first kinds are read; the others are refused with a sentence that
// says what the file seems to be and what to do.

import { en, say, type Wording } from "@kehoach/text-vi";

export type Decoded = { ok: true; text: string } | { ok: false; message: Wording };

const SAMPLE = 64 * 1024;

export function sniffFormat(bytes: Uint8Array): "zip" | "ole" | "pdf" | "text" {
  if (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5) &&
    (bytes[3] === 4 || bytes[3] === 6)
  )
    return "zip";
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return "ole";
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return "pdf";
  return "text";
}

export function decodeText(bytes: Uint8Array): Decoded {
  const kind = sniffFormat(bytes);
  if (kind === "ole")
    return refuse(
      say(
        "Tệp có dạng Word 97–2003 (.doc), chưa đọc được. Hãy mở bằng Word và lưu lại dưới dạng .docx rồi nhập lại.",
        en`The file is a Word 97–2003 document (.doc), which cannot be read yet. Open it in Word, save it as .docx and import that.`,
      ),
    );
  if (kind === "pdf")
    return refuse(
      say(
        "Tệp là PDF: hãy nhập bằng importFile (đọc được PDF có lớp chữ), hoặc dùng tệp Word (.docx) gốc.",
        en`The file is a PDF: import it with importFile (which reads a PDF with a text layer), or use the original Word file (.docx).`,
      ),
    );
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  const sample = bytes.subarray(0, SAMPLE);
  let controls = 0;
  for (const b of sample) if ((b < 0x09 || (b > 0x0d && b < 0x20)) && b !== 0x1b) controls++;
  // A NUL every other byte without a BOM is UTF-16 too (some exporters drop the BOM).
  if (looksLikeUtf16le(sample)) return { ok: true, text: new TextDecoder("utf-16le").decode(bytes) };
  if (sample.length > 0 && controls / sample.length > 0.02)
    return refuse(
      say(
        "Tệp không phải văn bản (có nhiều ký tự nhị phân). Hãy chọn tệp .txt, .md hoặc .docx của kế hoạch.",
        en`The file is not text (it holds many binary characters). Choose the plan's .txt, .md or .docx file.`,
      ),
    );
  const text = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false }).decode(bytes);
  const bad = countReplacement(text.slice(0, SAMPLE));
  if (bad > 0 && bad / Math.min(text.length, SAMPLE) > 0.01) {
    const legacy = new TextDecoder("windows-1252").decode(sample);
    if (/[¸µ¶·¹¨©ª«®¬\u00d5\u00d2\u00f5\u00f2\u00ec\u00ed]{3}/u.test(legacy) || /[¸µ¶·¹]\w/u.test(legacy))
      return refuse(
        say(
          "Tệp dùng bảng mã tiếng Việt cũ (TCVN3 hoặc VNI), không phải Unicode. Hãy chuyển mã sang Unicode (ví dụ bằng Unikey) rồi nhập lại.",
          en`The file uses an old Vietnamese encoding (TCVN3 or VNI), not Unicode. Convert it to Unicode (with Unikey, for instance) and import it again.`,
        ),
      );
    return refuse(
      say(
        "Tệp không phải văn bản UTF-8 hợp lệ. Hãy lưu lại tệp với bảng mã Unicode (UTF-8).",
        en`The file is not valid UTF-8 text. Save it again in the Unicode (UTF-8) encoding.`,
      ),
    );
  }
  return { ok: true, text };
}

function looksLikeUtf16le(sample: Uint8Array): boolean {
  if (sample.length < 8) return false;
  let zeros = 0;
  for (let i = 1; i < sample.length; i += 2) if (sample[i] === 0) zeros++;
  return zeros / (sample.length / 2) > 0.6;
}

function countReplacement(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === "\uFFFD") n++;
  return n;
}

function refuse(message: Wording): Decoded {
  return { ok: false, message };
}
