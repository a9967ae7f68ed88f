import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { Button } from "../button/index.js";
import { axeViolations } from "../test-support/axe.js";
import { Tooltip } from "./index.js";

describe("Tooltip", () => {
  it("shows on keyboard focus, describes its trigger, and hides on Escape", async () => {
    const screen = await render(
      <Tooltip content="Tải tệp PDF đúng thể thức Nghị định 30">
        <Button>Xuất PDF</Button>
      </Tooltip>,
    );
    await userEvent.tab();
    const tooltip = screen.getByRole("tooltip");
    await expect.element(tooltip).toHaveTextContent("Tải tệp PDF đúng thể thức Nghị định 30");
    await expect
      .element(screen.getByRole("button", { name: "Xuất PDF" }))
      .toHaveAccessibleDescription("Tải tệp PDF đúng thể thức Nghị định 30");
    expect(await axeViolations(document.body)).toEqual([]);
    await userEvent.keyboard("{Escape}");
    await expect.element(tooltip).not.toBeInTheDocument();
  });
});
