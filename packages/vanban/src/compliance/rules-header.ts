import { QUOC_HIEU, TIEU_NGU } from "../text-lines.js";
import type { DocumentAnatomy } from "./anatomy.js";
import type { CheckList } from "./check-list.js";
import { type Fragment, fmtPt, segCentre, segLength, segY } from "./reading.js";
import type { MeasuredSegment } from "./types.js";

// Rules 3–8, 15 and 16 of nd30-layout §14.2 on the first page of a document: the header's
// elements, their sizes and styles, its rules, the number and the date, a document issued with
// a QĐ, and names valid on the issue date.

const TYPE_ABBREVIATION: Record<string, string> = { KH: "KH", QD: "QĐ", BC: "BC", TTr: "TTr" };
const KNOWN_TYPES = [
  "NQ",
  "QĐ",
  "CT",
  "QC",
  "QyĐ",
  "TC",
  "TB",
  "HD",
  "CTr",
  "KH",
  "PA",
  "ĐA",
  "DA",
  "BC",
  "BB",
  "TTr",
];

const ratio = (n: number) => n.toFixed(2).replace(".", ",");

function ruleLength(
  list: CheckList,
  element: string,
  rule: MeasuredSegment | undefined,
  base: Fragment | undefined,
  min: number,
  max: number,
  page: number,
): void {
  if (!list.present(5, element, rule, page) || !base) return;
  const width = base.right - base.x;
  list.between(
    5,
    `${element}: tỷ lệ với dòng chữ "${base.text}"`,
    segLength(rule) / width,
    min,
    max,
    ratio,
    page,
  );
  list.near(5, `${element}: canh giữa dòng chữ`, segCentre(rule), base.centre, 1.5, fmtPt, page);
  list.between(
    5,
    `${element}: khoảng cách dưới chân chữ`,
    base.y - segY(rule),
    0.5,
    base.size * 0.8,
    fmtPt,
    page,
  );
}

export interface HeaderContext {
  sizeSet: number | undefined;
  /** The date used for rule 16 (a document issued with a QĐ takes the QĐ's). */
  issueDate: { year: number; month?: number; day?: number } | undefined;
  abbreviations?: string[] | undefined;
}

