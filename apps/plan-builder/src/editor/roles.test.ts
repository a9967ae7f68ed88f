import type { RoleAssignment } from "@kehoach/plan-model";
import { describe, expect, it } from "vitest";
import { replaceRole } from "./roles.js";

const roles: RoleAssignment[] = [
  { role: "lead", agency: { name: "A" } },
  { role: "support", agency: { name: "B" }, label: "Cơ quan tham gia" },
  { role: "support", agency: { name: "C" } },
  { role: "requested", agency: { name: "D" } },
];

describe("replacing the agencies of one role", () => {
  it("puts the new list where the role stood and keeps the other roles in order", () => {
    const next = replaceRole(roles, "support", [{ name: "C" }, { name: "E", id: "e" }]);
    expect(next.map((r) => `${r.role}:${r.agency.name}`)).toEqual([
      "lead:A",
      "support:C",
      "support:E",
      "requested:D",
    ]);
  });

  it("keeps what a person confirmed about an agency that stays", () => {
    const next = replaceRole(roles, "support", [{ name: "B", id: "b" }]);
    expect(next[1]).toEqual({ role: "support", agency: { name: "B", id: "b" }, label: "Cơ quan tham gia" });
  });

  it("adds a role the task did not have at the end", () => {
    const next = replaceRole(roles, "monitor", [{ name: "F" }]);
    expect(next.at(-1)).toEqual({ role: "monitor", agency: { name: "F" } });
  });
});
