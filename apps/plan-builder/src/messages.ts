// Every string this app shows, in Vietnamese first; the English set follows the same keys.
export const vi = {
  appTitle: "Soạn kế hoạch",
  saving: "Đang lưu…",
  savedAt: (time: string) => `Đã lưu lúc ${time}`,
  loading: "Đang mở kế hoạch…",
  saveFailed: (why: string) => `Chưa lưu được: ${why}`,
  exportPdf: "Xuất PDF",
  exportingPdf: "Đang tạo PDF…",
  exportFailed: (why: string) => `Không tạo được PDF: ${why}`,
  exportDone: (name: string) => `Đã tạo tệp ${name}`,
  editorHeading: "Nội dung kế hoạch",
  titleLabel: "Trích yếu (tên kế hoạch)",
  titleHint: "Ví dụ: Tuyên truyền cải cách hành chính năm 2026 trên địa bàn xã",
  tasksHeading: (count: number) => `Nhiệm vụ (${count})`,
  taskLegend: (n: number) => `Nhiệm vụ ${n}`,
  taskContent: "Nội dung nhiệm vụ",
  taskProduct: "Sản phẩm",
  taskLeads: "Cơ quan chủ trì",
  taskSupports: "Cơ quan phối hợp",
  agencyListHint: "Mỗi cơ quan một dòng",
  taskTime: "Thời gian thực hiện",
  taskTimeHint: "Ví dụ: Quý II/2026, Thường xuyên, Hàng tháng",
  addTask: "Thêm nhiệm vụ",
  removeTask: (n: number) => `Xóa nhiệm vụ ${n}`,
  confirmRemoveTitle: (n: number) => `Xóa nhiệm vụ ${n}?`,
  confirmRemoveBody: (content: string) =>
    content
      ? `Nhiệm vụ “${content}” sẽ bị xóa khỏi kế hoạch.`
      : "Nhiệm vụ trống này sẽ bị xóa khỏi kế hoạch.",
  confirmRemove: "Xóa",
  cancel: "Hủy",
  previewHeading: "Xem trước văn bản",
  previewNote: "Bản xem trước theo thể thức Nghị định 30/2020/NĐ-CP; tệp PDF là bản chính xác.",
};

export type Messages = typeof vi;