export function checkHeader(list: CheckList, a: DocumentAnatomy, ctx: HeaderContext): void {
  const page = a.section.pages[0]?.page.number ?? 1;
  const set = ctx.sizeSet;

  // Rule 4: Quốc hiệu and Tiêu ngữ each on one line.
  list.add(
    4,
    "Quốc hiệu trên một dòng",
    a.quocHieu !== undefined,
    a.quocHieu
      ? `"${a.quocHieu.text}"`
      : a.quocHieuPieces.map((f) => `"${f.text}"`).join(" / ") || "không thấy",
    `"${QUOC_HIEU}" trên một dòng`,
    page,
  );
  list.add(
    4,
    "Tiêu ngữ trên một dòng",
    a.tieuNgu?.text === TIEU_NGU,
    a.tieuNgu ? `"${a.tieuNgu.text}"` : "không thấy",
    `"${TIEU_NGU}" trên một dòng`,
    page,
  );
  if (a.quocHieu && a.tieuNgu) {
    list.near(4, "Tiêu ngữ canh giữa dưới Quốc hiệu", a.tieuNgu.centre, a.quocHieu.centre, 1.5, fmtPt, page);
  }

  // Rules 3 and 6: sizes paired by the set, styles of each element.
  if (a.quocHieu) {
    if (set) list.size(3, "Quốc hiệu", a.quocHieu, set - 1);
    list.style(6, "Quốc hiệu", a.quocHieu, { bold: true, upper: true });
  }
  if (a.tieuNgu) {
    if (set) list.size(3, "Tiêu ngữ", a.tieuNgu, set);
    list.style(6, "Tiêu ngữ", a.tieuNgu, { bold: true, italic: false });
  }
  for (const f of a.parent) {
    if (set) list.size(3, "Tên cơ quan chủ quản", f, set - 1);
    list.style(6, "Tên cơ quan chủ quản", f, { bold: false, upper: true });
  }
  list.add(
    6,
    "Tên cơ quan ban hành",
    a.issuing.length > 0,
    a.issuing.length ? "có" : "không thấy (dòng đậm bên trái)",
    "có",
    page,
  );
  for (const f of a.issuing) {
    if (set) list.size(3, "Tên cơ quan ban hành", f, set - 1);
    list.style(6, "Tên cơ quan ban hành", f, { bold: true, upper: true });
  }

  // Rule 5: the three rules.
  ruleLength(list, "Đường kẻ dưới Tiêu ngữ", a.tieuNguRule, a.tieuNgu, 0.98, 1.02, page);
  ruleLength(
    list,
    "Đường kẻ dưới tên cơ quan ban hành",
    a.agencyRule,
    a.issuing[a.issuing.length - 1],
    1 / 3,
    1 / 2,
    page,
  );

  if (a.attached) {
    checkAttached(list, a, page);
  } else {
    checkNumberAndDate(list, a, page, set, ctx.abbreviations);
  }

  // Title block.
  if (a.documentKind === "CV") {
    for (const f of a.vv) {
      if (set) list.size(6, "Trích yếu công văn (V/v)", f, set - 1);
      list.style(6, "Trích yếu công văn (V/v)", f, { bold: false, italic: false });
    }
    if (a.vv[0] && a.so)
      list.near(
        6,
        "Trích yếu công văn canh giữa dưới số, ký hiệu",
        a.vv[0].centre,
        a.so.centre,
        3,
        fmtPt,
        page,
      );
  } else {
    const textCentre = (a.leftEdge + a.rightEdge) / 2;
    if (list.present(6, "Tên loại văn bản", a.typeName, page)) {
      if (set) list.size(3, "Tên loại văn bản", a.typeName, set);
      list.style(6, "Tên loại văn bản", a.typeName, { bold: true, upper: true });
      list.near(6, "Tên loại văn bản canh giữa", a.typeName.centre, textCentre, 1.5, fmtPt, page);
    }
    list.add(
      6,
      "Trích yếu nội dung",
      a.subject.length > 0,
      a.subject.length ? "có" : "không thấy",
      "có",
      page,
    );
    for (const f of a.subject) {
      if (set) list.size(3, "Trích yếu nội dung", f, set);
      list.style(6, "Trích yếu nội dung", f, { bold: true });
      list.near(6, "Trích yếu canh giữa", f.centre, textCentre, 1.5, fmtPt, page);
    }
    const longest = [...a.subject].sort((x, y) => y.right - y.x - (x.right - x.x))[0];
    ruleLength(list, "Đường kẻ dưới trích yếu", a.titleRule, undefined, 1 / 3, 1 / 2, page);
    if (a.titleRule && longest) {
      const width = longest.right - longest.x;
      list.between(
        5,
        `Đường kẻ dưới trích yếu: tỷ lệ với dòng "${longest.text}"`,
        segLength(a.titleRule) / width,
        1 / 3,
        1 / 2,
        ratio,
        page,
      );
      list.near(
        5,
        "Đường kẻ dưới trích yếu: canh giữa",
        segCentre(a.titleRule),
        textCentre,
        1.5,
        fmtPt,
        page,
      );
    }
  }

  checkDistricts(list, a, ctx, page);
}

