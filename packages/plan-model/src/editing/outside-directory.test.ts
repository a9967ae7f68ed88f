import { describe, expect, it } from "vitest";
import { createAgencyMatcher, type Plan } from "../index.js";
import { testContext } from "./fixtures/locality.test-helpers.js";
import { agenciesOutsideDirectory } from "./outside-directory.js";
import { cchcCommunicationPlan } from "./templates.js";

const matcher = createAgencyMatcher(testContext.directory);
const base = cchcCommunicationPlan(testContext, { id: "p", year: 2027, issuerId: "ubnd" });

describe("the agencies a plan names that the directory does not hold", () => {
  it("lists each name once, where it is written, with the nearest directory names", () => {
    const plan: Plan = {
      ...base,
      tasks: [
        {
          id: "a",
          title: "Đăng tin",
          roles: [
            { role: "lead", agency: { name: "Phòng Van hóa - Xã hội" } },
            { role: "support", agency: { name: "Báo Thử Nghiệm" } },
            { role: "support", agency: { name: "các cơ quan, đơn vị liên quan" } },
          ],
          time: { raw: "Thường xuyên", kind: "ongoing" },
        },
        {
          id: "b",
          title: "Hội thi",
          roles: [
            { role: "lead", agency: { name: "Phòng Văn hóa - Xã hội", id: "vhxh" } },
            { role: "support", agency: { name: "Báo Thử Nghiệm" } },
          ],
          time: { raw: "Quý III", kind: "unspecified" },
        },
      ],
      implementation: [],
      reporting: [],
    };
    const outside = agenciesOutsideDirectory(plan, matcher);
    expect(outside.map((o) => [o.name, o.paths, o.suggestions.map((a) => a.name)])).toEqual([
      ["Phòng Van hóa - Xã hội", ["tasks[0].roles[0].agency"], ["Phòng Văn hóa - Xã hội"]],
      ["Báo Thử Nghiệm", ["tasks[0].roles[1].agency", "tasks[1].roles[1].agency"], []],
    ]);
  });

  it("is empty for a plan whose agencies all come from the directory", () => {
    expect(agenciesOutsideDirectory({ ...base, tasks: [], implementation: [] }, matcher)).toEqual([]);
  });
});
