import { describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { axeViolations } from "../test-support/axe.js";
import { Switch } from "./index.js";

describe("Switch", () => {
  it("is a labelled switch that toggles with Space and writes its state as text", async () => {
    const onCheckedChange = vi.fn();
    const screen = await render(<Switch label="Tự động lưu" onCheckedChange={onCheckedChange} />);
    const control = screen.getByRole("switch", { name: "Tự động lưu" });
    await expect.element(control).not.toBeChecked();
    await expect.element(screen.getByText("Tắt")).toBeVisible();
    await control.click();
    await expect.element(control).toBeChecked();
    await expect.element(screen.getByText("Bật")).toBeVisible();
    await userEvent.keyboard(" ");
    expect(onCheckedChange.mock.calls).toEqual([[true], [false]]);
    expect(await axeViolations(screen.container)).toEqual([]);
  });
});
