import { describe, expect, it } from "vitest";
import { entryFromForm, formFromEntry, formProblems } from "./entry-form.js";

describe("the progress form", () => {
  const base = { id: "t02@2026-Q2", taskId: "t02" };

  it("keeps only complete figures and links in the entry, whatever is half-typed on screen", () => {
    const form = {
      ...formFromEntry(undefined, { date: "2026-06-14", status: "in_progress" as const }),
      result: "Đăng tin, bài",
      figures: [
        { label: "Tin, bài", value: "12", unit: "tin, bài" },
        { label: "Ảnh", value: "", unit: "ảnh" },
        { label: "", value: "3", unit: "buổi" },
        { label: "Tỷ lệ", value: "99,5", unit: "%" },
      ],
      evidence: [
        { label: "Chuyên mục", url: "https://kimlien.example.vn/cchc" },
        { label: "Chưa có đường dẫn", url: " " },
      ],
    };
    expect(entryFromForm(form, base)).toEqual({
      id: "t02@2026-Q2",
      taskId: "t02",
      date: "2026-06-14",
      state: "in_progress",
      percent: 50,
      result: "Đăng tin, bài",
      indicators: [
        { label: "Tin, bài", value: 12, unit: "tin, bài" },
        { label: "Tỷ lệ", value: 99.5, unit: "%" },
      ],
      evidence: [{ label: "Chuyên mục", url: "https://kimlien.example.vn/cchc" }],
      claimed: "in_progress",
    });
  });

  it("stores a stated done status as done with its completion date, and reads it back the same", () => {
    const form = {
      ...formFromEntry(undefined, { date: "2026-06-05", status: "done_late" as const }),
      completedOn: "2026-05-20",
    };
    const entry = entryFromForm(form, base);
    expect(entry).toMatchObject({
      state: "done",
      completedOn: "2026-05-20",
      claimed: "done_late",
      percent: 100,
    });
    expect(formFromEntry(entry, { date: "2026-06-14", status: "not_started" })).toEqual(form);
  });

  it("finds what is wrong: a percentage out of range, a missing date, a done task without its day", () => {
    const form = {
      ...formFromEntry(undefined, { date: "", status: "done_on_time" as const }),
      percent: "120",
    };
    expect(formProblems(form)).toEqual(["percent", "date", "completedOn"]);
    expect(formProblems({ ...form, percent: "45,5", date: "2026-06-14", completedOn: "2026-06-10" })).toEqual(
      [],
    );
  });
});
