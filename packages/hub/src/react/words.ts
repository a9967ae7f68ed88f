import type { ParsedDocId } from "../ids.js";
import type { SyncStatus } from "../sync/state.js";

// The words of the hub's status and connection dialog, in Vietnamese and English of the same
// shape. Each app puts them into its own catalogue (`hub: hubWordsVi` / `hub: hubWordsEn`) and
// passes `t.hub`, so they switch with the site's language like the app's own words.

export interface HubWords {
  locale: string;
  /** The status button's words for each state; "local" is a site with a hub this browser has not joined. */
  statuses: Record<SyncStatus | "local", string>;
  lastSync: (time: string) => string;
  never: string;
  pending: (n: number) => string;
  conflicts: (n: number) => string;
  refused: (n: number) => string;
  title: string;
  intro: (hubUrl: string) => string;
  localNote: string;
  user: string;
  userHint: string;
  password: string;
  passwordHint: string;
  login: string;
  loggingIn: string;
  loginFailed: string;
  loginAgain: string;
  account: string;
  database: string;
  state: string;
  lastSyncLabel: string;
  pendingLabel: string;
  readOnly: string;
  offlineNote: string;
  retry: string;
  logout: string;
  loggingOut: string;
  removeCopy: string;
  removeCopyHint: string;
  removeCopyPending: (n: number) => string;
  refusedTitle: string;
  conflictsTitle: string;
  conflictsText: string;
  review: string;
  keep: string;
  versionOf: (by: string, at: string) => string;
  planVersion: (title: string, tasks: number) => string;
  periodSent: (sent: boolean) => string;
  resolved: string;
  close: string;
  reloading: string;
  startFailed: string;
  document: (parsed: ParsedDocId | undefined, id: string) => string;
}

const time = (locale: string, iso: string) =>
  new Date(iso).toLocaleString(locale, {
    hour: "2-digit",
    minute: "2-digit",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  });

export function formatSyncTime(words: HubWords, iso: string): string {
  return time(words.locale, iso);
}

export const hubWordsVi: HubWords = {
  locale: "vi-VN",
  statuses: {
    local: "Chưa kết nối máy chủ",
    "signed-out": "Chưa kết nối máy chủ",
    syncing: "Đang đồng bộ",
    synced: "Đã đồng bộ",
    offline: "Ngoại tuyến",
    error: "Lỗi đồng bộ",
  },
  lastSync: (t) => `lần cuối ${t}`,
  never: "chưa đồng bộ lần nào",
  pending: (n) => `${n} thay đổi chờ gửi`,
  conflicts: (n) => `${n} tài liệu có xung đột`,
  refused: (n) => `${n} thay đổi bị máy chủ từ chối`,
  title: "Kết nối máy chủ tỉnh",
  intro: (url) =>
    `Trang này đồng bộ được với máy chủ tỉnh ${url}: kế hoạch và tiến độ của đơn vị được lưu trên máy chủ, các cơ quan nhập tiến độ từ máy của mình và tỉnh theo dõi được. Vẫn làm việc được khi mất mạng; thay đổi được gửi khi có mạng trở lại.`,
  localNote:
    "Chưa kết nối: dữ liệu chỉ lưu trong trình duyệt này. Khi đăng nhập, ứng dụng làm việc trên dữ liệu của đơn vị trên máy chủ; dữ liệu đang có trong trình duyệt vẫn giữ nguyên và hiện lại khi đăng xuất.",
  user: "Tên đăng nhập",
  userHint: "Tài khoản của đơn vị do cán bộ công nghệ thông tin của tỉnh cấp, ví dụ xa-kim-lien@nghe-an.",
  password: "Mật khẩu",
  passwordHint: "Mật khẩu chỉ gửi tới máy chủ để đăng nhập, không lưu trên máy này.",
  login: "Đăng nhập",
  loggingIn: "Đang đăng nhập…",
  loginFailed: "Chưa đăng nhập được",
  loginAgain: "Đăng nhập lại để tiếp tục đồng bộ",
  account: "Tài khoản",
  database: "Dữ liệu của",
  state: "Trạng thái",
  lastSyncLabel: "Lần đồng bộ cuối",
  pendingLabel: "Thay đổi chờ gửi",
  readOnly: "Tài khoản chỉ đọc",
  offlineNote: "Không kết nối được máy chủ tỉnh; thay đổi được giữ trên máy này và sẽ gửi khi có mạng.",
  retry: "Thử lại ngay",
  logout: "Đăng xuất",
  loggingOut: "Đang đăng xuất…",
  removeCopy: "Xóa bản sao dữ liệu trên máy này",
  removeCopyHint: "Dùng khi máy dùng chung hoặc trả lại máy; dữ liệu vẫn còn trên máy chủ tỉnh.",
  removeCopyPending: (n) =>
    `Còn ${n} thay đổi chưa gửi lên máy chủ: xóa bản sao bây giờ sẽ mất các thay đổi này. Hãy chờ đồng bộ xong.`,
  refusedTitle: "Thay đổi máy chủ từ chối (vẫn giữ trên máy này)",
  conflictsTitle: "Xung đột giữa hai máy của đơn vị",
  conflictsText:
    "Hai máy đã sửa cùng một tài liệu khi không kết nối. Chọn bản giữ lại; bản kia được lưu riêng trên máy chủ, không mất.",
  review: "Xem và chọn bản giữ lại",
  keep: "Giữ bản này",
  versionOf: (by, at) => `Bản của ${by}, lúc ${at}`,
  planVersion: (title, tasks) => `“${title}”, ${tasks} mục nhiệm vụ`,
  periodSent: (sent) => (sent ? "đã gửi báo cáo" : "chưa gửi báo cáo"),
  resolved: "Đã giải quyết xung đột; bản không chọn được lưu riêng.",
  close: "Đóng",
  reloading: "Đang tải lại trang với dữ liệu mới…",
  startFailed: "Không mở được bản sao dữ liệu của máy chủ tỉnh trên máy này",
  document: (p, id) => {
    if (!p) return id;
    switch (p.type) {
      case "plan":
        return `Kế hoạch “${p.planId}”`;
      case "progress":
        return `Tiến độ nhiệm vụ “${p.taskId}” của kế hoạch “${p.plan.id}”, kỳ ${p.periodKey}`;
      case "period":
        return `Báo cáo kỳ ${p.periodKey} của kế hoạch “${p.plan.id}”`;
      case "archive":
        return `Bản lưu của ${p.documentId}`;
    }
  },
};

