import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createDirectory } from "../agencies/directory.js";
import { phuocLongLocality } from "../fixtures/localities.test-helpers.js";
import { parsePlanJson } from "../load.js";
import { samplePlan } from "../sample/index.js";
import { LocalitySchema } from "../schema/locality.js";
import { matrixToCsv, matrixToJson, responsibilityMatrix } from "./matrix.js";
import { planSchedule } from "./schedule.js";
import { agencyWorkload } from "./workload.js";

const VHXH = "Phòng Văn hóa - Xã hội";
const VP = "Văn phòng HĐND và UBND xã";
const PVHCC = "Trung tâm Phục vụ hành chính công xã";

describe("the responsibility matrix of the sample plan", () => {
  const matrix = responsibilityMatrix(samplePlan);
  const row = (name: string) => matrix.rows.find((r) => r.agency.name === name);

  it("has one column per task and one row per agency, in order of first appearance", () => {
    expect(matrix.tasks.map((t) => t.id)).toEqual(samplePlan.tasks.map((t) => t.id));
    expect(matrix.rows.map((r) => r.agency.name)).toEqual([
      VHXH,
      VP,
      "Các cơ quan, đơn vị thuộc UBND xã",
      "Trưởng các thôn",
      PVHCC,
      "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã",
      "Tổ công nghệ số cộng đồng các thôn",
      "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
      "Hội Liên hiệp Phụ nữ xã",
      "Phòng Kinh tế",
    ]);
  });

  it("puts each agency's roles in its cells", () => {
    const cells = (name: string) =>
      samplePlan.tasks.map((t) => (row(name)?.cells[t.id] ?? []).join("+") || ".");
    expect(cells(VHXH)).toEqual([
      "lead",
      "support",
      "lead",
      ".",
      ".",
      "lead",
      "lead",
      "lead",
      "lead",
      "lead",
      ".",
      "support",
      "lead",
      "lead",
    ]);
    expect(cells(VP)).toEqual([
      "support",
      "lead",
      ".",
      "support",
      ".",
      ".",
      "support",
      "support",
      ".",
      ".",
      "lead",
      "lead",
      ".",
      ".",
    ]);
    expect(cells(PVHCC)).toEqual([
      ".",
      ".",
      ".",
      "lead",
      "lead",
      "support",
      ".",
      "support",
      ".",
      ".",
      "support",
      ".",
      "support",
      ".",
    ]);
  });

  it("counts each agency's workload, busiest lead first", () => {
    const workload = agencyWorkload(matrix);
    expect(
      workload.slice(0, 3).map((w) => [w.agency.name, w.counts.lead, w.counts.support, w.total]),
    ).toEqual([
      [VHXH, 9, 2, 11],
      [VP, 3, 4, 7],
      [PVHCC, 2, 4, 6],
    ]);
    expect(workload.find((w) => w.agency.name === "Phòng Kinh tế")?.tasks.support).toEqual(["t11"]);
  });

  it("exports CSV with Vietnamese role labels and JSON with roles by task id", () => {
    const csv = matrixToCsv(matrix).split("\r\n");
    expect(csv[0]?.startsWith("Cơ quan,1. Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026")).toBe(
      true,
    );
    expect(csv[0]).toContain('"2. Đăng tải tin, bài, ảnh về cải cách hành chính');
    expect(csv[1]).toBe(
      `${VHXH},Chủ trì,Phối hợp,Chủ trì,,,Chủ trì,Chủ trì,Chủ trì,Chủ trì,Chủ trì,,Phối hợp,Chủ trì,Chủ trì`,
    );
    expect(matrixToJson(matrix).agencies[0]).toMatchObject({
      name: VHXH,
      roles: { t01: ["lead"], t02: ["support"] },
    });
  });

  it("keeps spellings of one agency in one row", () => {
    const plan = structuredClone(samplePlan);
    plan.tasks[1]!.roles[0] = { role: "lead", agency: { name: "Văn phòng HĐND & UBND xã" } };
    const vp = responsibilityMatrix(plan).rows.find((r) => r.agency.name === VP);
    expect(vp?.agency.spellings).toEqual([VP, "Văn phòng HĐND & UBND xã"]);
    expect(vp?.cells.t02).toEqual(["lead"]);
  });
});

