import { describe, expect, it } from "vitest";
import { describePath } from "./field-labels.js";
import { ROLE_COLUMN_LABELS, ROLES, roleColumnLabel, roleLabel } from "./index.js";

// Where a problem is, in the words of the screen: Vietnamese for the command line and by default,
// English for a screen shown in English.

describe("places in a plan, in words", () => {
  it("names a task's role in Vietnamese by default, as the command line prints it", () => {
    expect(describePath(["tasks", 2, "roles", 0])).toBe("Nhiệm vụ 3 › Vai trò 1");
    expect(describePath(["tasks", 0, "title"])).toBe("Nhiệm vụ 1 › Nội dung nhiệm vụ");
    expect(describePath([])).toBe("Toàn bộ tệp");
  });

  it("names the same places in English", () => {
    expect(describePath(["tasks", 2, "roles", 0], "en")).toBe("Task 3 › Role 1");
    expect(describePath(["tasks", 0, "title"], "en")).toBe("Task 1 › Task");
    expect(describePath(["recipients", "items", 1], "en")).toBe("Recipients › Line 2");
    expect(describePath(["issuedOn"], "en")).toBe("Date of issue");
    expect(describePath([], "en")).toBe("The whole file");
  });

  it("names roles in both languages, the Vietnamese ones unchanged", () => {
    expect(roleLabel("lead")).toBe("Chủ trì");
    expect(roleLabel("lead", "en")).toBe("Lead");
    expect(ROLES.map((r) => roleColumnLabel(r))).toEqual(ROLES.map((r) => ROLE_COLUMN_LABELS[r]));
    expect(ROLES.map((r) => roleColumnLabel(r, "en"))).toEqual([
      "Lead agency",
      "Advising agency",
      "Supporting agency",
      "Following-up agency",
      "Requested agency",
    ]);
  });
});
