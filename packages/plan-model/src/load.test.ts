import { describe, expect, it } from "vitest";
import { parsePlanJson, serializePlan, validatePlanData } from "./load.js";
import { samplePlan } from "./sample/index.js";

const sampleText = serializePlan(samplePlan);

describe("loading a plan file", () => {
  it("accepts the sample plan and gives it back unchanged", () => {
    const result = parsePlanJson(sampleText);
    expect(result).toEqual({ ok: true, plan: samplePlan });
  });

  it("round-trips: serialise then parse gives the same plan", () => {
    const result = parsePlanJson(sampleText);
    if (!result.ok) throw new Error("sample must load");
    expect(serializePlan(result.plan)).toBe(sampleText);
  });

  it("stores text as NFC without invisible or control characters", () => {
    const data = structuredClone(samplePlan);
    data.title = "Tuye\u0302\u0300n truye\u0302\u0300n\u200B cải cách\u0007 hành chính";
    const result = validatePlanData(data);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.plan.title).toBe("Tuyền truyền cải cách hành chính");
  });

  it("refuses invalid JSON and says on which line", () => {
    const result = parsePlanJson('{\n  "schemaVersion": 1,\n  "title": \n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.message).toMatch(/^Tệp không phải JSON hợp lệ \(dòng 4, cột \d+\)\.$/);
  });

  it("refuses an empty file and a file that is not an object", () => {
    expect(parsePlanJson("  ")).toMatchObject({
      ok: false,
      problems: [{ message: "Tệp rỗng: không có nội dung kế hoạch." }],
    });
    expect(parsePlanJson("[1,2]")).toMatchObject({ ok: false });
  });

  it("refuses a file from a newer version instead of guessing", () => {
    const result = validatePlanData({ ...samplePlan, schemaVersion: 99 });
    expect(result).toMatchObject({ ok: false, problems: [{ path: "schemaVersion" }] });
  });

  it('says a schemaVersion written as "2" or 2.5 is of the wrong form, not that it is missing', () => {
    for (const version of ["2", 2.5]) {
      const result = validatePlanData({ ...samplePlan, schemaVersion: version });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.problems[0]?.path).toBe("schemaVersion");
      expect(result.problems[0]?.message).toContain("phải là một số nguyên");
      expect(result.problems[0]?.message).toContain(JSON.stringify(version));
      expect(result.problems[0]?.message).not.toContain("Thiếu");
    }
    const missing = validatePlanData({ ...samplePlan, schemaVersion: undefined });
    expect(missing).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining("Thiếu") }] });
  });

  it("lists every problem with its path and a Vietnamese label, not just the first", () => {
    const data = structuredClone(samplePlan) as unknown as Record<string, unknown>;
    const tasks = data.tasks as Record<string, unknown>[];
    (tasks[2] as Record<string, unknown>).roles = "Phòng Văn hóa - Xã hội";
    data.symbol = "KH - UBND";
    data.issuedOn = { year: 2026, month: 2, day: 30 };
    const result = validatePlanData(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        {
          path: "tasks[2].roles",
          where: "Nhiệm vụ 3 › Vai trò",
          whereEn: "Task 3 › Roles",
          message: "Sai kiểu dữ liệu: cần danh sách.",
          messageEn: "Wrong type of data: expected a list.",
        },
        expect.objectContaining({ path: "symbol", where: "Ký hiệu" }),
        expect.objectContaining({
          path: "issuedOn",
          message: "Ngày không có thật (kiểm tra ngày, tháng, năm).",
        }),
      ]),
    );
    expect(result.problems).toHaveLength(3);
  });

  it("accepts a draft with an empty title and task text, so work in progress can be saved", () => {
    const data = structuredClone(samplePlan);
    data.title = "";
    data.tasks.push({ id: "moi", title: "", roles: [], time: { raw: "", kind: "unspecified" } });
    expect(validatePlanData(data).ok).toBe(true);
  });

  it("keeps hostile strings as inert text", () => {
    const data = structuredClone(samplePlan);
    data.tasks[0] = { ...samplePlan.tasks[0]!, title: '<script>alert("x")</script>' };
    const result = validatePlanData(data);
    expect(result.ok && result.plan.tasks[0]?.title).toBe('<script>alert("x")</script>');
  });

  it("names the accepted values when a kind is unknown", () => {
    const data = structuredClone(samplePlan) as unknown as { tasks: { time: unknown }[] };
    data.tasks[0]!.time = { raw: "sớm", kind: "soon" };
    expect(validatePlanData(data)).toEqual({
      ok: false,
      problems: [
        {
          path: "tasks[0].time.kind",
          where: "Nhiệm vụ 1 › Thời gian thực hiện › Loại",
          whereEn: "Task 1 › Time frame › Kind",
          message:
            "Giá trị không hợp lệ; chỉ nhận: ongoing, within, recurring, deadline, anyOf, allOf, relative, conditional, unspecified.",
          messageEn:
            "The value is not valid; accepted values: ongoing, within, recurring, deadline, anyOf, allOf, relative, conditional, unspecified.",
        },
      ],
    });
  });

  it("refuses data nested too deep before walking it, instead of overflowing the stack", () => {
    let deep: unknown = { kind: "unspecified", raw: "" };
    for (let i = 0; i < 100_000; i++)
      deep = { kind: "conditional", raw: "", trigger: { text: "khi" }, time: deep };
    const data = structuredClone(samplePlan) as unknown as { tasks: { time: unknown }[] };
    data.tasks[0]!.time = deep;
    expect(validatePlanData(data)).toMatchObject({
      ok: false,
      problems: [{ message: "Dữ liệu lồng nhau quá sâu (hơn 64 cấp): đây không phải một kế hoạch." }],
    });
  });

  it("refuses a file over the size limit before parsing it", () => {
    const result = parsePlanJson(" ".repeat(21 * 1024 * 1024));
    expect(result).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringMatching(/Tệp quá lớn/) }],
    });
  });
});

describe("the sample plan", () => {
  it("is a commune plan of the two-tier era with at least 12 tasks, each with a lead and a time", () => {
    expect(samplePlan.planYear).toBe(2026);
    expect(samplePlan.tasks.length).toBeGreaterThanOrEqual(12);
    for (const task of samplePlan.tasks) {
      expect(task.roles.some((r) => r.role === "lead")).toBe(true);
      expect(task.time.kind).not.toBe("unspecified");
    }
  });
});

describe("locating JSON syntax errors", () => {
  it.each([
    ['{"a": 1,}', 1, 9],
    ['{\n  "a": [1, 2\n}', 3, 1],
    ['{"a": "x"} extra', 1, 12],
    ['{"a": tru}', 1, 10],
  ])("%j fails at line %i, column %i", (text, line, column) => {
    const result = parsePlanJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toContain(`(dòng ${line}, cột ${column})`);
  });
});
