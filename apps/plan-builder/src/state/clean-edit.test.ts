import { describe, expect, it } from "vitest";
import { cleanEdit } from "./clean-edit.js";

describe("values brought in by an edit", () => {
  it("lose bidirectional and invisible characters, and keep the space before the next word", () => {
    expect(cleanEdit({ type: "set", path: ["title"], value: "\u202egnp.exe \u200b" })).toEqual({
      type: "set",
      path: ["title"],
      value: "gnp.exe ",
    });
  });

  it("are cleaned inside the objects and lists an edit inserts, numbers and paths untouched", () => {
    const edit = cleanEdit({
      type: "insert",
      path: ["tasks", 0, "roles"],
      index: 1,
      value: { role: "lead", agency: { name: "Hội\u2066 Nông dân\u2069" }, share: 2 },
    });
    expect(edit).toEqual({
      type: "insert",
      path: ["tasks", 0, "roles"],
      index: 1,
      value: { role: "lead", agency: { name: "Hội Nông dân" }, share: 2 },
    });
  });
});
