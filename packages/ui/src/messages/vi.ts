// Vietnamese: the default set. Every user-facing string of every component lives here, so a
// locality or an app can change wording (or language) without touching component code.

export const vi = {
  locale: "vi-VN",
  common: {
    close: "Đóng",
    cancel: "Hủy",
    confirm: "Xác nhận",
    loading: "Đang tải…",
    required: "bắt buộc",
    optional: "không bắt buộc",
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
};

/** The shape every message set has; the English set is checked against it. */
export type Messages = typeof vi;
