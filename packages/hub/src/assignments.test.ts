import { describe, expect, it } from "vitest";
import { assignTasks } from "./assignments.js";
import { hubLayout } from "./layout.js";
import { testLocality } from "./testing/locality.test-helpers.js";
import { provincePlan } from "./testing/plan.test-helpers.js";

describe("which unit reports on which task", () => {
  const locality = testLocality("thu");
  const layout = hubLayout(locality);

  it("names one database, role and user per unit with a hub code, and the province's roll-up from the slug", () => {
    expect(layout.units.map((u) => [u.code, u.database, u.user, u.name])).toEqual([
      ["xa-an", "kh_thu_xa-an", "xa-an@thu", "xã An Hòa"],
      ["phuong-binh", "kh_thu_phuong-binh", "phuong-binh@thu", "phường Bình Minh"],
      ["so-noi-vu", "kh_thu_so-noi-vu", "so-noi-vu@thu", "Sở Nội vụ"],
    ]);
    expect(layout.units.every((u) => u.role === u.database)).toBe(true);
    expect(layout.province).toMatchObject({ database: "kh_thu", role: "kh_thu", user: "thu" });
  });

  it("gives a group's task to every commune, a commune's task to that commune, and keeps the issuer's own tasks and unmatched agencies out", () => {
    const { byUnit, unassigned } = assignTasks(
      [{ unit: "so-noi-vu", plan: provincePlan() }],
      locality,
      layout,
    );
    expect(byUnit.get("xa-an")).toEqual({ "so-noi-vu:kh-cchc-2026": ["t-all", "t-an"] });
    expect(byUnit.get("phuong-binh")).toEqual({ "so-noi-vu:kh-cchc-2026": ["t-all"] });
    expect(byUnit.get("so-noi-vu")).toEqual({});
    expect(unassigned).toEqual([
      { plan: { unit: "so-noi-vu", id: "kh-cchc-2026" }, taskId: "t-ca", agency: "Công an tỉnh" },
    ]);
  });

  it("reaches a department through the team inside it when another unit's plan names the team", () => {
    const { byUnit } = assignTasks([{ unit: "xa-an", plan: provincePlan("kh-xa") }], locality, layout);
    expect(byUnit.get("so-noi-vu")).toEqual({ "xa-an:kh-xa": ["t-own"] });
    expect(byUnit.get("xa-an")).toEqual({});
    expect(byUnit.get("phuong-binh")).toEqual({ "xa-an:kh-xa": ["t-all"] });
  });
});
