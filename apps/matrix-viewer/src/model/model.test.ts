import { readFileSync } from "node:fs";
import { createDirectory, type Plan, parseLocalityJson } from "@kehoach/plan-model";
import { samplePlan } from "@kehoach/plan-model/sample";
import { describe, expect, it } from "vitest";
import { toCsv } from "../export/csv.js";
import { agencyTable, matrixTable } from "../export/tables.js";
import { agencyTasks } from "./agency-tasks.js";
import { filterMatrix, NO_FILTERS } from "./filters.js";
import { collectFindings } from "./findings.js";
import { matrixRows } from "./rows.js";
import { buildTimeline } from "./timeline.js";
import { buildWorkspace } from "./workspace.js";

const loaded = parseLocalityJson(
  readFileSync(new URL("../../../../localities/kim-lien/locality.json", import.meta.url), "utf8"),
);
if (!loaded.ok) throw new Error("kim-lien locality does not load");
const directory = createDirectory(loaded.locality);
const sample = { source: "sample" as const, ref: "mau", plan: samplePlan };
const ws = buildWorkspace([sample], directory);
const GROUP = "cac-co-quan-thuoc-ubnd";

describe("the workspace of the sample plan", () => {
  it("has a column per task in plan order and rows sorted by kind, then the Vietnamese way", () => {
    expect(ws.tasks.map((t) => t.number)).toEqual(samplePlan.tasks.map((_, i) => String(i + 1)));
    const kinds = ws.agencies.map((a) => a.kind);
    expect(kinds.indexOf("van_phong")).toBeLessThan(kinds.indexOf("co_quan_chuyen_mon"));
    const specialised = ws.agencies.filter((a) => a.kind === "co_quan_chuyen_mon").map((a) => a.name);
    expect(specialised).toEqual(["Phòng Kinh tế", "Phòng Văn hóa - Xã hội"]);
    expect(ws.agencies.at(-1)?.kind).toBe("group");
  });

  it("holds each agency's roles by task", () => {
    expect(ws.cells.get("phong-vhxh")?.get("0:t01")).toEqual(["lead"]);
    expect(ws.cells.get("phong-vhxh")?.get("0:t02")).toEqual(["support"]);
    expect(ws.cells.get("van-phong")?.get("0:t02")).toEqual(["lead"]);
  });

  it("knows a group's members from the directory and the groups each agency belongs to", () => {
    const group = ws.agencyByKey.get(GROUP);
    expect(group?.members.map((m) => m.key).sort()).toEqual([
      "phong-kinh-te",
      "phong-vhxh",
      "trung-tam-pvhcc",
      "van-phong",
    ]);
    expect(ws.groupsOf.get("phong-kinh-te")).toEqual([GROUP]);
  });

  it("lists directory agencies no task names, but not those that work through a group", () => {
    const idle = ws.idle.map((a) => a.key);
    expect(idle).toContain("hoi-nong-dan");
    expect(idle).not.toContain("phong-kinh-te");
    expect(idle).not.toContain("phong-vhxh");
  });
});

describe("filters", () => {
  it("shows one agency, the groups it belongs to, and exactly their tasks", () => {
    const view = filterMatrix(ws, { ...NO_FILTERS, agency: "phong-kinh-te" });
    expect(view.agencies.map((a) => a.key)).toEqual(["phong-kinh-te", GROUP]);
    expect(view.tasks.map((t) => t.id)).toEqual(["t02", "t11", "t14"]);
  });

  it("narrows cells to a role and drops rows and columns left empty", () => {
    const view = filterMatrix(ws, { ...NO_FILTERS, role: "lead" });
    expect(view.agencies.map((a) => a.key).sort()).toEqual(["phong-vhxh", "trung-tam-pvhcc", "van-phong"]);
    expect(view.roles("phong-vhxh", "0:t02")).toEqual([]);
    expect(view.agencyTotal("van-phong").tasks).toBe(3);
  });

  it("finds text whatever the tone placement or the diacritics typed", () => {
    for (const query of ["hội thi", "hoi thi", "HỘI THI"]) {
      const view = filterMatrix(ws, { ...NO_FILTERS, query });
      expect(view.tasks.map((t) => t.id)).toEqual(["t09"]);
      expect(view.agencies).toHaveLength(4);
    }
    const byAgency = filterMatrix(ws, { ...NO_FILTERS, query: "phong kinh te" });
    expect(byAgency.agencies.map((a) => a.key)).toEqual(["phong-kinh-te"]);
    expect(byAgency.tasks.map((t) => t.id)).toEqual(["t11"]);
  });

  it("keeps the tasks under way in a window of months, recurring ones included", () => {
    const view = filterMatrix(ws, { ...NO_FILTERS, fromMonth: 11, toMonth: 11 });
    const ids = view.tasks.map((t) => t.id);
    expect(ids).toContain("t12"); // Tháng 11/2026
    expect(ids).toContain("t03"); // Hàng tháng
    expect(ids).toContain("t13"); // Quý IV
    expect(ids).not.toContain("t01"); // Quý I
  });

  it("filters by theme: the plan's forms of communication", () => {
    const view = filterMatrix(ws, { ...NO_FILTERS, theme: "form:contest" });
    expect(view.tasks.map((t) => t.id)).toEqual(["t09"]);
  });
});

