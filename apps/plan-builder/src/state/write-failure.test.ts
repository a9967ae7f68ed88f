import { describe, expect, it } from "vitest";
import { describeWriteError, retryDelayMs } from "./write-failure.js";

describe("why a write was refused, in the app's words", () => {
  it("tells a full quota from the browser's exception, whatever its message", () => {
    expect(describeWriteError(new DOMException("", "QuotaExceededError"))).toEqual({ kind: "quota" });
    expect(describeWriteError({ name: "QuotaExceededError" })).toEqual({ kind: "quota" });
  });

  it("keeps plan-store's own reason for refusing a plan, and hides any other browser message", () => {
    expect(describeWriteError(new Error("Không lưu kế hoạch không hợp lệ: Năm kế hoạch: …"))).toEqual({
      kind: "invalid",
      detail: "Không lưu kế hoạch không hợp lệ: Năm kế hoạch: …",
    });
    expect(describeWriteError(new DOMException("The transaction was aborted", "AbortError"))).toEqual({
      kind: "unavailable",
    });
    expect(describeWriteError(undefined)).toEqual({ kind: "unavailable" });
    expect(describeWriteError("chuỗi")).toEqual({ kind: "unavailable" });
  });

  it("tries again soon, then less often, never more than every 30 seconds", () => {
    expect([0, 1, 2, 3, 4, 9].map(retryDelayMs)).toEqual([2000, 5000, 10000, 20000, 30000, 30000]);
  });
});