export const hubWordsEn: HubWords = {
  locale: "en-GB",
  statuses: {
    local: "Not connected to the hub",
    "signed-out": "Not connected to the hub",
    syncing: "Syncing",
    synced: "In sync",
    offline: "Offline",
    error: "Sync error",
  },
  lastSync: (t) => `last at ${t}`,
  never: "never synced yet",
  pending: (n) => `${n} change${n === 1 ? "" : "s"} waiting`,
  conflicts: (n) => `${n} document${n === 1 ? "" : "s"} in conflict`,
  refused: (n) => `${n} change${n === 1 ? "" : "s"} refused by the hub`,
  title: "Province hub connection",
  intro: (url) =>
    `This site can sync with the province hub ${url}: the unit's plans and progress are kept on the hub, agencies enter progress from their own computers and the province can follow it. Work goes on offline; changes are sent when the network is back.`,
  localNote:
    "Not connected: data is kept in this browser only. Once you sign in, the apps work on the unit's data on the hub; the data already in this browser stays as it is and comes back when you sign out.",
  user: "User name",
  userHint: "The unit's account given by the province's IT officer, for example xa-kim-lien@nghe-an.",
  password: "Password",
  passwordHint: "The password goes to the hub to sign in and is never kept on this computer.",
  login: "Sign in",
  loggingIn: "Signing in…",
  loginFailed: "Could not sign in",
  loginAgain: "Sign in again to go on syncing",
  account: "Account",
  database: "Data of",
  state: "Status",
  lastSyncLabel: "Last sync",
  pendingLabel: "Changes waiting",
  readOnly: "Read-only account",
  offlineNote:
    "The hub cannot be reached; changes are kept on this computer and sent when the network is back.",
  retry: "Retry now",
  logout: "Sign out",
  loggingOut: "Signing out…",
  removeCopy: "Remove the copy of the data from this computer",
  removeCopyHint: "For a shared or returned computer; the data stays on the province hub.",
  removeCopyPending: (n) =>
    `${n} change${n === 1 ? " has" : "s have"} not reached the hub yet: removing the copy now would lose ${n === 1 ? "it" : "them"}. Wait until the sync is done.`,
  refusedTitle: "Changes the hub refused (still kept on this computer)",
  conflictsTitle: "Conflicts between two computers of the unit",
  conflictsText:
    "Two computers changed the same document while apart. Choose the version to keep; the other is kept aside on the hub, nothing is lost.",
  review: "Review and choose",
  keep: "Keep this version",
  versionOf: (by, at) => `Version by ${by}, at ${at}`,
  planVersion: (title, tasks) => `“${title}”, ${tasks} task item${tasks === 1 ? "" : "s"}`,
  periodSent: (sent) => (sent ? "report sent" : "report not sent"),
  resolved: "Conflict resolved; the version not chosen is kept aside.",
  close: "Close",
  reloading: "Reloading the page with the new data…",
  startFailed: "The copy of the province hub's data could not be opened on this computer",
  document: (p, id) => {
    if (!p) return id;
    switch (p.type) {
      case "plan":
        return `Plan “${p.planId}”`;
      case "progress":
        return `Progress of task “${p.taskId}” of plan “${p.plan.id}”, period ${p.periodKey}`;
      case "period":
        return `Report for period ${p.periodKey} of plan “${p.plan.id}”`;
      case "archive":
        return `Copy set aside of ${p.documentId}`;
    }
  },
};
