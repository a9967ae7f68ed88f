import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { axeViolations } from "../test-support/axe.js";
import { Checkbox } from "./index.js";

describe("Checkbox", () => {
  it("toggles by click on its label and by Space, and can show 'some' (indeterminate)", async () => {
    const screen = await render(
      <>
        <Checkbox label="Gửi kèm phụ lục" hint="Bảng phân công chi tiết" />
        <Checkbox label="Chọn tất cả" indeterminate />
      </>,
    );
    const box = screen.getByRole("checkbox", { name: "Gửi kèm phụ lục" });
    await screen.getByText("Gửi kèm phụ lục").click();
    await expect.element(box).toBeChecked();
    await userEvent.keyboard(" ");
    await expect.element(box).not.toBeChecked();
    await expect.element(box).toHaveAccessibleDescription("Bảng phân công chi tiết");
    await expect.element(screen.getByRole("checkbox", { name: "Chọn tất cả" })).toBePartiallyChecked();
    expect(await axeViolations(screen.container)).toEqual([]);
  });
});
