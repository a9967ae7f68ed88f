import { samplePlan } from "@kehoach/plan-model/sample";
import { describe, expect, it } from "vitest";
import { planFileName } from "./file-name.js";

describe("file names of exported plans", () => {
  it("keep the Vietnamese title in NFC and replace the symbol's slash", () => {
    const name = planFileName(samplePlan, "pdf");
    expect(name).toBe(
      "Kế hoạch 15-KH-UBND - Tuyên truyền cải cách hành chính năm 2026 trên địa bàn xã Kim Liên.pdf",
    );
    expect(name.normalize("NFC")).toBe(name);
  });

  it("say when the plan is a draft without a number", () => {
    expect(planFileName({ ...samplePlan, number: undefined }, "json")).toMatch(
      /^Kế hoạch dự thảo KH-UBND - /,
    );
  });

  it("drop characters file systems refuse, and stay under 255 bytes", () => {
    const name = planFileName({ ...samplePlan, title: `Tên: "a/b" <c>|${"ắ".repeat(300)}` }, "pdf");
    expect(name).not.toMatch(/[\\/:*?"<>|]/);
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
    expect(name.endsWith("….pdf")).toBe(true);
  });
});
