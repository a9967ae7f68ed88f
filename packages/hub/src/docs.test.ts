import { samplePlan } from "@kehoach/plan-model/sample";
import { describe, expect, it } from "vitest";
import { periodDoc, planDoc, progressDoc, readHubDoc } from "./docs.js";
import { parseDocId, progressDocId } from "./ids.js";

const who = { unit: "xa-an", by: "xa-an@thu", now: new Date("2026-06-10T08:00:00Z") };
const plan = { unit: "so-noi-vu", id: "KH 12/KH-SNV: năm 2026" };
const q2 = { kind: "quarter" as const, year: 2026, quarter: 2 };
const entry = {
  id: "t1@2026-Q2",
  taskId: "t:1",
  date: "2026-06-10",
  state: "done" as const,
  indicators: [],
  evidence: [],
};

describe("hub documents", () => {
  it("name their one writer first and survive plan and task ids with colons and Vietnamese", () => {
    const id = progressDocId("xa-an", plan, "t:1", "2026-Q2");
    expect(id.split(":")).toHaveLength(6);
    expect(parseDocId(id)).toEqual({
      type: "progress",
      unit: "xa-an",
      plan,
      taskId: "t:1",
      periodKey: "2026-Q2",
    });
    expect(parseDocId("progress:xa-an:%E0%A4%A:x:y:z")).toBeUndefined();
    expect(parseDocId("_design/kehoach")).toBeUndefined();
  });

  it("are built only from data plan-model's schemas accept, and read back the same", () => {
    const docs = [
      planDoc(samplePlan, "issued", who),
      progressDoc({ plan, period: q2, entry }, who),
      periodDoc({ plan, period: q2, status: "submitted", note: "Đã gửi báo cáo quý II" }, who),
    ];
    for (const doc of docs)
      expect(readHubDoc(JSON.parse(JSON.stringify(doc)))).toMatchObject({ ok: true, doc: { _id: doc._id } });
    expect(() => progressDoc({ plan, period: q2, entry: { ...entry, date: "2026-02-30" } }, who)).toThrow(
      /Dữ liệu không hợp lệ/,
    );
    expect(() => planDoc({ ...samplePlan, title: 42 as unknown as string }, "draft", who)).toThrow(
      /Không lưu kế hoạch không hợp lệ/,
    );
  });

  it("refuse on reading what a newer app wrote, a body that disagrees with its id, and a damaged plan, with the reason", () => {
    const doc = progressDoc({ plan, period: q2, entry }, who);
    expect(readHubDoc({ ...doc, schemaVersion: 2 })).toMatchObject({
      ok: false,
      problems: [expect.stringContaining("mới hơn phiên bản ứng dụng")],
    });
    expect(readHubDoc({ ...doc, taskId: "t2", entry: { ...entry, taskId: "t2" } })).toMatchObject({
      ok: false,
      problems: [expect.stringContaining("khác với mã tài liệu")],
    });
    expect(readHubDoc({ ...doc, unit: "phuong-binh" })).toMatchObject({ ok: false });
    const stored = planDoc(samplePlan, "draft", who);
    expect(readHubDoc({ ...stored, plan: { ...stored.plan, tasks: "none" } })).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^plan › /)],
    });
  });
});
