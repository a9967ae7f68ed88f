// The words of the site's shell (the data notice, the backup and restore dialog, the landing
// page), in Vietnamese and English of the same shape. Apps keep their own catalogues; these are the
// words every app shows alike.

const vi = {
  locale: "vi-VN",
  notice: {
    where: "Dữ liệu chỉ lưu trên trình duyệt này",
    lastBackup: (date: string) => `Sao lưu lần cuối: ${date}`,
    neverBackedUp: "Chưa sao lưu lần nào",
    privateWindow: "Cửa sổ ẩn danh: dữ liệu sẽ mất khi đóng cửa sổ",
    open: "Sao lưu, khôi phục",
  },
  dialog: {
    title: "Dữ liệu trên trình duyệt này",
    intro:
      "Kế hoạch, tiến độ, báo cáo đang soạn và các phiếu đã giao cho cơ quan chỉ được lưu trên trình duyệt này, ở máy này; không gửi đi đâu. Xóa dữ liệu duyệt web, dùng cửa sổ ẩn danh hay đổi máy là mất. Hãy sao lưu thường xuyên và cất tệp sao lưu ở nơi an toàn.",
    statusHeading: "Tình trạng",
    lastBackup: "Sao lưu lần cuối",
    never: "chưa có",
    persistence: "Lưu giữ lâu dài",
    persisted: "Trình duyệt đã đồng ý giữ dữ liệu cho đến khi bạn tự xóa.",
    notPersisted:
      "Trình duyệt chưa cam kết giữ dữ liệu: khi máy thiếu chỗ, trình duyệt có thể tự xóa. Sao lưu là cách chắc chắn.",
    persistenceUnknown: "Trình duyệt này không cho biết có giữ dữ liệu lâu dài hay không.",
    askPersistence: "Đề nghị trình duyệt giữ dữ liệu",
    persistRefused: "Trình duyệt chưa đồng ý (thường đồng ý khi trang được đánh dấu hoặc dùng thường xuyên).",
    space: "Dung lượng",
    spaceUsed: (used: string, quota: string) =>
      `Đang dùng ${used} trên ${quota} trình duyệt dành cho trang này.`,
    privateTitle: "Có vẻ đây là cửa sổ ẩn danh",
    privateText:
      "Mọi thứ bạn nhập sẽ mất khi đóng cửa sổ này. Hãy sao lưu trước khi đóng, hoặc mở trang trong cửa sổ thường.",
    privateSigns: {
      "small-quota": "trình duyệt chỉ dành rất ít chỗ lưu trữ (dưới 120 MB)",
      "no-file-system": "trình duyệt từ chối kho tệp riêng của trang, như trong cửa sổ ẩn danh",
    },
    privateBasis: (signs: string) =>
      `Dấu hiệu: ${signs}. Không trình duyệt nào báo thẳng là cửa sổ ẩn danh; Chrome ẩn danh hiện không nhận ra được.`,
    contentsHeading: "Đang lưu",
    contents: (plans: number, entries: number, drafts: number, issued: number, returns: number) =>
      `${plans} kế hoạch, ${entries} mục tiến độ, ${drafts} báo cáo đang soạn, ${issued} phiếu đã giao, ${returns} phiếu đang điền.`,
    unreadable: (n: number) =>
      `${n} mục do phiên bản mới hơn ghi, phiên bản này không đọc được: chúng vẫn nằm trên trình duyệt nhưng không có trong tệp sao lưu.`,
    backupHeading: "Sao lưu",
    backupHint: "Ghi tất cả vào một tệp .json để cất đi hoặc chuyển sang máy khác.",
    backup: "Sao lưu tất cả",
    backingUp: "Đang sao lưu…",
    backedUp: (file: string) => `Đã sao lưu vào tệp “${file}”. Hãy cất tệp này ở nơi an toàn.`,
    backupFailed: (reason: string) => `Chưa sao lưu được: ${reason}`,
    restoreHeading: "Khôi phục",
    restoreHint:
      "Gộp tệp sao lưu vào dữ liệu trên trình duyệt: thêm những gì còn thiếu; không xóa gì. Mục nào khác nhau, bạn chọn giữ bản nào.",
    restoreLabel: "Tệp sao lưu (.json)",
    reading: "Đang đọc tệp…",
    refused: (name: string) => `Không khôi phục tệp “${name}”`,
    reviewTitle: (date: string) => `Tệp sao lưu ngày ${date}`,
    reviewAdd: (n: number) => `Thêm ${n} mục chưa có trên trình duyệt này.`,
    reviewSame: (n: number) => `${n} mục giống hệt bản trên trình duyệt: để nguyên.`,
    reviewNothing: "Tệp không có gì khác với dữ liệu trên trình duyệt này.",
    reviewConflicts: (n: number) =>
      `${n} mục khác với bản trên trình duyệt này. Chọn giữ bản nào; chưa chọn thì giữ bản trên trình duyệt.`,
    kinds: {
      plan: "Kế hoạch",
      progress: "Tiến độ và báo cáo đang soạn của kế hoạch",
      issued: "Phiếu đã giao",
      return: "Phiếu đang điền",
    },
    differing: (n: number) => ` (${n} mục khác nhau)`,
    keep: (date: string) => `Giữ bản trên trình duyệt này${date ? ` (lưu ${date})` : ""}`,
    take: (date: string) => `Lấy bản trong tệp sao lưu${date ? ` (lưu ${date})` : ""}`,
    unreadableHere:
      "Bản trên trình duyệt do phiên bản mới hơn ghi, phiên bản này không đọc được; lấy bản trong tệp sẽ thay mất nó.",
    apply: "Khôi phục",
    applying: "Đang khôi phục…",
    cancelRestore: "Không khôi phục",
    restored: (written: number, kept: number) =>
      `Đã khôi phục: ghi ${written} mục${kept > 0 ? `; giữ nguyên ${kept} mục trên trình duyệt theo lựa chọn của bạn` : ""}. Tải lại trang để thấy dữ liệu.`,
    restoredNothing: "Không có gì cần ghi: dữ liệu trên trình duyệt đã đủ.",
    restoreFailedPlans: (reason: string) =>
      `Chưa khôi phục được; dữ liệu trên trình duyệt giữ nguyên. ${reason}`,
    restoreFailedReport: (reason: string) =>
      `Đã khôi phục các kế hoạch, nhưng chưa khôi phục được tiến độ và phiếu (dữ liệu cũ của phần này giữ nguyên). ${reason}`,
    reload: "Tải lại trang",
    storageFailed: (reason: string) => `Không mở được dữ liệu của trình duyệt: ${reason}`,
    quota: "Trình duyệt hết chỗ lưu trữ cho trang này.",
    refusedByBrowser:
      "Trình duyệt từ chối đọc hoặc ghi dữ liệu của trang (có thể do chế độ duyệt riêng tư hoặc cài đặt chặn lưu trữ).",
  },
  landing: {
    intro:
      "Bộ công cụ giúp các cơ quan, đơn vị soạn kế hoạch hằng năm, xem phân công trách nhiệm, theo dõi tiến độ và ban hành báo cáo định kỳ, với văn bản trình bày đúng thể thức Nghị định 30/2020/NĐ-CP.",
    appsHeading: "Ứng dụng",
    storybook: "Thư viện giao diện (Storybook)",
    storybookSummary:
      "Thành phần giao diện, chủ đề màu của từng địa phương và mẫu văn bản, cho người thiết kế.",
  },
};

