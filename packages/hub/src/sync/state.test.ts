import { describe, expect, it } from "vitest";
import { describeSyncState, SIGNED_OUT, SYNC_LABELS } from "./state.js";

describe("the sync state as the shell shows it", () => {
  it("says in one Vietnamese line the state, the last sync time, what waits, what conflicts and what was refused", () => {
    expect(describeSyncState(SIGNED_OUT)).toBe("Chưa đăng nhập");
    const line = describeSyncState({
      status: "offline",
      label: SYNC_LABELS.offline,
      lastSyncAt: "2026-06-10T07:05:00.000Z",
      pending: 3,
      conflicts: 1,
      refused: [{ id: "progress:xa-an:x:y:z:2026-Q2", reason: "…" }],
    });
    expect(line).toMatch(
      /^Ngoại tuyến · lần cuối \d{2}:\d{2} \d{2}\/\d{2}\/2026 · 3 thay đổi chờ gửi · 1 tài liệu có xung đột · 1 thay đổi bị máy chủ từ chối$/,
    );
  });
});
