import {
  AlignmentType,
  BorderStyle,
  type IParagraphStyleOptions,
  type IStylesOptions,
  LineRuleType,
} from "docx";
import type { LayoutProfile } from "../profile.js";
import { borderEighths, halfPoints, lineMultiple, twip, twipMm } from "./units.js";

// The paragraph styles of the Word file, one per element of the decree, named for what they are
// so that an official who edits the draft picks "Căn cứ" or "Nơi nhận (các nơi)" from Word's
// style list and stays within Nghị định 30. Sizes come from the profile (set 13 or 14), so a
// document keeps its size pairing when edited. Ids are ASCII (Word's own style ids are); the
// names, which Word shows, are Vietnamese.

export const FONT = "Times New Roman";
/** Line width of the frames of the mật, khẩn and phạm vi lưu hành marks, as in the PDF. */
export const STAMP_FRAME_PT = 0.8;
export const BLACK = "000000";

export const STYLE = {
  quocHieu: "VbQuocHieu",
  tieuNgu: "VbTieuNgu",
  parentBody: "VbCoQuanChuQuan",
  issuingBody: "VbCoQuanBanHanh",
  rule: "VbDuongKe",
  soKyHieu: "VbSoKyHieu",
  placeDate: "VbDiaDanhNgay",
  congVanSubject: "VbTrichYeuCongVan",
  stamp: "VbDauMucDo",
  circulation: "VbPhamViLuuHanh",
  typeName: "VbTenLoai",
  subject: "VbTrichYeu",
  attachedReference: "VbKemTheo",
  authority: "VbThamQuyen",
  basis: "VbCanCu",
  enactment: "VbQuyetDinh",
  kinhGui: "VbKinhGui",
  body: "VbNoiDung",
  phan: "VbPhan",
  chuong: "VbChuong",
  mucA: "VbMucSo",
  tieuMuc: "VbTieuMuc",
  structureTitle: "VbTenPhanChuongMuc",
  dieu: "VbDieu",
  muc: "VbMucLaMa",
  khoan: "VbKhoan",
  diem: "VbDiem",
  noiNhanLabel: "VbNoiNhanNhan",
  noiNhanItem: "VbNoiNhanMuc",
  drafter: "VbKyHieuSoanThao",
  signerTitle: "VbChucVuNguoiKy",
  signingSpace: "VbChoKy",
  signerName: "VbHoTenNguoiKy",
  appendixLabel: "VbPhuLucSo",
  appendixTitle: "VbPhuLucTen",
  appendixReference: "VbPhuLucKemTheo",
  tableHeader: "VbBangTieuDe",
  tableCell: "VbBangO",
  tableGroup: "VbBangNhom",
  pageNumber: "VbSoTrang",
  contact: "VbDiaChi",
  organisationSignature: "VbChuKySoCoQuan",
  empty: "VbTrong",
} as const;

export type StyleKey = keyof typeof STYLE;

/** Single spacing, no space around: the header cells, the signer block, the tables. */
const SINGLE = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;

