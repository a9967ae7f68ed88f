import type { AgencyKind, FormCode, ParArea, Role } from "@kehoach/plan-model";

// Words of the matrix as officials write them: role codes printed in cells (with the full name
// for screen readers and in the legend), agency kinds as section titles, form and area names.

/** Short codes for a cell: distinct letters, so a role never depends on colour to be read. */
export const ROLE_CODES: Record<Role, string> = {
  lead: "CT",
  advisor: "TM",
  support: "PH",
  monitor: "TD",
  requested: "ĐN",
};

/** Where a row sits in the matrix: agencies grouped by kind, in the order a plan lists them. */
export type RowKind = AgencyKind | "unknown" | "generic";

export const KIND_ORDER: readonly RowKind[] = [
  "ubnd",
  "hdnd",
  "van_phong",
  "co_quan_chuyen_mon",
  "trung_tam_pvhcc",
  "don_vi_su_nghiep",
  "mttq",
  "doan_the",
  "dang",
  "chuc_danh",
  "to_chuc_khac",
  "bao_chi",
  "co_quan_cap_tren",
  "group",
  "unknown",
  "generic",
];

export const KIND_LABELS: Record<RowKind, string> = {
  ubnd: "Ủy ban nhân dân",
  hdnd: "Hội đồng nhân dân",
  van_phong: "Văn phòng",
  co_quan_chuyen_mon: "Cơ quan chuyên môn",
  trung_tam_pvhcc: "Trung tâm Phục vụ hành chính công",
  don_vi_su_nghiep: "Đơn vị sự nghiệp",
  mttq: "Mặt trận Tổ quốc",
  doan_the: "Tổ chức chính trị - xã hội",
  dang: "Tổ chức Đảng",
  chuc_danh: "Chức danh",
  to_chuc_khac: "Tổ chức khác",
  bao_chi: "Cơ quan báo chí",
  co_quan_cap_tren: "Cơ quan cấp trên",
  group: "Nhóm cơ quan, đơn vị",
  unknown: "Chưa có trong danh mục",
  generic: "Cơ quan, đơn vị liên quan",
};

/**
 * Section titles of the phụ lục, a document of the plan: the screen's labels, except that an
 * agency the directory does not know is not marked as such in an official text ("Chưa có trong
 * danh mục" says something about this site's data, not about the agency): it is one of the other
 * bodies the plan assigns work to.
 */
export const DOCUMENT_SECTION_LABELS: Record<RowKind, string> = {
  ...KIND_LABELS,
  unknown: "Cơ quan, đơn vị khác",
};

export const FORM_LABELS: Record<FormCode, string> = {
  massMedia: "Báo chí, phát thanh, truyền hình",
  portal: "Cổng, Trang thông tin điện tử",
  radio: "Truyền thanh cơ sở",
  bulletin: "Bản tin",
  print: "Tài liệu in, tờ gấp",
  visual: "Băng rôn, khẩu hiệu, pa nô",
  contest: "Hội thi",
  training: "Tập huấn, bồi dưỡng",
  conference: "Hội nghị, hội thảo",
  integrated: "Lồng ghép trong hội nghị, sinh hoạt",
  mobile: "Tuyên truyền lưu động",
  cultural: "Văn hóa, văn nghệ",
  dialogue: "Đối thoại",
  publication: "Niêm yết, công khai",
  hotline: "Đường dây nóng, hòm thư góp ý",
  socialMedia: "Mạng xã hội",
  other: "Hình thức khác",
};

export const PAR_AREA_LABELS: Record<ParArea, string> = {
  institutions: "Cải cách thể chế",
  procedures: "Cải cách thủ tục hành chính",
  organisation: "Cải cách tổ chức bộ máy",
  civilService: "Cải cách chế độ công vụ",
  publicFinance: "Cải cách tài chính công",
  digitalGovernment: "Xây dựng chính quyền điện tử, chính quyền số",
};

/** Column headers named in a sentence: "Tháng 10, Tháng 11", or the first and last of more ("Tháng 9 – Tháng 12"). */
export function columnRange(headers: readonly string[]): string {
  return headers.length <= 2 ? headers.join(", ") : `${headers[0]} – ${headers.at(-1)}`;
}
