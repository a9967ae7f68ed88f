// A text file from a user (a plan, a period data file, a locality) must be UTF-8. Decoding it
// leniently turns a Windows-1258 or TCVN3 file into "Pho� Chu� ti�ch" that then validates,
// renders and prints without a word; so the bytes are decoded strictly, a UTF-8 byte-order mark
// (which Notepad writes) is accepted, and anything else is refused with where the first bad byte
// is and how to fix the file.

export type DecodeResult = { ok: true; text: string } | { ok: false; message: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** What the first bytes say the file is, when it is a known binary or another encoding. */
function knownKind(bytes: Uint8Array): string | undefined {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) return "văn bản UTF-16";
  if (starts(0x25, 0x50, 0x44, 0x46)) return "tệp PDF";
  if (starts(0x50, 0x4b, 0x03, 0x04)) return "tệp nén (Word .docx, Excel .xlsx hoặc .zip)";
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return "tệp Word/Excel 97–2003 (.doc, .xls)";
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff)) return "tệp ảnh";
  return undefined;
}

/** Line and column (from 1) of a byte offset, counting characters of the valid text before it. */
function position(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset));
  return { line, column: [...before].length + 1 };
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

/**
 * The text of a file that must be UTF-8 (with or without a byte-order mark), or a Vietnamese
 * message naming `what` the file is meant to be, where it goes wrong, and how to save it again.
 */
export function decodeTextFile(bytes: Uint8Array, what = "tệp"): DecodeResult {
  const kind = knownKind(bytes);
  if (kind) {
    const fix = kind === "văn bản UTF-16" ? " Hãy mở tệp và lưu lại dưới dạng UTF-8." : "";
    return { ok: false, message: `${what} là ${kind}, không phải văn bản UTF-8.${fix}` };
  }
  const body = UTF8_BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(3) : bytes;
  const bad = firstInvalidByte(body);
  if (bad < body.length) {
    const { line, column } = position(body, bad);
    return {
      ok: false,
      message: `${what} không phải văn bản UTF-8: byte 0x${body[bad]!.toString(16).toUpperCase().padStart(2, "0")} ở dòng ${line}, cột ${column} không đọc được (tệp có thể được lưu theo bảng mã Windows-1258, TCVN3 hoặc VNI). Hãy mở tệp bằng trình soạn thảo và lưu lại dưới dạng UTF-8.`,
    };
  }
  const nul = body.indexOf(0);
  if (nul !== -1) {
    const { line, column } = position(body, nul);
    return {
      ok: false,
      message: `${what} chứa ký tự rỗng (NUL) ở dòng ${line}, cột ${column}: đây không phải tệp văn bản.`,
    };
  }
  return { ok: true, text: new TextDecoder("utf-8").decode(body) };
}
