// The words of a backup file read back, in the two languages of the screen. A refusal says what
// is wrong and where, so that a person can tell a broken copy from the wrong file.

export type BackupLanguage = "vi" | "en";

const vi = {
  file: "Tệp sao lưu",
  tooLarge: (mb: number, max: number) => `Tệp quá lớn (${mb} MB); tệp sao lưu tối đa ${max} MB.`,
  empty: "Tệp rỗng: không có dữ liệu sao lưu.",
  notJson: (line?: number, column?: number) =>
    `Tệp không phải JSON hợp lệ${line ? ` (lỗi ở dòng ${line}, cột ${column})` : ""}: tệp sao lưu bị hỏng hoặc không phải tệp sao lưu.`,
  notObject: "Tệp không chứa dữ liệu sao lưu (cần một đối tượng JSON).",
  isPlan: "Đây là tệp kế hoạch, không phải tệp sao lưu: mở nó trong “Soạn kế hoạch” bằng “Nhập kế hoạch”.",
  isReturn: "Đây là tệp báo cáo của một cơ quan, không phải tệp sao lưu: nhập nó trong “Báo cáo tiến độ”.",
  isPeriodData: "Đây là tệp số liệu một kỳ báo cáo, không phải tệp sao lưu: nhập nó trong “Báo cáo tiến độ”.",
  notBackup: "Đây không phải tệp sao lưu của Kế hoạch Kit (thiếu “format”: “kehoach-backup”).",
  versionMissing: "Thiếu phiên bản định dạng (schemaVersion).",
  versionNotInteger: (value: string) =>
    `Phiên bản định dạng phải là một số nguyên (ví dụ 1), không phải ${value}.`,
  versionNewer: (version: number, known: number) =>
    `Tệp được tạo bởi phiên bản mới hơn (định dạng ${version}); phiên bản này đọc được đến định dạng ${known}. Hãy cập nhật ứng dụng.`,
  versionUnknown: (version: number) => `Phiên bản định dạng ${version} không tồn tại.`,
  tooDeep: "Dữ liệu lồng nhau quá sâu: đây không phải tệp sao lưu.",
  missing: "Thiếu thông tin bắt buộc.",
  wrongType: "Sai kiểu dữ liệu.",
  tooMany: (max: number) => `Quá nhiều mục: tối đa ${max}.`,
  invalid: "Giá trị không hợp lệ.",
  planInvalid: (title: string, where: string, message: string) =>
    `Kế hoạch “${title}” không hợp lệ: ${where}: ${message}`,
  duplicatePlan: (id: string) => `Kế hoạch mã “${id}” có hai lần trong tệp.`,
  duplicate: (what: string) => `${what} có hai lần trong tệp.`,
  morePlanProblems: (n: number) => `… và ${n} vấn đề khác.`,
  unchanged: "Không khôi phục tệp này; dữ liệu trên trình duyệt giữ nguyên.",
  untitled: "(chưa có tên)",
};

export type BackupMessages = typeof vi;

const en: BackupMessages = {
  file: "Backup file",
  tooLarge: (mb: number, max: number) => `The file is too large (${mb} MB); a backup is at most ${max} MB.`,
  empty: "The file is empty: it holds no backup.",
  notJson: (line?: number, column?: number) =>
    `The file is not valid JSON${line ? ` (error at line ${line}, column ${column})` : ""}: the backup is damaged, or this is not a backup.`,
  notObject: "The file holds no backup (a JSON object is needed).",
  isPlan: "This is a plan file, not a backup: open it in “Plan builder” with “Import a plan”.",
  isReturn: "This is an agency's return file, not a backup: import it in “Progress reports”.",
  isPeriodData: "This is a report period's data file, not a backup: import it in “Progress reports”.",
  notBackup: "This is not a backup made by these apps (“format”: “kehoach-backup” is missing).",
  versionMissing: "The format version (schemaVersion) is missing.",
  versionNotInteger: (value: string) =>
    `The format version must be a whole number (such as 1), not ${value}.`,
  versionNewer: (version: number, known: number) =>
    `The file was made by a newer version (format ${version}); this version reads formats up to ${known}. Update the app.`,
  versionUnknown: (version: number) => `There is no format version ${version}.`,
  tooDeep: "The data is nested too deeply: this is not a backup.",
  missing: "Required information is missing.",
  wrongType: "Wrong kind of value.",
  tooMany: (max: number) => `Too many items: at most ${max}.`,
  invalid: "Invalid value.",
  planInvalid: (title: string, where: string, message: string) =>
    `The plan “${title}” is not valid: ${where}: ${message}`,
  duplicatePlan: (id: string) => `The plan with id “${id}” appears twice in the file.`,
  duplicate: (what: string) => `${what} appears twice in the file.`,
  morePlanProblems: (n: number) => `… and ${n} more problems.`,
  unchanged: "Nothing was restored; the data in this browser is unchanged.",
  untitled: "(untitled)",
};

export const BACKUP_MESSAGES: Record<BackupLanguage, BackupMessages> = { vi, en };
