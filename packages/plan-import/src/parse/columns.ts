import { fold } from "../text.js";

// Column headers of task tables as real plans write them. A header names what a column holds; the
// order of columns is free, headers come with and without "Cơ quan"/"Đơn vị", in capitals, with a
// duplicated word ("Thời gian thời gian"), or split over two header rows ("Cơ quan thực hiện" over
// "Chủ trì | Phối hợp").

export type ColumnKind =
  | "ref"
  | "task"
  | "content"
  | "form"
  | "product"
  | "lead"
  | "advisor"
  | "support"
  | "time"
  | "budget"
  | "note"
  | "agencies"
  /** One agency's column of a responsibility matrix: its cells are marks (x, ✓, CT, PH). */
  | "matrix"
  | "unknown";

const RULES: [RegExp, ColumnKind][] = [
  [/^(stt|tt|so tt|so thu tu|s tt|thu tu|so)$/, "ref"],
  [/^(co quan,? don vi |co quan |don vi |cq |dv )?(chu tri|thuc hien chinh)( thuc hien)?$/, "lead"],
  [/^(co quan,? don vi |co quan |don vi )?(tham muu)( thuc hien)?$/, "advisor"],
  [
    /^(co quan,? don vi |co quan |don vi |cq |dv )?(phoi hop|phoi hop thuc hien|tham gia)( thuc hien)?$/,
    "support",
  ],
  [/^(co quan,? don vi |co quan |don vi )?(thuc hien|phu trach|chiu trach nhiem)$/, "agencies"],
  [/^(trach nhiem thuc hien|phan cong thuc hien|phan cong)$/, "agencies"],
  [
    /^(thoi gian|thoi han|tien do|moc thoi gian)( thuc hien| hoan thanh| trien khai| thoi gian)?( thuc hien| hoan thanh)?$/,
    "time",
  ],
  [
    /^(san pham|ket qua|san pham dau ra|ket qua dau ra|du kien san pham|ket qua\/ ?san pham|san pham\/ ?ket qua|hinh thuc san pham)$/,
    "product",
  ],
  [/^(kinh phi|du toan|nguon kinh phi|du toan kinh phi|kinh phi thuc hien)( \(.*\))?$/, "budget"],
  [/^(ghi chu)$/, "note"],
  [/^(hinh thuc|hinh thuc tuyen truyen|hinh thuc thuc hien|phuong thuc)$/, "form"],
  [
    /^(nhiem vu|nhiem vu cu the|ten nhiem vu|nhiem vu\/ ?hoat dong|nhiem vu, giai phap|hoat dong|cong viec|noi dung cong viec|noi dung nhiem vu|ten hoat dong|nhiem vu trong tam|noi dung hoat dong)$/,
    "task",
  ],
  [/^(noi dung|noi dung tuyen truyen|noi dung thuc hien|noi dung chu yeu|noi dung cu the)$/, "content"],
];

export function columnKind(header: string): ColumnKind {
  const f = fold(header)
    .replace(/[*_:.]/g, " ")
    .replace(/\s*\/\s*/g, "/")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\/$/, "");
  if (!f) return "unknown";
  for (const [re, kind] of RULES) if (re.test(f)) return kind;
  // "Thời gian thời gian", "Cơ quan chủ trì (1)": the first words decide.
  if (/^(thoi gian|thoi han|tien do|thoi diem)\b/.test(f)) return "time";
  // "Cơ quan chủ trì/phối hợp": both roles in one column, told apart inside each cell.
  if (/\bchu tri\b/.test(f) && /\bphoi hop\b/.test(f)) return "agencies";
  if (/\bchu tri\b/.test(f) && !/phoi hop/.test(f)) return "lead";
  if (/\bphoi hop\b/.test(f) && !/chu tri/.test(f)) return "support";
  if (/^(nhiem vu|noi dung)\b/.test(f)) return /^nhiem vu/.test(f) ? "task" : "content";
  if (/^(san pham|ket qua)\b/.test(f)) return "product";
  return "unknown";
}

/** A row is a header when at least two cells name known columns and one of them is the work itself or an agency. */
export function isHeaderRow(cells: readonly string[]): boolean {
  const kinds = cells.map(columnKind).filter((k) => k !== "unknown");
  if (kinds.length < 2) return false;
  return kinds.some(
    (k) => k === "task" || k === "content" || k === "lead" || k === "agencies" || k === "support",
  );
}

/** A second header row under a merged "Cơ quan thực hiện": "Chủ trì", "Phối hợp". */
export function isSubHeaderRow(cells: readonly string[]): boolean {
  const nonEmpty = cells.filter((c) => c.trim() !== "");
  if (nonEmpty.length === 0) return false;
  return nonEmpty.every((c) => {
    const k = columnKind(c);
    return k === "lead" || k === "support" || k === "advisor" || k === "time" || k === "product";
  });
}

/** "(1) (2) (3)" or "1 2 3 4 5": the column-number row many Vietnamese tables print under the header. */
export function isColumnNumberRow(cells: readonly string[]): boolean {
  const nonEmpty = cells.map((c) => c.trim()).filter((c) => c !== "");
  if (nonEmpty.length < 3) return false;
  return nonEmpty.every((c, i) => c === `(${i + 1})` || c === String(i + 1) || /^\(\d+\)(=.*)?$/.test(c));
}
