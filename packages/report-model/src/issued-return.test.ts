import { describe, expect, it } from "vitest";
import { createAgencyReturn } from "./agency-return.js";
import { IssuedReturnSchema } from "./issued-return.js";
import { periodKey } from "./period.js";
import type { IssuedReturn } from "./return-authority.js";
import { cutoff, log, plan, q2 } from "./scenario.test-helpers.js";

// An issued-return record authorises later imports: read back from storage or a backup, it is
// trusted only when it has the whole shape the office wrote.

function issued(): IssuedReturn {
  const file = createAgencyReturn({
    plan,
    period: q2,
    cutoff,
    log,
    agencyKey: "name:phong văn hoa xa hôi",
    issuedBy: "Văn phòng",
    returnId: "phieu-1",
  });
  return {
    returnId: "phieu-1",
    planId: plan.id,
    periodKey: periodKey(q2),
    agencyKey: "name:phong văn hoa xa hôi",
    agencyName: file.agency.name,
    issuedAt: file.issuedAt,
    taskIds: file.tasks.map((t) => t.id),
    base: file.base,
  };
}

describe("issued-return records read back", () => {
  it("accepts a record as the office writes it, unchanged", () => {
    const record = issued();
    expect(IssuedReturnSchema.parse(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });

  it("refuses a record without the entries it was issued with, or with an empty id", () => {
    const { base: _base, ...withoutBase } = issued();
    expect(IssuedReturnSchema.safeParse(withoutBase).success).toBe(false);
    expect(IssuedReturnSchema.safeParse({ ...issued(), returnId: "" }).success).toBe(false);
    expect(IssuedReturnSchema.safeParse({ ...issued(), taskIds: [42] }).success).toBe(false);
  });
});
