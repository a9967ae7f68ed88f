import { describe, expect, it } from "vitest";
import { render } from "vitest-browser-react";
import { en, MessagesProvider } from "../messages/index.js";
import { axeViolations } from "../test-support/axe.js";
import { TextField } from "./index.js";

describe("TextField", () => {
  it("is labelled, described by its hint and error, and marked required and invalid", async () => {
    const screen = await render(
      <TextField
        label="Tên kế hoạch"
        hint="Như trên trích yếu của văn bản"
        error="Nhập tên kế hoạch."
        required
      />,
    );
    const input = screen.getByRole("textbox", { name: "Tên kế hoạch (bắt buộc)" });
    await expect.element(input).toBeRequired();
    await expect.element(input).toHaveAttribute("aria-invalid", "true");
    await expect
      .element(input)
      .toHaveAccessibleDescription("Như trên trích yếu của văn bản Lỗi: Nhập tên kế hoạch.");
    expect(await axeViolations(screen.container)).toEqual([]);
  });

  it("takes its markers from the messages context", async () => {
    const screen = await render(
      <MessagesProvider messages={en}>
        <TextField label="Plan title" markOptional />
      </MessagesProvider>,
    );
    await expect.element(screen.getByRole("textbox", { name: "Plan title (optional)" })).toBeVisible();
  });
});
