import { describe, expect, it, vi } from "vitest";
import { render } from "vitest-browser-react";
import { axeViolations } from "../test-support/axe.js";
import { ProgressBar, WorkProgress } from "./index.js";

describe("ProgressBar", () => {
  it("exposes its name and value, and clamps out-of-range values", async () => {
    const screen = await render(
      <>
        <ProgressBar label="Tiến độ thực hiện" value={9} max={14} valueText="9 trên 14 nhiệm vụ" />
        <ProgressBar label="Quá mức" value={140} />
        <ProgressBar label="Đang tải phông chữ" />
      </>,
    );
    const bar = screen.getByRole("progressbar", { name: "Tiến độ thực hiện" });
    await expect.element(bar).toHaveAttribute("aria-valuenow", "9");
    await expect.element(bar).toHaveAttribute("aria-valuetext", "9 trên 14 nhiệm vụ");
    await expect
      .element(screen.getByRole("progressbar", { name: "Quá mức" }))
      .toHaveAttribute("aria-valuenow", "100");
    await expect
      .element(screen.getByRole("progressbar", { name: "Đang tải phông chữ" }))
      .not.toHaveAttribute("aria-valuenow");
    expect(await axeViolations(screen.container)).toEqual([]);
  });
});

describe("WorkProgress", () => {
  const steps = ["Tải phông chữ", "Dựng văn bản", "Tạo tệp PDF"];

  it("marks the current step, announces it, and offers to stop", async () => {
    const onCancel = vi.fn();
    const screen = await render(
      <WorkProgress title="Đang xuất PDF" steps={steps} currentStep={1} percent={45} onCancel={onCancel} />,
    );
    await expect.element(screen.getByRole("listitem").nth(1)).toHaveAttribute("aria-current", "step");
    await expect.element(screen.getByText("Bước 2/3: Dựng văn bản")).toBeInTheDocument();
    await screen.getByRole("button", { name: "Dừng" }).click();
    expect(onCancel).toHaveBeenCalledOnce();
    expect(await axeViolations(screen.container)).toEqual([]);
  });

  it("shows a failure as an alert with its reason", async () => {
    const screen = await render(
      <WorkProgress
        title="Đang xuất PDF"
        steps={steps}
        currentStep={0}
        state="failed"
        message="Không tải được phông Tinos."
      />,
    );
    await expect.element(screen.getByRole("alert")).toHaveTextContent("Không tải được phông Tinos.");
    await expect.element(screen.getByRole("button", { name: "Dừng" })).not.toBeInTheDocument();
  });
});