describe("rows with an opened group", () => {
  it("puts the group's members under it, carrying the group's roles", () => {
    const view = filterMatrix(ws, NO_FILTERS);
    const rows = matrixRows(view, new Set([GROUP]), ws);
    const at = rows.findIndex((r) => r.key === GROUP);
    const members = rows.slice(at + 1).filter((r) => r.type === "agency" && r.viaGroup);
    expect(members).toHaveLength(4);
    expect(rows[0]).toMatchObject({ type: "section", label: "Văn phòng" });
  });
});

describe("one agency's tasks", () => {
  it("lists its own and its group's tasks, with partners, in plan order or by due date", () => {
    const list = agencyTasks(ws, "phong-kinh-te");
    expect(list.map((r) => r.task.id)).toEqual(["t02", "t11", "t14"]);
    expect(list[0]?.roleText).toBe("Phối hợp (qua nhóm “Các cơ quan, đơn vị thuộc UBND xã”)");
    expect(list[1]?.partners).toContain("Văn phòng HĐND và UBND xã (chủ trì)");
    const byDue = agencyTasks(ws, "phong-kinh-te", "due").map((r) => r.task.id);
    expect(byDue[0]).toBe("t14"); // first due at the end of Q1
    expect(byDue.at(-1)).toBe("t02"); // ongoing: due at the end of the year
  });
});

describe("findings", () => {
  it("reports tasks without a lead, lead-and-support, idle agencies and unknown names", () => {
    const plan: Plan = structuredClone(samplePlan);
    const t1 = plan.tasks[0];
    const t2 = plan.tasks[1];
    if (!t1 || !t2) throw new Error("sample changed");
    t1.roles = [{ role: "support", agency: { name: "Phòng Văn hóa - Xã hội" } }];
    t2.roles.push({ role: "support", agency: { name: "Văn phòng HĐND và UBND xã" } });
    t2.roles.push({ role: "support", agency: { name: "Ban Quản lý chợ xã" } });
    const w = buildWorkspace([{ source: "file", ref: "x.json", plan }], directory);
    const f = collectFindings(w, directory);
    expect(f.missingLead.map((x) => x.where)).toEqual([expect.stringContaining("Nhiệm vụ 1")]);
    expect(f.leadAlsoSupport.some((x) => x.message.includes("Văn phòng HĐND và UBND xã"))).toBe(true);
    expect(f.unresolved.map((u) => [u.name, u.tasks])).toEqual([["Ban Quản lý chợ xã", ["2"]]]);
    expect(f.idleAgencies.map((a) => a.key)).toContain("hoi-nong-dan");
  });
});

describe("timeline", () => {
  it("marks recurring tasks in every month they recur and ongoing ones through the year", () => {
    const t = buildTimeline(ws, ws.tasks);
    const monthly = t.rows.find((r) => r.task.id === "t03");
    expect(monthly?.months.every((m) => m !== null && m.due.length === 1)).toBe(true);
    const quarterly = t.rows.find((r) => r.task.id === "t14");
    expect(quarterly?.months.map((m) => (m?.due.length ? 1 : 0))).toEqual([
      0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1,
    ]);
    const ongoing = t.rows.find((r) => r.task.id === "t02");
    expect(ongoing?.months.every((m) => m?.continuous)).toBe(true);
  });
});

describe("exports", () => {
  it("writes the matrix as CSV with a BOM, roles in words, and a totals row", () => {
    const view = filterMatrix(ws, NO_FILTERS);
    const csv = toCsv(matrixTable(view, matrixRows(view, new Set(), ws)));
    expect(csv.startsWith('\uFEFF"Cơ quan, đơn vị",Nhóm,Số nhiệm vụ,')).toBe(true);
    const line = csv.split("\r\n").find((l) => l.startsWith("Phòng Kinh tế,"));
    expect(line?.split(",").slice(0, 3)).toEqual(["Phòng Kinh tế", "Cơ quan chuyên môn", "1"]);
    expect(csv).toContain('\r\n"Số cơ quan, đơn vị",');
  });

  it("gives the counts as numbers, for a spreadsheet to add up", () => {
    const view = filterMatrix(ws, NO_FILTERS);
    const table = matrixTable(view, matrixRows(view, new Set(), ws));
    const economy = table.rows.find((r) => r[0] === "Phòng Kinh tế");
    expect(economy?.[2]).toBe(1);
    const totals = table.rows.at(-1) ?? [];
    expect(totals.slice(3).every((n) => typeof n === "number")).toBe(true);
  });

  it("writes one agency's list with its role and due date", () => {
    const table = agencyTable("Phòng Kinh tế", agencyTasks(ws, "phong-kinh-te"));
    expect(table.rows[1]).toEqual([
      2,
      "11",
      samplePlan.tasks[10]?.title,
      "Phối hợp",
      "Hội nghị đối thoại",
      "Văn phòng HĐND và UBND xã (chủ trì); Trung tâm Phục vụ hành chính công xã (phối hợp)",
      "Quý III/2026",
      "30/9/2026",
    ]);
  });
});
