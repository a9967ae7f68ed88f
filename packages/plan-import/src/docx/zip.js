import { Inflate } from "fflate";
// Reads the few entries of a .docx the importer needs, without trusting the archive: the central
// directory gives where each entry is, and each entry is inflated a small slice at a time with its
// output counted, so a "zip bomb" (a few kilobytes that inflate to gigabytes) stops at the limit
// after a bounded amount of work instead of filling memory.
export class ZipError extends Error {
    tooLarge;
    constructor(message, tooLarge = false) {
        super(message);
        this.tooLarge = tooLarge;
    }
}
const u16 = (b, at) => b[at] | (b[at + 1] << 8);
const u32 = (b, at) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const u64 = (b, at) => u32(b, at) + u32(b, at + 4) * 2 ** 32;
function centralDirectory(bytes) {
    const min = Math.max(0, bytes.length - 65_557);
    let eocd = -1;
    for (let i = bytes.length - 22; i >= min; i--) {
        if (u32(bytes, i) === 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        throw new ZipError("tệp không phải là tệp nén hợp lệ (thiếu mục lục)");
    let count = u16(bytes, eocd + 10);
    let offset = u32(bytes, eocd + 16);
    if (offset === 0xffffffff || count === 0xffff) {
        const locator = eocd - 20;
        if (locator < 0 || u32(bytes, locator) !== 0x07064b50)
            throw new ZipError("mục lục ZIP64 không hợp lệ");
        const record = u64(bytes, locator + 8);
        if (record + 56 > bytes.length || u32(bytes, record) !== 0x06064b50)
            throw new ZipError("mục lục ZIP64 không hợp lệ");
        count = u64(bytes, record + 32);
        offset = u64(bytes, record + 48);
    }
    if (count > 10_000)
        throw new ZipError("tệp nén có quá nhiều thành phần");
    const entries = [];
    let at = offset;
    for (let n = 0; n < count; n++) {
        if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50)
            throw new ZipError("mục lục tệp nén bị hỏng");
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
                    if (u32(bytes, at + 24) === 0xffffffff)
                        p += 8;
                    if (compressedSize === 0xffffffff) {
                        compressedSize = u64(bytes, p);
                        p += 8;
                    }
                    if (localOffset === 0xffffffff)
                        localOffset = u64(bytes, p);
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
function inflateBounded(data, limit, name) {
    const chunks = [];
    let total = 0;
    let over = false;
    let done = false;
    const inflate = new Inflate((chunk, final) => {
        total += chunk.length;
        if (total > limit)
            over = true;
        else
            chunks.push(chunk);
        if (final)
            done = true;
    });
    for (let i = 0; i < data.length && !over && !done; i += SLICE) {
        inflate.push(data.subarray(i, Math.min(i + SLICE, data.length)), i + SLICE >= data.length);
    }
    if (over)
        throw new ZipError(`thành phần ${name} giải nén ra quá lớn (hơn ${Math.round(limit / 1048576)} MB)`, true);
    const out = new Uint8Array(total);
    let p = 0;
    for (const c of chunks) {
        out.set(c, p);
        p += c.length;
    }
    return out;
}
/** The named entries that exist, inflated; each limited to `limit` bytes once inflated. */
export function readZipEntries(bytes, names, limit) {
    const wanted = new Set(names);
    const out = new Map();
    for (const entry of centralDirectory(bytes)) {
        if (!wanted.has(entry.name) || out.has(entry.name))
            continue;
        // An honest archive says how large the entry is; a dishonest one is still stopped while inflating.
        if (entry.size !== 0xffffffff && entry.size > limit)
            throw new ZipError(`thành phần ${entry.name} giải nén ra quá lớn (${Math.round(entry.size / 1048576)} MB)`, true);
        const at = entry.localOffset;
        if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50)
            throw new ZipError(`thành phần ${entry.name} bị hỏng`);
        const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
        const end = start + entry.compressedSize;
        if (end > bytes.length)
            throw new ZipError(`thành phần ${entry.name} bị cắt cụt`);
        const data = bytes.subarray(start, end);
        if (entry.method === 0) {
            if (data.length > limit)
                throw new ZipError(`thành phần ${entry.name} quá lớn`, true);
            out.set(entry.name, data);
        }
        else if (entry.method === 8)
            out.set(entry.name, inflateBounded(data, limit, entry.name));
        else
            throw new ZipError(`thành phần ${entry.name} dùng kiểu nén chưa hỗ trợ (${entry.method})`);
    }
    return out;
}
//# sourceMappingURL=zip.js.map