export function documentStyles(profile: LayoutProfile): IStylesOptions {
  const s = profile.sizes;
  const bodyLine = lineMultiple(profile.body.lineSpacing);
  const indent = twipMm(profile.body.firstLineIndentCm * 10);
  const before = twip(profile.body.spaceBeforePt);
  const rule = {
    style: BorderStyle.SINGLE,
    size: borderEighths(profile.rules.strokePt),
    color: BLACK,
    space: 0,
  };
  // The marks' frames: 0.8 pt lines around an 8 mm high box, as the pre-made stamps (red for mật
  // and khẩn); the borders add their width to the paragraph, so the line is 8 mm less both.
  const frame = (color: string) => {
    const side = { style: BorderStyle.SINGLE, size: borderEighths(STAMP_FRAME_PT), space: 0, color };
    return { top: side, bottom: side, left: side, right: side };
  };
  const frameLine = twipMm(8) - 2 * twip(STAMP_FRAME_PT);
  const red = profile.stampColor.replace("#", "");

  const style = (
    key: StyleKey,
    name: string,
    options: Omit<IParagraphStyleOptions, "id" | "name">,
  ): IParagraphStyleOptions => ({
    id: STYLE[key],
    name,
    basedOn: "Normal",
    quickFormat: true,
    ...options,
  });
  const centred = (size: number, run: { bold?: boolean; italics?: boolean } = {}) => ({
    paragraph: { alignment: AlignmentType.CENTER, spacing: SINGLE },
    run: { size: halfPoints(size), ...run },
  });
  const bodyParagraph = {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: indent },
    spacing: { before, after: 0, line: bodyLine, lineRule: LineRuleType.AUTO },
    widowControl: true,
  };
  const bodyStyle = (
    key: StyleKey,
    name: string,
    run: { bold?: boolean; italics?: boolean },
    extra: { keepNext?: boolean; outlineLevel?: number } = {},
  ) =>
    style(key, name, {
      basedOn: STYLE.body,
      next: STYLE.body,
      paragraph: { ...bodyParagraph, ...extra },
      run: { size: halfPoints(s.body), ...run },
    });
  const structureLabel = (key: StyleKey, name: string, outlineLevel: number) =>
    style(key, name, {
      next: STYLE.structureTitle,
      paragraph: {
        alignment: AlignmentType.CENTER,
        spacing: { before: before * 2, after: 0, line: bodyLine, lineRule: LineRuleType.AUTO },
        keepNext: true,
        outlineLevel,
      },
      run: { size: halfPoints(s.body), bold: true },
    });

  // Word's own Title and Heading styles, which the library writes in blue and large sizes, set
  // as the decree's headings: an official who picks them stays in black Times at the body size.
  const wordHeading = { run: { size: halfPoints(s.body), bold: true, color: BLACK, italics: false } };
  return {
    default: {
      title: {
        run: { size: halfPoints(s.typeName), bold: true, color: BLACK },
        paragraph: { alignment: AlignmentType.CENTER },
      },
      heading1: wordHeading,
      heading2: wordHeading,
      heading3: wordHeading,
      heading4: wordHeading,
      heading5: wordHeading,
      heading6: wordHeading,
      document: {
        run: {
          font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT },
          size: halfPoints(s.body),
          color: BLACK,
          language: { value: "vi-VN" },
        },
        paragraph: { spacing: SINGLE },
      },
    },
    paragraphStyles: [
      style("quocHieu", "Quốc hiệu", centred(s.quocHieu, { bold: true })),
      style("tieuNgu", "Tiêu ngữ", centred(s.tieuNgu, { bold: true })),
      style("parentBody", "Tên cơ quan chủ quản", centred(s.parentBody)),
      style("issuingBody", "Tên cơ quan ban hành", centred(s.issuingBody, { bold: true })),
      // A rule is an empty paragraph whose top border is the line: its length is the paragraph's
      // width, set by the indents, so an official can lengthen or move it without drawing tools.
      style("rule", "Đường kẻ", {
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: 40, after: 0, line: 20, lineRule: LineRuleType.EXACT },
          border: { top: rule },
        },
        run: { size: 2 },
      }),
      style("soKyHieu", "Số, ký hiệu", {
        paragraph: { alignment: AlignmentType.CENTER, spacing: { ...SINGLE, before: twip(6) } },
        run: { size: halfPoints(s.soKyHieu) },
      }),
      style("placeDate", "Địa danh và thời gian ban hành", {
        paragraph: { alignment: AlignmentType.CENTER, spacing: { ...SINGLE, before: twip(6) } },
        run: { size: halfPoints(s.placeDate), italics: true },
      }),
      style("congVanSubject", "Trích yếu công văn (V/v)", {
        paragraph: { alignment: AlignmentType.CENTER, spacing: { ...SINGLE, before: twip(6) } },
        run: { size: halfPoints(s.congVanSubject) },
      }),
      style("stamp", "Dấu chỉ độ mật, mức độ khẩn", {
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: twipMm(3), after: 0, line: frameLine, lineRule: LineRuleType.EXACT },
          border: frame(red),
        },
        run: { size: halfPoints(s.stamp), bold: true, color: red },
      }),
      style("circulation", "Chỉ dẫn phạm vi lưu hành", {
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: 0, after: 0, line: frameLine, lineRule: LineRuleType.EXACT },
          border: frame(BLACK),
        },
        run: { size: halfPoints(s.stamp), bold: true },
      }),
      style("typeName", "Tên loại văn bản", {
        next: STYLE.subject,
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { ...SINGLE, before: twip(18) },
          keepNext: true,
        },
        run: { size: halfPoints(s.typeName), bold: true },
      }),
      style("subject", "Trích yếu nội dung", {
        paragraph: { alignment: AlignmentType.CENTER, spacing: SINGLE, keepNext: true },
        run: { size: halfPoints(s.subject), bold: true },
      }),
      style("attachedReference", "Kèm theo (văn bản ban hành kèm)", {
        paragraph: { alignment: AlignmentType.CENTER, spacing: SINGLE, keepNext: true },
        run: { size: halfPoints(s.subject), italics: true },
      }),
      style("authority", "Thẩm quyền ban hành", {
        next: STYLE.basis,
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before, after: 0, line: bodyLine, lineRule: LineRuleType.AUTO },
          keepNext: true,
        },
        run: { size: halfPoints(s.body), bold: true },
      }),
      style("basis", "Căn cứ ban hành", {
        next: STYLE.basis,
        paragraph: bodyParagraph,
        run: { size: halfPoints(s.body), italics: true },
      }),
      style("enactment", "Quyết định (dòng ban hành)", {
        next: STYLE.dieu,
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: before * 2, after: 0, line: bodyLine, lineRule: LineRuleType.AUTO },
          keepNext: true,
        },
        run: { size: halfPoints(s.body), bold: true },
      }),
      style("kinhGui", "Kính gửi", {
        paragraph: {
          alignment: AlignmentType.LEFT,
          spacing: { before: 0, after: 0, line: bodyLine, lineRule: LineRuleType.AUTO },
          indent: { left: twipMm(profile.kinhGui.leftIndentCm * 10) },
          keepNext: true,
        },
        run: { size: halfPoints(s.body) },
      }),
      style("body", "Nội dung", {
        next: STYLE.body,
        paragraph: bodyParagraph,
        run: { size: halfPoints(s.body) },
      }),
      structureLabel("phan", "Phần", 0),
      structureLabel("chuong", "Chương", 1),
      structureLabel("mucA", "Mục (số Ả Rập)", 2),
      structureLabel("tieuMuc", "Tiểu mục", 3),
      style("structureTitle", "Tên phần, chương, mục", {
        next: STYLE.body,
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: 0, after: 0, line: bodyLine, lineRule: LineRuleType.AUTO },
          keepNext: true,
        },
        run: { size: halfPoints(s.body), bold: true },
      }),
      bodyStyle("dieu", "Điều", { bold: true }, { outlineLevel: 4 }),
      bodyStyle("muc", "Mục (số La Mã)", { bold: true }, { keepNext: true, outlineLevel: 1 }),
      bodyStyle("khoan", "Khoản", { bold: true }, { outlineLevel: 2 }),
      bodyStyle("diem", "Điểm", {}, { outlineLevel: 3 }),
      style("noiNhanLabel", "Nơi nhận (nhãn)", {
        next: STYLE.noiNhanItem,
        paragraph: { alignment: AlignmentType.LEFT, spacing: SINGLE },
        run: { size: halfPoints(s.noiNhanLabel), bold: true, italics: true },
      }),
      style("noiNhanItem", "Nơi nhận (các nơi)", {
        next: STYLE.noiNhanItem,
        paragraph: { alignment: AlignmentType.LEFT, spacing: SINGLE },
        run: { size: halfPoints(s.noiNhanItem) },
      }),
      style("drafter", "Ký hiệu người soạn thảo, số bản", {
        paragraph: { alignment: AlignmentType.LEFT, spacing: SINGLE },
        run: { size: halfPoints(s.drafter) },
      }),
      style("signerTitle", "Quyền hạn, chức vụ người ký", {
        next: STYLE.signingSpace,
        paragraph: { alignment: AlignmentType.CENTER, spacing: SINGLE, keepNext: true },
        run: { size: halfPoints(s.signer), bold: true },
      }),
      style("signingSpace", "Chỗ ký, đóng dấu", {
        next: STYLE.signerName,
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: {
            before: 0,
            after: 0,
            line: twipMm(profile.signature.gapMm),
            lineRule: LineRuleType.EXACT,
          },
          keepNext: true,
        },
        run: { size: halfPoints(s.signer) },
      }),
      style("signerName", "Họ tên người ký", centred(s.signer, { bold: true })),
      style("appendixLabel", "Phụ lục (số)", {
        next: STYLE.appendixTitle,
        paragraph: { alignment: AlignmentType.CENTER, spacing: SINGLE, keepNext: true },
        run: { size: halfPoints(s.appendixLabel), bold: true },
      }),
      style("appendixTitle", "Phụ lục (tên)", {
        next: STYLE.appendixReference,
        paragraph: { alignment: AlignmentType.CENTER, spacing: SINGLE, keepNext: true },
        run: { size: halfPoints(s.appendixTitle), bold: true },
      }),
      style("appendixReference", "Phụ lục (kèm theo)", {
        paragraph: { alignment: AlignmentType.CENTER, spacing: SINGLE, keepNext: true },
        run: { size: halfPoints(s.appendixReference), italics: true },
      }),
      style("tableHeader", "Bảng (tiêu đề cột)", {
        paragraph: { alignment: AlignmentType.CENTER, spacing: SINGLE, keepNext: true },
        run: { size: halfPoints(s.table), bold: true },
      }),
      style("tableCell", "Bảng (ô)", {
        paragraph: { alignment: AlignmentType.LEFT, spacing: SINGLE },
        run: { size: halfPoints(s.table) },
      }),
      style("tableGroup", "Bảng (dòng nhóm)", {
        paragraph: { alignment: AlignmentType.LEFT, spacing: SINGLE, keepNext: true },
        run: { size: halfPoints(s.table), bold: true },
      }),
      style("pageNumber", "Số trang", centred(s.pageNumber)),
      style("contact", "Địa chỉ, điện thoại", {
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: SINGLE,
          border: { top: { ...rule, space: 4 } },
        },
        run: { size: halfPoints(s.contact) },
      }),
      style("organisationSignature", "Chữ ký số của cơ quan (ô 14)", {
        paragraph: { alignment: AlignmentType.RIGHT, spacing: SINGLE },
        run: { size: halfPoints(s.organisationSignature), color: BLACK, bold: false, italics: false },
      }),
      // Headers and footers without content: a paragraph Word needs, one point high, so that it
      // never pushes the text area.
      style("empty", "Đầu trang, chân trang trống", {
        paragraph: { spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT } },
        run: { size: 2 },
      }),
    ],
  };
}