export type ShellText = typeof vi;

const en: ShellText = {
  locale: "en-GB",
  notice: {
    where: "Data is kept only in this browser",
    lastBackup: (date) => `Last backup: ${date}`,
    neverBackedUp: "Never backed up",
    privateWindow: "Private window: data is lost when the window closes",
    open: "Back up, restore",
  },
  dialog: {
    title: "Data in this browser",
    intro:
      "Plans, progress, reports being written and the returns issued to agencies are kept only in this browser, on this computer; nothing is sent anywhere. Clearing browsing data, using a private window or changing computers loses them. Back up often and keep the backup file somewhere safe.",
    statusHeading: "Status",
    lastBackup: "Last backup",
    never: "none yet",
    persistence: "Long-term storage",
    persisted: "The browser has agreed to keep the data until you delete it.",
    notPersisted:
      "The browser has not promised to keep the data: when the computer runs short of space it may delete it. A backup is the sure way.",
    persistenceUnknown: "This browser does not say whether it keeps data for good.",
    askPersistence: "Ask the browser to keep the data",
    persistRefused: "The browser has not agreed (it usually does once the site is bookmarked or used often).",
    space: "Space",
    spaceUsed: (used, quota) => `Using ${used} of the ${quota} the browser gives this site.`,
    privateTitle: "This looks like a private window",
    privateText:
      "Everything you enter is lost when this window closes. Back up before closing it, or open the site in a normal window.",
    privateSigns: {
      "small-quota": "the browser offers very little storage (under 120 MB)",
      "no-file-system": "the browser refuses the site's private file system, as private windows do",
    },
    privateBasis: (signs) =>
      `Signs: ${signs}. No browser says outright that a window is private; a Chrome incognito window cannot currently be recognised.`,
    contentsHeading: "Stored",
    contents: (plans, entries, drafts, issued, returns) =>
      `${plans} plans, ${entries} progress entries, ${drafts} reports being written, ${issued} returns issued, ${returns} returns being filled in.`,
    unreadable: (n) =>
      `${n} items written by a newer version cannot be read by this one: they stay in the browser but are not in the backup.`,
    backupHeading: "Back up",
    backupHint: "Writes everything into one .json file to keep safe or move to another computer.",
    backup: "Back up everything",
    backingUp: "Backing up…",
    backedUp: (file) => `Backed up to “${file}”. Keep this file somewhere safe.`,
    backupFailed: (reason) => `Could not back up: ${reason}`,
    restoreHeading: "Restore",
    restoreHint:
      "Merges a backup into the data in this browser: adds what is missing and deletes nothing. Where the two differ, you choose which to keep.",
    restoreLabel: "Backup file (.json)",
    reading: "Reading the file…",
    refused: (name) => `The file “${name}” was not restored`,
    reviewTitle: (date) => `Backup of ${date}`,
    reviewAdd: (n) => `Adds ${n} items this browser does not have.`,
    reviewSame: (n) => `${n} items are the same as in this browser: left as they are.`,
    reviewNothing: "The file holds nothing that differs from the data in this browser.",
    reviewConflicts: (n) =>
      `${n} items differ from this browser's copy. Choose which to keep; without a choice, this browser's copy is kept.`,
    kinds: {
      plan: "Plan",
      progress: "Progress and reports being written for the plan",
      issued: "Return issued",
      return: "Return being filled in",
    },
    differing: (n) => ` (${n} items differ)`,
    keep: (date) => `Keep this browser's copy${date ? ` (saved ${date})` : ""}`,
    take: (date) => `Take the backup's copy${date ? ` (saved ${date})` : ""}`,
    unreadableHere:
      "This browser's copy was written by a newer version and cannot be read by this one; taking the backup's copy replaces it.",
    apply: "Restore",
    applying: "Restoring…",
    cancelRestore: "Do not restore",
    restored: (written, kept) =>
      `Restored: ${written} items written${kept > 0 ? `; ${kept} items in this browser kept as you chose` : ""}. Reload the page to see the data.`,
    restoredNothing: "Nothing to write: this browser already has it all.",
    restoreFailedPlans: (reason) => `Nothing was restored; the data in this browser is unchanged. ${reason}`,
    restoreFailedReport: (reason) =>
      `The plans were restored, but progress and returns were not (their previous data is unchanged). ${reason}`,
    reload: "Reload the page",
    storageFailed: (reason) => `Could not open the browser's data: ${reason}`,
    quota: "The browser has no storage space left for this site.",
    refusedByBrowser:
      "The browser refused to read or write the site's data (private browsing or a setting that blocks storage may be the cause).",
  },
  landing: {
    intro:
      "Tools for agencies to write annual plans, see who is responsible for what, track progress and issue periodic reports, with every document laid out as Decree 30/2020/ND-CP requires.",
    appsHeading: "Applications",
    storybook: "Design library (Storybook)",
    storybookSummary:
      "Interface components, each locality's colour theme and document samples, for designers.",
  },
};

export const SHELL_TEXT: Record<"vi" | "en", ShellText> = { vi, en };
