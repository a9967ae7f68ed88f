import { samplePlan } from "@kehoach/plan-model/sample";
import { describe, expect, it } from "vitest";
import { draftCopy } from "../library/copies.js";
import { exportFileName } from "./file-name.js";

describe("names of exported files", () => {
  it("mark a file made from the sample plan as the sample's", () => {
    expect(exportFileName(samplePlan, "pdf")).toBe(
      "Mẫu - Kế hoạch 15-KH-UBND - Tuyên truyền cải cách hành chính năm 2026 trên địa bàn xã Kim Liên.pdf",
    );
  });

  it("leave a user's own plan, even one copied from the sample, as the plan names it", () => {
    const copy = draftCopy(samplePlan, "ban-nhap");
    expect(copy.number).toBeUndefined();
    expect(exportFileName(copy, "docx")).not.toMatch(/^Mẫu/);
  });
});