describe("the matrix with a locality directory", () => {
  const directory = createDirectory(LocalitySchema.parse(phuocLongLocality));
  const text = readFileSync(new URL("../fixtures/seeds/phuoc-long-2024.json", import.meta.url), "utf8");
  const loaded = parsePlanJson(text);
  if (!loaded.ok) throw new Error("seed must load");
  const plan = loaded.plan;

  it("names rows by the directory and merges their spellings", () => {
    const matrix = responsibilityMatrix(plan, { directory, asOf: "2024-03-20" });
    const vp = matrix.rows.find((r) => r.agency.id === "vp-tx");
    expect(vp?.agency.spellings).toEqual(["Văn phòng HĐND và UBND thị xã", "Văn phòng HĐND&UBND thị xã"]);
    expect(matrix.rows.find((r) => r.agency.id === "ubnd-xa-phuong")?.agency.group).toBe(true);
    expect(matrix.rows.find((r) => r.agency.generic)?.agency.name).toBe("các cơ quan, đơn vị liên quan");
    expect(matrix.unresolved).toEqual([]);
  });

  it("expands groups to their members on request", () => {
    const matrix = responsibilityMatrix(plan, { directory, asOf: "2024-03-20", expandGroups: true });
    expect(matrix.rows.some((r) => r.agency.id === "ubnd-xa-phuong")).toBe(false);
    const longGiang = matrix.rows.find((r) => r.agency.id === "ubnd-long-giang");
    expect(longGiang?.agency.viaGroups).toEqual(["ubnd-xa-phuong"]);
    expect(longGiang?.cells).toEqual({
      a: ["lead"],
      b: ["support"],
      c: ["support"],
      d: ["support"],
      e: ["support"],
      f: ["support"],
    });
    // Phòng Nội vụ advises on task b and, as one of "Các cơ quan chuyên môn", also supports it.
    expect(matrix.rows.find((r) => r.agency.id === "pnv")?.cells.b).toEqual(["advisor", "support"]);
  });
});

describe("the month-by-month schedule of the sample plan", () => {
  const schedule = planSchedule(samplePlan);
  const ids = (month: number) => schedule.months[month - 1]?.entries.map((e) => e.taskId);

  it("lists what is under way in each month", () => {
    expect(ids(1)).toEqual(["t01", "t02", "t03", "t04", "t05", "t10", "t14"]);
    expect(ids(5)).toEqual(["t02", "t03", "t04", "t05", "t06", "t07", "t08", "t10", "t14"]);
    expect(ids(11)).toEqual(["t02", "t03", "t04", "t05", "t10", "t12", "t13", "t14"]);
    expect(schedule.unscheduled).toEqual([]);
  });

  it("marks due dates and standing work", () => {
    const march = schedule.months[2]!.entries;
    expect(march.find((e) => e.taskId === "t01")?.due).toEqual(["2026-03-31"]);
    expect(march.find((e) => e.taskId === "t14")?.due).toEqual(["2026-03-31"]);
    expect(march.find((e) => e.taskId === "t02")).toMatchObject({ continuous: true, due: [] });
    expect(schedule.months[1]!.entries.find((e) => e.taskId === "t03")?.due).toEqual(["2026-02-28"]);
  });

  it("sets apart tasks whose time gives no date", () => {
    const plan = structuredClone(samplePlan);
    plan.tasks[0]!.time = {
      raw: "Theo thời hạn tại Kế hoạch của tỉnh",
      kind: "relative",
      to: { text: "Kế hoạch của tỉnh" },
    };
    expect(planSchedule(plan).unscheduled).toEqual([
      { taskId: "t01", number: "1", title: samplePlan.tasks[0]!.title, reason: "relative" },
    ]);
  });
});
