import { en, plainEnglish, say, type Wording } from "@kehoach/text-vi";
import { Inflate } from "fflate";

// Reads the few entries of a .docx the importer needs, without trusting the archive: the central
// directory gives where each entry is, and each entry is inflated a small slice at a time with its
// output counted, so a "zip bomb" (a few kilobytes that inflate to gigabytes) stops at the limit
// after a bounded amount of work instead of filling memory.

/** Why an archive cannot be read, in both languages (the Error's message is the Vietnamese). */
export class ZipError extends Error {
  constructor(
    readonly wording: Wording,
    readonly tooLarge = false,
  ) {
    super(wording.vi);
  }
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const u16 = (b: Uint8Array, at: number) => (b[at] as number) | ((b[at + 1] as number) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 2 ** 32;

function centralDirectory(bytes: Uint8Array): Entry[] {
  const min = Math.max(0, bytes.length - 65_557);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= min; i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    throw new ZipError(
      say(
        "tệp không phải là tệp nén hợp lệ (thiếu mục lục)",
        en`it is not a valid archive (no central directory)`,
      ),
    );
  let count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  if (offset === 0xffffffff || count === 0xffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(bytes, locator) !== 0x07064b50)
      throw new ZipError(say("mục lục ZIP64 không hợp lệ", en`its ZIP64 central directory is not valid`));
    const record = u64(bytes, locator + 8);
    if (record + 56 > bytes.length || u32(bytes, record) !== 0x06064b50)
      throw new ZipError(say("mục lục ZIP64 không hợp lệ", en`its ZIP64 central directory is not valid`));
    count = u64(bytes, record + 32);
    offset = u64(bytes, record + 48);
  }
  if (count > 10_000)
    throw new ZipError(say("tệp nén có quá nhiều thành phần", en`the archive holds too many parts`));
  const entries: Entry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50)
      throw new ZipError(say("mục lục tệp nén bị hỏng", en`the archive's central directory is damaged`));
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    let compressedSize = u32(bytes, at + 20);
    let localOffset = u32(bytes, at + 42);
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // ZIP64 extra field: the 64-bit values that did not fit, in a fixed order.
      let e = at + 46 + nameLength;
      const end = e + extraLength;
      while (e + 4 <= end) {
        const id = u16(bytes, e);
        const size = u16(bytes, e + 2);
        if (id === 0x0001) {
          let p = e + 4;
          if (u32(bytes, at + 24) === 0xffffffff) p += 8;
          if (compressedSize === 0xffffffff) {
            compressedSize = u64(bytes, p);
            p += 8;
          }
          if (localOffset === 0xffffffff) localOffset = u64(bytes, p);
        }
        e += 4 + size;
      }
    }
    entries.push({
      name,
      method: u16(bytes, at + 10),
      compressedSize,
      size: u32(bytes, at + 24),
      localOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

// Deflate expands at most about 1,032 times: a 32 KB slice yields at most about 33 MB, so memory
// stays bounded while slices stay large enough for the inflater to run at full speed.
const SLICE = 32 * 1024;

function inflateBounded(data: Uint8Array, limit: number, name: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  let done = false;
  const inflate = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) over = true;
    else chunks.push(chunk);
    if (final) done = true;
  });
  for (let i = 0; i < data.length && !over && !done; i += SLICE) {
    inflate.push(data.subarray(i, Math.min(i + SLICE, data.length)), i + SLICE >= data.length);
  }
  if (over)
    throw new ZipError(
      say(
        `thành phần ${name} giải nén ra quá lớn (hơn ${Math.round(limit / 1048576)} MB)`,
        en`the part ${plainEnglish(name)} is too large once unpacked (over ${Math.round(limit / 1048576)} MB)`,
      ),
      true,
    );
  const out = new Uint8Array(total);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

/** The named entries that exist, inflated; each limited to `limit` bytes once inflated. */
export function readZipEntries(
  bytes: Uint8Array,
  names: readonly string[],
  limit: number,
): Map<string, Uint8Array> {
  const wanted = new Set(names);
  const out = new Map<string, Uint8Array>();
  for (const entry of centralDirectory(bytes)) {
    if (!wanted.has(entry.name) || out.has(entry.name)) continue;
    // An honest archive says how large the entry is; a dishonest one is still stopped while inflating.
    if (entry.size !== 0xffffffff && entry.size > limit)
      throw new ZipError(
        say(
          `thành phần ${entry.name} giải nén ra quá lớn (${Math.round(entry.size / 1048576)} MB)`,
          en`the part ${plainEnglish(entry.name)} is too large once unpacked (${Math.round(entry.size / 1048576)} MB)`,
        ),
        true,
      );
    const at = entry.localOffset;
    if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50)
      throw new ZipError(
        say(`thành phần ${entry.name} bị hỏng`, en`the part ${plainEnglish(entry.name)} is damaged`),
      );
    const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
    const end = start + entry.compressedSize;
    if (end > bytes.length)
      throw new ZipError(
        say(`thành phần ${entry.name} bị cắt cụt`, en`the part ${plainEnglish(entry.name)} is cut short`),
      );
    const data = bytes.subarray(start, end);
    if (entry.method === 0) {
      if (data.length > limit)
        throw new ZipError(
          say(`thành phần ${entry.name} quá lớn`, en`the part ${plainEnglish(entry.name)} is too large`),
          true,
        );
      out.set(entry.name, data);
    } else if (entry.method === 8) out.set(entry.name, inflateBounded(data, limit, entry.name));
    else
      throw new ZipError(
        say(
          `thành phần ${entry.name} dùng kiểu nén chưa hỗ trợ (${entry.method})`,
          en`the part ${plainEnglish(entry.name)} uses a compression method not supported (${entry.method})`,
        ),
      );
  }
  return out;
}