function checkNumberAndDate(
  list: CheckList,
  a: DocumentAnatomy,
  page: number,
  set: number | undefined,
  abbreviations: string[] | undefined,
): void {
  if (!list.present(7, "Số, ký hiệu", a.so, page)) return;
  const so = a.so;
  list.size(7, "Số, ký hiệu", so, 13);
  list.style(7, "Số, ký hiệu", so, { bold: false, italic: false });
  const draft = /^Số:\s*\//u.test(so.text);
  const match = /^Số: (0[1-9]|[1-9]\d*)\/(\S+)$/u.exec(so.text) ?? /^Số:\s*\/(\S+)$/u.exec(so.text);
  const symbol = match ? (match[match.length - 1] as string) : "";
  list.add(
    7,
    "Số, ký hiệu: cách viết",
    match !== null && /^[\p{L}\d]+(?:&[\p{L}\d]+)*(-[\p{L}\d]+(?:&[\p{L}\d]+)*)+$/u.test(symbol),
    `"${so.text}"`,
    draft
      ? '"Số:      /KH-UBND" (dự thảo để trống số)'
      : '"Số: 05/KH-UBND" (số dưới 10 có số 0, không dấu cách)',
    page,
  );
  const typeAbbr = a.documentKind ? TYPE_ABBREVIATION[a.documentKind] : undefined;
  const firstGroup = symbol.split("-")[0] ?? "";
  if (typeAbbr) {
    list.add(
      7,
      "Ký hiệu: chữ viết tắt tên loại",
      firstGroup === typeAbbr,
      `"${firstGroup}"`,
      `"${typeAbbr}"`,
      page,
    );
  } else if (a.documentKind === "CV") {
    list.add(
      7,
      "Ký hiệu công văn: không có tên loại",
      !KNOWN_TYPES.includes(firstGroup),
      `"${firstGroup}"`,
      "viết tắt tên cơ quan (ví dụ UBND-VHXH)",
      page,
    );
  }

  if (abbreviations && symbol) {
    const groups = symbol.split("-").slice(typeAbbr ? 1 : 0);
    const unknown = groups.filter((g) => !abbreviations.includes(g));
    list.add(
      7,
      "Ký hiệu: chữ viết tắt đã đăng ký",
      unknown.length === 0,
      unknown.length === 0 ? `"${groups.join("-")}"` : unknown.map((g) => `"${g}"`).join(", "),
      abbreviations.join(", "),
      page,
    );
  }

  const date = a.date[0];
  if (!list.present(8, "Địa danh, ngày tháng năm", date, page)) return;
  if (set) list.size(3, "Địa danh, ngày tháng năm", date, set);
  list.style(6, "Địa danh, ngày tháng năm", date, { bold: false, italic: true });
  list.near(4, "Số và ngày tháng cùng một dòng (đường chân chữ)", date.y, so.y, 0.5, fmtPt, page);
  const text = a.date.map((f) => f.text).join(" ");
  const parsed = /^(.+), ngày\s*(\d+)?\s*tháng\s*(\d+)?\s*năm\s+(\d{4})$/u.exec(text);
  if (
    !list.add(
      8,
      "Ngày tháng: cách viết",
      parsed !== null,
      `"${text}"`,
      '"<Địa danh>, ngày DD tháng M năm YYYY"',
      page,
    )
  ) {
    return;
  }
  const [, place, day, month] = parsed as RegExpExecArray;
  list.add(
    8,
    "Địa danh: viết hoa chữ đầu",
    /^\p{Lu}/u.test(place ?? ""),
    `"${place}"`,
    "viết hoa chữ cái đầu của địa danh",
    page,
  );
  if (day !== undefined) {
    list.add(
      8,
      "Ngày: thêm 0 trước ngày dưới 10",
      /^(0[1-9]|[12]\d|3[01])$/u.test(day),
      `"${day}"`,
      "01–09, 10–31",
      page,
    );
  }
  if (month !== undefined) {
    list.add(
      8,
      "Tháng: chỉ tháng 1, 2 có số 0",
      /^(0[12]|[3-9]|1[0-2])$/u.test(month),
      `"${month}"`,
      "01, 02, 3, 4, …, 12",
      page,
    );
  }
  list.add(
    8,
    "Ngày tháng: dự thảo để trống cả số và ngày",
    draft ? day === undefined && month === undefined : day !== undefined && month !== undefined,
    draft ? "số để trống" : "số đã ghi",
    "số và ngày cùng ghi, hoặc cùng để trống khi chưa ban hành",
    page,
  );
}

function checkAttached(list: CheckList, a: DocumentAnatomy, page: number): void {
  list.add(
    15,
    "Văn bản kèm theo: không có số, ký hiệu",
    a.so === undefined,
    a.so ? `"${a.so.text}"` : "không có",
    "không có",
    page,
  );
  list.add(
    15,
    "Văn bản kèm theo: không có địa danh, ngày tháng",
    a.date.length === 0,
    a.date[0] ? `"${a.date[0].text}"` : "không có",
    "không có",
    page,
  );
  const reference = a.reference.map((f) => f.text).join(" ");
  list.add(
    15,
    "Văn bản kèm theo: dòng (Kèm theo Quyết định số …)",
    /^\((Ban hành )?[Kk]èm theo Quyết định số .+\)$/u.test(reference),
    reference ? `"${reference}"` : "không thấy",
    '"(Kèm theo Quyết định số …/QĐ-… ngày … của …)"',
    page,
  );
  for (const f of a.reference) list.style(15, "Dòng kèm theo", f, { italic: true, bold: false });
}

const DISTRICT = /(^|\s|-)(huyện|quận|thị xã|thị trấn)(\s|$)/iu;

function checkDistricts(list: CheckList, a: DocumentAnatomy, ctx: HeaderContext, page: number): void {
  const date = ctx.issueDate;
  if (!date) return;
  const after = date.year > 2025 || (date.year === 2025 && date.month !== undefined && date.month >= 7);
  if (!after) return;
  const names = [...a.parent, ...a.issuing, ...a.kinhGui, ...(a.signature?.items ?? [])];
  const stale = names.filter((f) => DISTRICT.test(f.text.toLocaleLowerCase("vi")));
  list.add(
    16,
    "Tên cơ quan, nơi nhận hợp lệ sau ngày 01/7/2025",
    stale.length === 0,
    stale.length === 0 ? "không có đơn vị cấp huyện" : stale.map((f) => `"${f.text}"`).join(", "),
    "không có huyện, quận, thị xã, thị trấn (chính quyền địa phương hai cấp)",
    stale[0]?.page ?? page,
  );
}
