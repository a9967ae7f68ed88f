import { readFile } from "node:fs/promises";
import { parseLocalityJson } from "@kehoach/plan-model";
import { describe, expect, it } from "vitest";
import { leadingAgencies, withDirectoryIds } from "./agencies.js";
import { plan } from "./scenario.test-helpers.js";

describe("lead agencies", () => {
  it("counts two spellings of one agency as one once the plan is tied to the locality's directory", async () => {
    const read = parseLocalityJson(
      await readFile(new URL("../../../localities/kim-lien/locality.json", import.meta.url), "utf8"),
    );
    if (!read.ok) throw new Error("kim-lien locality does not load");
    const [first, ...rest] = plan.tasks;
    const respelled = {
      ...plan,
      tasks: [{ ...first!, roles: [{ role: "lead" as const, agency: { name: "Phòng VH-XH" } }] }, ...rest],
    };
    const names = (p: typeof plan) => leadingAgencies(p).map((a) => `${a.name} (${a.taskIds.length})`);
    expect(names(respelled)).toContain("Phòng VH-XH (1)");
    const tied = withDirectoryIds(respelled, read.locality);
    expect(names(tied)).not.toContain("Phòng VH-XH (1)");
    expect(leadingAgencies(tied).find((a) => a.id === "phong-vhxh")?.taskIds).toHaveLength(9);
  });
});
