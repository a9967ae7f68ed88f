import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlanJson } from "../load.js";
import type { Plan } from "../plan.js";
import { validatePlan } from "./index.js";

// The three seed plans, transcribed by hand into plan JSON as a careful official would (see
// src/fixtures/seeds). Each must load, and validation must report the defects a careful reader
// finds in it, and no other error.

function load(name: string): Plan {
  const text = readFileSync(new URL(`../fixtures/seeds/${name}.json`, import.meta.url), "utf8");
  const result = parsePlanJson(text);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.problems)}`);
  return result.plan;
}

const hits = (plan: Plan, mode: "draft" | "issued" = "draft") =>
  validatePlan(plan, { mode }).findings.map((f) => `${f.severity} ${f.rule} ${f.path}`);
const errors = (plan: Plan, mode: "draft" | "issued" = "draft") =>
  hits(plan, mode).filter((h) => h.startsWith("error"));

describe("Phước Long 2024 (a draft of a thị xã)", () => {
  const plan = load("phuoc-long-2024");

  it("loads with its six focal tasks and their roles", () => {
    expect(plan.tasks.map((t) => t.ref)).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(plan.tasks[1]?.roles[0]).toMatchObject({ role: "advisor", label: "Cơ quan tham mưu" });
  });

  it("errs only on the title missing “hành” and on task b having no lead", () => {
    expect(errors(plan)).toEqual(["error task-missing-lead tasks[1].roles", "error title-typo title"]);
  });

  it("as an issued plan also lacks its number, day and month, and the TM. line and name of the signer", () => {
    expect(errors(plan, "issued")).toEqual([
      "error number-missing number",
      "error date-incomplete issuedOn",
      "error signature-incomplete signer.name",
      "error signature-incomplete signer.collective",
      "error task-missing-lead tasks[1].roles",
      "error title-typo title",
    ]);
  });

  it("warns about the lettering, the spelling, the agency names, the advisor label and the targets", () => {
    expect(hits(plan)).toEqual(
      expect.arrayContaining([
        "warning role-label-nonstandard tasks[1].roles[0]",
        "info time-conditional-no-trigger tasks[1].time",
        "warning spelling requirements[0]",
        "warning point-lettering tasks[4].ref",
        "warning point-lettering tasks[5].ref",
        "warning point-lettering sections[1].content[11].text",
        "warning point-lettering sections[1].content[12].text",
        "warning agency-name-inconsistent tasks[0].roles[1].agency",
        "warning agency-name-inconsistent tasks[2].roles[4].agency",
        "warning cascade-deadline implementation[0].items[0].deadline",
        "warning target-without-indicator targets[0]",
        "info abbreviation-undefined implementation[2].items[0].text",
      ]),
    );
    // "kết quả … năm 2023" in a 2024 plan is last year's results, not a slip.
    expect(hits(plan).some((h) => h.includes("other-year-in-text"))).toBe(false);
  });
});

describe("Yên Châu 2021 (a huyện plan without number, place or date)", () => {
  const plan = load("yen-chau-2021");

  it("loads with task 2.2 as a group of five", () => {
    expect(plan.tasks[1]?.kind).toBe("group");
    expect(plan.tasks[1]?.children?.map((t) => t.ref)).toEqual(["2.2.a", "2.2.b", "2.2.c", "2.2.d", "2.2.e"]);
  });

  it("errs only on task 2.3 scheduled in 2020", () => {
    expect(errors(plan)).toEqual(["error time-outside-plan-year tasks[2].time"]);
  });

  it("as an issued plan also lacks number, symbol, date and place", () => {
    expect(errors(plan, "issued")).toEqual([
      "error time-outside-plan-year tasks[2].time",
      "error number-missing number",
      "error number-missing symbol",
      "error date-incomplete issuedOn",
      "error place-missing place",
    ]);
  });

  it("finds the stale year, the duplicate tasks, the level slip, the typos and the names", () => {
    expect(hits(plan)).toEqual(
      expect.arrayContaining([
        "warning other-year-in-text implementation[2].items[0].text",
        "warning tasks-near-duplicate tasks[1].children[2]",
        "warning level-mismatch tasks[1].children[3].content",
        "warning spelling requirements[4]",
        "warning spelling tasks[1].children[0].content",
        "warning spelling tasks[2].title",
        "warning spelling implementation[4].items[0].text",
        "warning point-lettering tasks[1].children[4].ref",
        "warning outline-numbering tasks[0].ref",
        "warning agency-name-inconsistent tasks[1].children[0].roles[0].agency",
        "info basis-plan-as-can-cu bases[0]",
        "info task-missing-support tasks[0].roles",
        "info index-name tasks[2].title",
        "info text-normalisation recipients.items[1].text",
        "info recipients-superior-missing recipients.items",
      ]),
    );
  });
});

describe("Hưng Yên 2023 (a city plan with its tasks in an appendix)", () => {
  const plan = load("hung-yen-2023");

  it("loads its fifteen appendix rows", () => {
    expect(plan.tasks).toHaveLength(15);
    expect(plan.appendices[0]?.content).toEqual([{ kind: "slot", slot: "tasks" }]);
  });

  it("errs only on the appendix that says 2022 where the header says 2023", () => {
    expect(errors(plan)).toEqual(["error appendix-backref-mismatch appendices[0].backRef"]);
  });

  it("finds the missing time and budget, the double roles, the unresolved time and the name variants", () => {
    expect(hits(plan)).toEqual(
      expect.arrayContaining([
        "warning other-year-in-text implementation[0].items[0].text",
        "info event-outside-window tasks[8].time",
        "warning budget-missing budget",
        "warning task-missing-time tasks[1].time",
        "warning lead-also-support tasks[11].roles[4]",
        "warning lead-also-support tasks[12].roles[4]",
        "warning time-relative-unresolved tasks[10].time",
        "warning cascade-deadline implementation[8].items[0].deadline",
        "warning agency-name-inconsistent implementation[5].agency",
        "warning heading-content-mismatch sections[1].content[2]",
        "warning spelling tasks[4].title",
        "warning spelling tasks[11].title",
        "warning spelling appendices[0].label",
        "info abbreviation-undefined tasks[11].title",
        "info text-normalisation closing",
        "info text-normalisation appendices[0].backRef",
        "info text-normalisation implementation[8].heading",
      ]),
    );
  });
});
