import { readEdxml } from "@kehoach/edxml";
import { type Plan, parseLocalityJson } from "@kehoach/plan-model";
import { samplePlan } from "@kehoach/plan-model/sample";
import { describe, expect, it } from "vitest";
import { edxmlReasons, planEdxml } from "./edxml.js";

// A directory of the sample's commune whose agencies carry codes of the shape of QĐ 20/2020 (test
// values, Z-series: no real agency), and one without codes.
function locality(withCodes: boolean) {
  const result = parseLocalityJson(
    JSON.stringify({
      schemaVersion: 1,
      slug: "kim-lien",
      name: "Xã Kim Liên, tỉnh Nghệ An",
      unitId: "xa",
      units: [{ id: "xa", name: "Kim Liên", type: "xa", level: "commune" }],
      agencies: [
        {
          id: "ubnd-xa",
          name: "Ủy ban nhân dân xã Kim Liên",
          kind: "ubnd",
          ...(withCodes ? { edocCode: "000.01.01.Z91" } : {}),
          issuing: { headerLines: ["Ủy ban nhân dân", "xã Kim Liên"], symbol: "UBND", place: "Kim Liên" },
        },
        {
          id: "so-noi-vu",
          name: "Sở Nội vụ tỉnh Nghệ An",
          kind: "co_quan_cap_tren",
          ...(withCodes ? { edocCode: "000.02.00.Z91" } : {}),
        },
      ],
    }),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.locality;
}

const files = { pdf: new TextEncoder().encode("%PDF-1.7"), docx: new Uint8Array([0x50, 0x4b, 3, 4]) };

describe("the plan as an edXML package", () => {
  it("is addressed by the directory's codes, names its files after the plan, and reads back", async () => {
    const plan: Plan = { ...samplePlan, id: "ke-hoach-cua-xa" };
    const made = await planEdxml(plan, files, locality(true), new Date("2026-01-20T02:00:00Z"));
    expect(made.fileName).toBe(
      "Kế hoạch 15-KH-UBND - Tuyên truyền cải cách hành chính năm 2026 trên địa bàn xã Kim Liên.edxml",
    );
    const message = readEdxml(made.xml);
    expect(message.from.organId).toBe("000.01.01.Z91");
    expect(message.to.map((t) => t.organId)).toEqual(["000.02.00.Z91"]);
    expect(message.code).toEqual({ number: "15", notation: "KH-UBND" });
    expect(message.attachments.map((a) => a.name)).toEqual([
      "Kế hoạch 15-KH-UBND - Tuyên truyền cải cách hành chính năm 2026 trên địa bàn xã Kim Liên.pdf",
      "Kế hoạch 15-KH-UBND - Tuyên truyền cải cách hành chính năm 2026 trên địa bàn xã Kim Liên.docx",
    ]);
    expect(made.unrouted.length).toBeGreaterThan(0);
  });

  it("is refused, reason by reason, for a draft or a directory without codes", async () => {
    const { number: _n, ...draft } = samplePlan;
    const refusal = await planEdxml(draft, files, locality(false)).then(
      () => "",
      (error: Error) => error.message,
    );
    const reasons = edxmlReasons(refusal);
    expect(reasons[0]).toMatch(/bản dự thảo không gửi qua trục liên thông được/);
    expect(reasons.some((r) => /chưa có mã định danh điện tử/.test(r))).toBe(true);
  });
});
