import type { Plan } from "@kehoach/plan-model";
import { samplePlan } from "@kehoach/plan-model/sample";

// A province plan issued by the Sở Nội vụ of the test locality: one task for every commune (a
// group), one for one commune, one for a team inside the Sở (its own), one for an agency with no
// database on the hub.

export function provincePlan(id = "kh-cchc-2026"): Plan {
  const lead = (agencyId: string, name: string) => [
    { role: "lead" as const, agency: { id: agencyId, name } },
  ];
  const [a, b, c, d] = samplePlan.tasks as [
    Plan["tasks"][0],
    Plan["tasks"][0],
    Plan["tasks"][0],
    Plan["tasks"][0],
  ];
  return {
    ...structuredClone(samplePlan),
    id,
    title: "Tuyên truyền cải cách hành chính năm 2026 trên địa bàn tỉnh",
    tasks: [
      { ...structuredClone(a), id: "t-all", roles: lead("ubnd-cac-xa", "UBND các xã, phường") },
      { ...structuredClone(b), id: "t-an", roles: lead("ubnd-xa-an", "UBND xã An Hòa") },
      { ...structuredClone(c), id: "t-own", roles: lead("phong-cchc", "Phòng Cải cách hành chính") },
      { ...structuredClone(d), id: "t-ca", roles: lead("cong-an-tinh", "Công an tỉnh") },
    ],
  };
}
