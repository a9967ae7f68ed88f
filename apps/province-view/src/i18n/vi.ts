import { hubWordsVi } from "@kehoach/hub/react";
import { STATUS_LABELS } from "@kehoach/plan-model";

// Every word the province view shows, in Vietnamese (the shared components bring their own; the
// hub's status and sign-in bring theirs through `hub`). The English set (en.ts) has the same
// shape. What goes into files (the spreadsheet, the báo cáo section) stays Vietnamese.

export const vi = {
  locale: "vi-VN",
  hub: hubWordsVi,
  statuses: STATUS_LABELS,
  app: {
    title: "Tổng hợp của tỉnh",
    loading: "Đang mở dữ liệu tổng hợp…",
    noHubTitle: "Trang này cần máy chủ tỉnh",
    noHub:
      "Trang tổng hợp đọc dữ liệu các đơn vị gửi lên máy chủ tỉnh. Trang web này được dựng không có máy chủ tỉnh (HUB_URL); cán bộ công nghệ thông tin dựng lại theo hướng dẫn trong docs/hub.md.",
    signInTitle: "Đăng nhập bằng tài khoản của tỉnh",
    signIn:
      "Dữ liệu tổng hợp của tỉnh chỉ đọc, dành cho tài khoản tỉnh. Bấm vào trạng thái kết nối ở đầu trang để đăng nhập; sau đó dữ liệu được tải về máy này và tự cập nhật khi các đơn vị gửi lên.",
    openSignIn: "Đăng nhập",
    firstSync: "Đang tải dữ liệu tổng hợp từ máy chủ tỉnh lần đầu…",
    unreadable: (n: number) =>
      `${n} tài liệu trong dữ liệu tổng hợp không đọc được (do phiên bản mới hơn hoặc bị hỏng) và được bỏ qua.`,
    readOnly: "Chỉ đọc: dữ liệu do các đơn vị gửi lên qua máy chủ tỉnh.",
  },
  period: {
    heading: "Kỳ báo cáo",
    kind: "Kỳ",
    year: "Năm",
    badYear: "Nhập năm gồm 4 chữ số, ví dụ 2026.",
    choices: {
      q1: "Quý I",
      q2: "Quý II",
      h1: "6 tháng đầu năm",
      q3: "Quý III",
      m9: "9 tháng",
      q4: "Quý IV",
      year: "Cả năm",
    },
    window: (from: string, to: string) => `Số liệu tính từ ngày ${from} đến ngày ${to}.`,
  },
  filters: {
    heading: "Lọc và tìm",
    search: "Tìm đơn vị hoặc kế hoạch",
    searchHint: "Gõ có dấu hoặc không dấu đều được, ví dụ “kim lien”.",
    status: "Tình hình",
    statusChoices: {
      all: "Tất cả đơn vị",
      behind: "Còn nhiệm vụ chưa báo cáo hoặc quá hạn",
      overdue: "Có nhiệm vụ quá hạn",
      complete: "Đã báo cáo đủ",
      none: "Không có nhiệm vụ trong kỳ",
    },
    kind: "Loại đơn vị",
    kindChoices: { all: "Tất cả", unit: "Xã, phường", agency: "Sở, ngành" },
    shown: (n: number, total: number) => `Đang hiện ${n}/${total} đơn vị.`,
  },
  totals: {
    heading: "Toàn tỉnh trong kỳ",
    units: "Đơn vị có nhiệm vụ",
    tasks: "Nhiệm vụ phải báo cáo",
    reported: "Đã báo cáo",
    notYet: "Chưa báo cáo",
    overdue: "Quá hạn",
  },
  table: {
    caption: "Tình hình báo cáo của các đơn vị",
    unit: "Đơn vị",
    plans: "Kế hoạch",
    tasks: "Nhiệm vụ",
    reported: "Đã báo cáo",
    notYet: "Chưa báo cáo",
    overdue: "Quá hạn",
    share: "Tỷ lệ đã báo cáo",
    sent: "Đã gửi báo cáo kỳ",
    lastUpdate: "Cập nhật lần cuối",
    never: "Chưa có",
    sentOf: (sent: number, plans: number) => `${sent}/${plans}`,
    empty: "Không có đơn vị nào khớp với điều kiện lọc.",
    open: (name: string) => `Xem chi tiết ${name}`,
  },
  detail: {
    heading: (name: string) => `Chi tiết: ${name}`,
    none: "Đơn vị không có nhiệm vụ phải báo cáo trong kỳ này.",
    own: "Kế hoạch của đơn vị",
    assigned: (issuer: string) => `Nhiệm vụ được giao từ kế hoạch của ${issuer}`,
    sent: "Đã gửi báo cáo kỳ",
    notSent: "Chưa gửi báo cáo kỳ",
    caption: (title: string) => `Nhiệm vụ của kế hoạch “${title}”`,
    number: "STT",
    task: "Nhiệm vụ",
    state: "Tình hình",
    status: "Tình trạng",
    latest: "Cập nhật gần nhất",
    noEntry: "Chưa có",
    states: { reported: "Đã báo cáo", notYet: "Chưa báo cáo", overdue: "Quá hạn" },
    close: "Đóng chi tiết",
  },
  exports: {
    heading: "Xuất và báo cáo",
    xlsx: "Xuất Excel (.xlsx)",
    making: "Đang tạo tệp Excel…",
    made: (name: string) => `Đã tạo tệp ${name}.`,
    failed: (reason: string) => `Không tạo được tệp Excel: ${reason}`,
    section: "Mục báo cáo tổng hợp",
    sectionHint:
      "Đoạn dưới đây là một khoản của báo cáo, theo số liệu đang hiện (cả điều kiện lọc); sao chép và dán vào báo cáo của tỉnh.",
    copy: "Sao chép mục báo cáo",
    copied: "Đã sao chép mục báo cáo.",
    copyFailed: "Trình duyệt không cho sao chép; hãy chọn đoạn văn bản và sao chép bằng tay.",
  },
};

export type Messages = typeof vi;
