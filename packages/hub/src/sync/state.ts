// What the app shell shows about the hub: one of five states, with its Vietnamese label, the time
// of the last complete sync, how many local changes are still waiting to reach the hub, how many
// documents have a conflict, and the writes the hub refused (with its reason, so nothing is
// silently dropped).

export const SYNC_STATUSES = ["signed-out", "syncing", "synced", "offline", "error"] as const;
export type SyncStatus = (typeof SYNC_STATUSES)[number];

export const SYNC_LABELS: Record<SyncStatus, string> = {
  "signed-out": "Chưa đăng nhập",
  syncing: "Đang đồng bộ",
  synced: "Đã đồng bộ",
  offline: "Ngoại tuyến",
  error: "Lỗi đồng bộ",
};

export interface RefusedWrite {
  id: string;
  reason: string;
}

export interface SyncState {
  status: SyncStatus;
  label: string;
  /** The signed-in account and its database, when signed in. */
  user?: string;
  database?: string;
  readOnly?: boolean;
  /** ISO time the local copy and the hub last agreed. */
  lastSyncAt?: string;
  /** Local changes not yet on the hub. */
  pending: number;
  conflicts: number;
  refused: RefusedWrite[];
  /** What went wrong, in Vietnamese, for the offline and error states. */
  message?: string;
  /** The hub no longer accepts the session (expired, another account): signing in again resumes. */
  signInAgain?: boolean;
}

export const SIGNED_OUT: SyncState = {
  status: "signed-out",
  label: SYNC_LABELS["signed-out"],
  pending: 0,
  conflicts: 0,
  refused: [],
};

/** "Đã đồng bộ lúc 14:05 · 3 thay đổi chờ gửi": one line for the shell. */
export function describeSyncState(state: SyncState, locale = "vi-VN"): string {
  const parts = [state.label];
  if (state.lastSyncAt && state.status !== "syncing") {
    const time = new Date(state.lastSyncAt).toLocaleString(locale, {
      hour: "2-digit",
      minute: "2-digit",
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
    });
    parts.push(`lần cuối ${time}`);
  }
  if (state.pending > 0) parts.push(`${state.pending} thay đổi chờ gửi`);
  if (state.conflicts > 0) parts.push(`${state.conflicts} tài liệu có xung đột`);
  if (state.refused.length > 0) parts.push(`${state.refused.length} thay đổi bị máy chủ từ chối`);
  return parts.join(" · ");
}
