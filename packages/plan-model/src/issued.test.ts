import { describe, expect, it } from "vitest";
import { isIssued, planStatus } from "./issued.js";

describe("what issuing a plan means", () => {
  it("needs the registration number and the full day of issue", () => {
    expect(planStatus({ number: "12", issuedOn: { year: 2026, month: 3, day: 5 } })).toBe("issued");
    expect(isIssued({ number: "12", issuedOn: { year: 2026, month: 3, day: 5 } })).toBe(true);
  });

  it("leaves a plan a draft while either is missing", () => {
    expect(planStatus({ number: "", issuedOn: { year: 2026, month: 3, day: 5 } })).toBe("draft");
    expect(planStatus({ number: "12", issuedOn: { year: 2026, month: 3 } })).toBe("draft");
    expect(planStatus({ number: "12", issuedOn: { year: 2026 } })).toBe("draft");
    expect(isIssued({ issuedOn: { year: 2026, month: 3, day: 5 } })).toBe(false);
  });
});
