// Times as Phụ lục I writes them (ISO 8601 with the Vietnam offset, "2026-01-09T10:15:30+07:00")
// and as a PDF date ("D:20260109101530+07'00'"). Always in Vietnam time, whatever the machine's zone.

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

function vietnamParts(date: Date): string[] {
  if (Number.isNaN(date.getTime())) throw new RangeError("Thời gian ký không hợp lệ.");
  const t = new Date(date.getTime() + VIETNAM_OFFSET_MS);
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  return [
    p(t.getUTCFullYear(), 4),
    p(t.getUTCMonth() + 1),
    p(t.getUTCDate()),
    p(t.getUTCHours()),
    p(t.getUTCMinutes()),
    p(t.getUTCSeconds()),
  ];
}

/** "2026-01-09T10:15:30+07:00" */
export function isoVietnam(date: Date): string {
  const [y, mo, d, h, mi, s] = vietnamParts(date);
  return `${y}-${mo}-${d}T${h}:${mi}:${s}+07:00`;
}

/** "D:20260109101530+07'00'" */
export function pdfDate(date: Date): string {
  return `D:${vietnamParts(date).join("")}+07'00'`;
}
