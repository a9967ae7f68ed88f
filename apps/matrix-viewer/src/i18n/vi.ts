import { hubWordsVi } from "@kehoach/hub/react";
import { ROLE_LABELS } from "@kehoach/plan-model";
import type { RichText } from "@kehoach/ui/messages";
import { columnRange, FORM_LABELS, KIND_LABELS, PAR_AREA_LABELS } from "../model/labels.js";
import type { UnscheduledReason } from "../model/timeline.js";

// Every word the matrix viewer shows, in Vietnamese (the shared components bring their own). The
// English set (en.ts) has the same shape; the files the viewer exports stay Vietnamese, as
// documents are.

export const vi = {
  appTitle: "Phân công trách nhiệm",
  /** The province hub's status and sign-in (from @kehoach/hub). */
  hub: hubWordsVi,

  openHeading: "Kế hoạch đang xem",
  openNone: "Chưa mở kế hoạch nào",
  openNoneHint:
    "Mở kế hoạch đã soạn trong trình soạn kế hoạch (lưu ngay trên trình duyệt này), một tệp kế hoạch .json, hoặc kế hoạch mẫu để xem thử. Có thể mở cùng lúc nhiều kế hoạch của một địa phương.",
  openSample: "Mở kế hoạch mẫu",
  openHow: "Mở kế hoạch",
  openMore: "Mở thêm kế hoạch (cùng địa phương)",
  storedHeading: "Kế hoạch đã lưu trên trình duyệt",
  storedNone: "Chưa có kế hoạch nào được lưu trên trình duyệt này.",
  moreColumns: (hidden: string[]) =>
    hidden.length > 0
      ? `Còn ${hidden.length === 1 ? "cột" : "các cột"} ${columnRange(hidden)} ở bên phải: cuộn ngang (hoặc dùng phím mũi tên trong bảng) để xem.`
      : "Bảng còn nội dung ở bên phải: cuộn ngang để xem.",
  moreColumnsCount: (n: number) =>
    `Còn ${n} cột ở bên phải: cuộn ngang, hoặc dùng phím mũi tên trong ma trận, để xem.`,
  storageFailedTitle: "Không mở được bộ nhớ của trình duyệt",
  storageFailedText:
    "Trình duyệt không cho trang đọc các kế hoạch đã lưu (IndexedDB), nên chưa biết trên máy này có kế hoạch nào. Kế hoạch đã lưu, nếu có, không bị xóa. Vẫn mở được tệp kế hoạch .json hoặc kế hoạch mẫu; thử tải lại trang, hoặc đóng các thẻ khác của trang này rồi mở lại.",
  storageFailedDetail: (detail: string) => `Trình duyệt báo: ${detail}`,
  storedUnreadable: "(không đọc được)",
  openStored: (title: string) => `Mở “${title}”`,
  fileLabel: "Tệp kế hoạch (.json)",
  close: (label: string) => `Đóng ${label}`,
  sourceLabels: { store: "đã lưu trên trình duyệt", file: "từ tệp", sample: "kế hoạch mẫu" },
  alreadyOpen: (title: string) => `Kế hoạch “${title}” đã được mở.`,
  opened: (title: string) => `Đã mở “${title}”.`,
  problemsIntro: "Kế hoạch không được mở vì các lỗi sau (không có gì bị thay đổi):",
  refusedStored: (id: string) => `Không mở được kế hoạch đã lưu “${id}”`,
  refusedFile: (fileName: string) => `Không mở được tệp “${fileName}”`,
  refusedPlan: (title: string) => `Không mở được “${title}”`,
  storedWhere: "Bộ nhớ trình duyệt",
  storedMissing: "Không còn kế hoạch này trong bộ nhớ trình duyệt.",
  localityWhere: "Địa phương của kế hoạch",
  otherLocality: (own: string, locality: string) =>
    `Kế hoạch thuộc địa phương “${own}”, khác với địa phương của trang này (“${locality}”). Chỉ xem cùng lúc các kế hoạch của một địa phương.`,

  tabsLabel: "Các cách xem phân công",
  tabMatrix: "Ma trận",
  tabAgency: "Đơn vị của tôi",
  tabTimeline: "Tiến độ theo tháng",
  tabFindings: (n: number) => `Cần xem lại (${n})`,

  filtersHeading: "Lọc",
  filterRole: "Vai trò",
  filterKind: "Loại cơ quan",
  filterAgency: "Cơ quan, đơn vị",
  filterTheme: "Chủ đề",
  filterFrom: "Từ tháng",
  filterTo: "Đến tháng",
  filterSearch: "Tìm nhiệm vụ hoặc cơ quan",
  filterSearchHint: "Gõ có dấu hoặc không dấu; “hoà” và “hòa” như nhau." as RichText,
  allRoles: "Mọi vai trò",
  allKinds: "Mọi loại",
  allThemes: "Mọi chủ đề",
  clearFilters: "Bỏ lọc",
  month: (m: number) => `Tháng ${m}`,
  themeForm: (label: string) => `Hình thức: ${label}`,
  themeGroup: (label: string) => `Nhóm nhiệm vụ: ${label}`,
  themeArea: (label: string) => `Lĩnh vực: ${label}`,

  matrixCaption: (agencies: number, tasks: number) =>
    `Ma trận phân công: ${agencies} cơ quan, đơn vị × ${tasks} nhiệm vụ`,
  matrixHint:
    "Dùng phím mũi tên để đi giữa các ô; Enter ở tên một nhóm để mở hoặc thu gọn nhóm, Enter ở một ô để xem chi tiết.",
  legend: "Ký hiệu trong ô",
  transpose: "Đổi chiều: nhiệm vụ theo hàng",
  expandAll: "Mở mọi nhóm",
  collapseAll: "Thu gọn mọi nhóm",
  cornerAgencies: "Cơ quan, đơn vị",
  cornerTasks: "Nhiệm vụ",
  totalTasks: "Số nhiệm vụ",
  totalAgencies: "Số cơ quan",
  totalsRowAgencies: "Số cơ quan, đơn vị",
  totalsRowTasks: "Số nhiệm vụ",
  section: (label: string, n: number) => `${label} (${n})`,
  memberNote: (group: string) => `thuộc ${group}`,
  groupNote: (n: number) => `Nhóm gồm ${n} đơn vị`,
  agencyTotal: (tasks: number, detail: string) => `${tasks} nhiệm vụ${detail ? `: ${detail}` : ""}`,
  taskTotal: (agencies: number, detail: string) =>
    `${agencies} cơ quan, đơn vị${detail ? `: ${detail}` : ""}`,
  noLead: "chưa có chủ trì",
  matrixEmpty: "Không có nhiệm vụ nào khớp với bộ lọc",
  matrixEmptyHint: "Nới bộ lọc hoặc bấm “Bỏ lọc” để xem lại toàn bộ ma trận.",
  cellDetailHeading: "Ô đang chọn",
  cellDetailNone: "Chọn một ô của ma trận để xem chi tiết.",
  cellDetail: (agency: string, task: string, roles: string) => `${agency} — nhiệm vụ ${task}: ${roles}`,
  cellNoRole: "không có vai trò",
  viaGroup: (roles: string, group: string) => `${roles} (qua nhóm “${group}”)`,

  exportHeading: "Xuất",
  exportXlsx: "Xuất Excel (.xlsx)",
  exportCsv: "Xuất CSV",
  exportPdf: "Xuất phụ lục PDF",
  exportDocx: "Xuất phụ lục Word",
  exporting: "Đang tạo tệp…",
  exportDone: (file: string) => `Đã tạo tệp “${file}”.`,
  exportFailed: (reason: string) => `Không tạo được tệp: ${reason}`,
  exportNote:
    "Tệp xuất đúng những gì ma trận đang hiện (bộ lọc và nhóm đang mở). Phụ lục PDF được in khổ ngang, kèm theo văn bản kế hoạch đầu tiên đang mở.",

  agencyHeading: "Nhiệm vụ của một cơ quan, đơn vị",
  agencyPick: "Chọn cơ quan, đơn vị",
  agencyPickHint: "Gõ tên đầy đủ, tên viết tắt hoặc không dấu.",
  agencyNone: "Chọn một cơ quan, đơn vị để xem nhiệm vụ của mình.",
  agencyEmpty: (name: string) => `${name} không có nhiệm vụ nào trong các kế hoạch đang mở.`,
  agencyCaption: (name: string, n: number) => `Nhiệm vụ của ${name} (${n})`,
  orderLabel: "Sắp xếp",
  orderPlan: "Theo thứ tự trong kế hoạch",
  orderDue: "Theo thời hạn",
  colNumber: "Số hiệu",
  colTask: "Nhiệm vụ",
  colRole: "Vai trò",
  colProduct: "Sản phẩm",
  colPartners: "Cơ quan cùng thực hiện",
  colTime: "Thời gian thực hiện",
  colDue: "Hạn",
  linkLabel: "Liên kết đến trang này",
  linkHint: "Gửi liên kết cho đơn vị: mở trên máy đã lưu kế hoạch sẽ thấy đúng danh sách này.",
  linkFileWarning: "Có kế hoạch mở từ tệp: liên kết không mang theo được tệp, người nhận cần mở cùng tệp đó.",
  copyLink: "Sao chép liên kết",
  copied: "Đã sao chép liên kết.",
  copyFailed: "Không sao chép được; hãy chọn và sao chép liên kết trong ô.",
  print: "In danh sách",
  printTitle: (name: string) => `NHIỆM VỤ CỦA ${name}`,
  printPlans: (labels: string) => `Theo: ${labels}`,

  timelineCaption: (n: number) => `Tiến độ theo tháng (${n} nhiệm vụ)`,
  timelineLegend:
    "▬ thực hiện thường xuyên; ╌ đang trong thời gian thực hiện; ● đến hạn trong tháng (ngày ghi kèm); nhiệm vụ định kỳ được đánh dấu ở từng kỳ.",
  timelineOngoing: "Thường xuyên",
  timelineUnderway: "Đang trong thời gian thực hiện",
  firstPeriod: (date: string) => `${date} (kỳ đầu)`,
  timelineDue: (dates: string) => `Đến hạn ${dates}`,
  unscheduledHeading: "Nhiệm vụ chưa xếp được vào tháng",
  unscheduledItem: (number: string, title: string, reason: string) => `${number}. ${title} — ${reason}`,
  unscheduledReasons: {
    relative: "theo thời hạn của văn bản hoặc nhiệm vụ khác",
    unspecified: "không ghi hoặc không đọc được thời gian",
    conditional: "phụ thuộc vào điều kiện chưa xảy ra",
  } satisfies Record<UnscheduledReason, string>,

  findingsHeading: "Những điểm cần xem lại",
  findingsNone: "Không có điểm nào cần xem lại.",
  missingLeadHeading: (n: number) => `Nhiệm vụ chưa có cơ quan chủ trì (${n})`,
  leadSupportHeading: (n: number) => `Một cơ quan vừa chủ trì vừa phối hợp (${n})`,
  idleHeading: (n: number) => `Cơ quan, đơn vị trong danh mục chưa được giao nhiệm vụ (${n})`,
  unresolvedHeading: (n: number) => `Tên cơ quan không khớp với danh mục của địa phương (${n})`,
  unresolvedItem: (name: string, tasks: string) => `“${name}” (ở nhiệm vụ ${tasks})`,
  unresolvedSuggest: (names: string) => `Có phải: ${names}?`,
  ambiguousSuggest: (names: string) => `Khớp với nhiều cơ quan: ${names}.`,
  findingWhere: (plan: string, where: string) => `${plan} › ${where}`,
  loading: "Đang tải…",

  /** Names of roles, agency kinds, forms and areas of reform on screen (the documents use labels.ts). */
  roles: ROLE_LABELS,
  kinds: KIND_LABELS,
  forms: FORM_LABELS,
  areas: PAR_AREA_LABELS,
  timelineColNumber: "Số hiệu",
  timelineColTask: "Nhiệm vụ",
  timelineColTime: "Thời gian",
};

export type Messages = typeof vi;
