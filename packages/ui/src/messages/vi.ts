// Vietnamese: the default set. Every user-facing string of every component lives here, so a
// locality or an app can change wording (or language) without touching component code.
// Vietnamese has a single plural form, so counts need no plural rules.

export const vi = {
  locale: "vi-VN",
  common: {
    close: "Đóng",
    cancel: "Hủy",
    confirm: "Xác nhận",
    loading: "Đang tải…",
    required: "(bắt buộc)",
    optional: "(không bắt buộc)",
    errorPrefix: "Lỗi:",
  },
  dialog: {
    close: "Đóng hộp thoại",
  },
  confirmDialog: {
    confirm: "Đồng ý",
    cancel: "Hủy",
    working: "Đang xử lý…",
  },
  link: {
    newTab: "(mở trong thẻ mới)",
  },
  textArea: {
    remaining: (n: number) => `Còn ${n} ký tự`,
    over: (n: number) => `Vượt quá ${n} ký tự`,
  },
  select: {
    placeholder: "— Chọn —",
  },
  combobox: {
    noResults: "Không tìm thấy kết quả phù hợp",
    results: (n: number) => `${n} kết quả`,
    selected: (n: number) => `Đã chọn ${n}`,
    remove: (label: string) => `Bỏ chọn ${label}`,
    clear: "Bỏ chọn tất cả",
    toggle: "Hiện danh sách",
  },
  dateField: {
    hint: "Ngày/tháng/năm, ví dụ 05/03/2026",
    partialHint: "Khi soạn nháp, có thể chỉ nhập tháng/năm (03/2026) hoặc năm (2026).",
    badFormat: (label: string) => `${label}: nhập theo dạng ngày/tháng/năm, ví dụ 05/03/2026.`,
    notARealDate: (label: string, text: string) => `${label}: ${text} không phải là ngày có thật.`,
    needsFullDate: (label: string) => `${label}: cần nhập đủ ngày, tháng và năm.`,
    yearOutOfRange: (label: string) => `${label}: năm phải từ 1900 đến 2200.`,
  },
  switch: {
    on: "Bật",
    off: "Tắt",
  },
  alert: {
    info: "Thông tin",
    success: "Thành công",
    warning: "Lưu ý",
    error: "Có lỗi",
  },
  toast: {
    region: "Thông báo",
    dismiss: "Đóng thông báo",
  },
  table: {
    sortBy: (column: string) => `Sắp xếp theo ${column}`,
    ascending: "tăng dần",
    descending: "giảm dần",
    rows: (n: number) => `${n} dòng`,
    empty: "Không có dữ liệu",
    keyboardHint: "Dùng phím mũi tên lên, xuống để chuyển dòng; Enter để mở.",
  },
  progress: {
    percent: (n: number) => `${n}%`,
    step: (current: number, total: number) => `Bước ${current}/${total}`,
    cancel: "Dừng",
    done: "Đã xong",
    failed: "Không thành công",
  },
  fileDrop: {
    prompt: "Kéo thả tệp vào đây, hoặc",
    choose: "chọn tệp từ máy",
    limits: (types: string, size: string) => `Chấp nhận: ${types}. Dung lượng tối đa ${size}.`,
    tooLarge: (name: string, size: string, max: string) =>
      `Không nhận tệp “${name}”: tệp nặng ${size}, vượt quá mức tối đa ${max}.`,
    wrongType: (name: string, types: string) => `Không nhận tệp “${name}”: chỉ nhận tệp ${types}.`,
    tooMany: (max: number) => `Chỉ nhận tối đa ${max} tệp mỗi lần.`,
    accepted: (names: string) => `Đã nhận: ${names}.`,
  },
  appShell: {
    skipLink: "Bỏ qua, đến nội dung chính",
    officialBanner: (name: string) => `Trang thông tin chính thức của ${name}`,
    navigation: "Các ứng dụng",
    logo: (name: string) => `Biểu trưng ${name}`,
  },
  language: {
    /** The switch shows the other language in that language: "English" on a Vietnamese page. */
    switchTo: "English",
    switchToLang: "en" as "vi" | "en",
  },
};

/** The shape every message set has; the English set is checked against it. */
export type Messages = typeof vi;
