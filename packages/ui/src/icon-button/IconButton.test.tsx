import { describe, expect, it } from "vitest";
import { render } from "vitest-browser-react";
import { CloseIcon } from "../internal/icons.js";
import { axeViolations } from "../test-support/axe.js";
import { IconButton } from "./index.js";

describe("IconButton", () => {
  it("is named by its label, not by its icon, and keeps a 44px target", async () => {
    const screen = await render(<IconButton label="Xóa dòng" icon={<CloseIcon />} />);
    const button = screen.getByRole("button", { name: "Xóa dòng" });
    await expect.element(button).toBeVisible();
    const { width, height } = button.element().getBoundingClientRect();
    expect(Math.min(width, height)).toBeGreaterThanOrEqual(44);
    expect(await axeViolations(screen.container)).toEqual([]);
  });
});
