import { describe, expect, it } from "vitest";
import { leadingAgencies } from "./agencies.js";
import {
  checkReturnTarget,
  createAgencyReturn,
  parseAgencyReturnJson,
  returnAsPlan,
} from "./agency-return.js";
import { serializeReportFile } from "./period-data.js";
import { cutoff, log, plan, q1, q2 } from "./scenario.test-helpers.js";

const office = leadingAgencies(plan).find((a) => a.name === "Văn phòng HĐND và UBND xã");
if (!office) throw new Error("sample plan changed: no Văn phòng");

function issue() {
  return createAgencyReturn({
    plan,
    period: q2,
    cutoff,
    log,
    agencyKey: office!.key,
    issuedBy: "Phòng Văn hóa - Xã hội",
    returnId: "r-1",
    now: new Date("2026-06-15T01:00:00Z"),
  });
}

describe("agency return files", () => {
  it("holds only the agency's tasks, prefilled with the office's entries of the window", () => {
    const ret = issue();
    expect(ret.tasks.map((t) => t.id)).toEqual(["t02", "t11", "t12"]);
    expect(ret.window).toEqual({ from: "2026-03-15", to: "2026-06-14" });
    expect(ret.base.map((e) => e.id)).toEqual(["t02@2026-Q2"]);
    expect(ret.entries).toEqual(ret.base);
    expect(ret.history.map((e) => e.id)).toEqual(["t02@2026-Q1"]);
    expect(returnAsPlan(ret).tasks.map((t) => t.ref)).toEqual(["2", "11", "12"]);
  });

  it("reads back what it wrote", () => {
    const ret = issue();
    const read = parseAgencyReturnJson(serializeReportFile(ret));
    expect(read).toEqual({ ok: true, value: ret });
  });

  it("refuses a return for another period or plan, saying which and that nothing changed", () => {
    const ret = issue();
    const wrongPeriod = checkReturnTarget(ret, plan, q1, cutoff);
    expect(wrongPeriod).toEqual({
      ok: false,
      message:
        "Tệp báo cáo của Văn phòng HĐND và UBND xã dành cho kỳ Quý II năm 2026 (số liệu 15/3/2026 – 14/6/2026), không phải kỳ đang tổng hợp Quý I năm 2026 (số liệu 15/12/2025 – 14/3/2026). Không nhập tệp này; dữ liệu hiện có giữ nguyên.",
    });
    const other = checkReturnTarget(ret, { ...plan, id: "khac", title: "Kế hoạch khác" }, q2, cutoff);
    expect(other.ok).toBe(false);
    expect(!other.ok && other.message).toContain("thuộc kế hoạch “Tuyên truyền cải cách hành chính năm 2026");
    expect(checkReturnTarget(ret, plan, q2, cutoff)).toEqual({ ok: true });
  });

  it("refuses a file whose entries speak for tasks it was not given", () => {
    const ret = issue();
    const tampered = { ...ret, entries: [...ret.entries, { ...ret.entries[0]!, id: "x", taskId: "t01" }] };
    const read = parseAgencyReturnJson(JSON.stringify(tampered));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems[0]).toEqual({
      path: "entries[1].taskId",
      message: "Nhiệm vụ “t01” không được giao cho Văn phòng HĐND và UBND xã trong tệp này.",
    });
  });

  it("refuses a file whose window does not match its period, and files of another kind", () => {
    const ret = issue();
    const shifted = parseAgencyReturnJson(
      JSON.stringify({ ...ret, window: { from: "2026-04-01", to: "2026-06-30" } }),
    );
    expect(!shifted.ok && shifted.problems[0]?.path).toBe("window");
    const notReturn = parseAgencyReturnJson(JSON.stringify({ schemaVersion: 2, tasks: [] }));
    expect(!notReturn.ok && notReturn.problems[0]?.message).toContain("không phải tệp báo cáo của cơ quan");
    expect(parseAgencyReturnJson("{").ok).toBe(false);
  });
});
