import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { Button } from "../button/index.js";
import { axeViolations } from "../test-support/axe.js";
import { Toolbar, ToolbarSeparator } from "./index.js";

describe("Toolbar", () => {
  it("is one Tab stop; arrow keys, Home and End move inside it", async () => {
    const screen = await render(
      <>
        <Toolbar aria-label="Thao tác với nhiệm vụ">
          <Button variant="ghost">Thêm</Button>
          <Button variant="ghost">Nhân bản</Button>
          <ToolbarSeparator />
          <Button variant="ghost">Xóa</Button>
        </Toolbar>
        <Button>Sau thanh công cụ</Button>
      </>,
    );
    await userEvent.tab();
    await expect.element(screen.getByRole("button", { name: "Thêm" })).toHaveFocus();
    await userEvent.keyboard("{ArrowRight}");
    await expect.element(screen.getByRole("button", { name: "Nhân bản" })).toHaveFocus();
    await userEvent.keyboard("{End}");
    await expect.element(screen.getByRole("button", { name: "Xóa" })).toHaveFocus();
    await userEvent.keyboard("{ArrowRight}");
    await expect.element(screen.getByRole("button", { name: "Thêm" })).toHaveFocus();
    await userEvent.tab();
    await expect.element(screen.getByRole("button", { name: "Sau thanh công cụ" })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await expect.element(screen.getByRole("button", { name: "Thêm" })).toHaveFocus();
    expect(await axeViolations(screen.container)).toEqual([]);
  });
});
