import { describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { axeViolations } from "../test-support/axe.js";
import { Button } from "./index.js";

describe("Button", () => {
  it("is a native button that does not submit its form unless asked to", async () => {
    const onSubmit = vi.fn((e: SubmitEvent) => e.preventDefault());
    const screen = await render(
      <form onSubmit={(e) => onSubmit(e.nativeEvent as SubmitEvent)}>
        <Button>Lưu nháp</Button>
        <Button type="submit">Gửi</Button>
      </form>,
    );
    await screen.getByRole("button", { name: "Lưu nháp" }).click();
    expect(onSubmit).not.toHaveBeenCalled();
    await screen.getByRole("button", { name: "Gửi" }).click();
    expect(onSubmit).toHaveBeenCalledOnce();
  });

  it("activates from the keyboard (Enter and Space) and shows the token focus ring", async () => {
    const onClick = vi.fn();
    const screen = await render(<Button onClick={onClick}>Thêm nhiệm vụ</Button>);
    await userEvent.keyboard("{Tab}");
    const button = screen.getByRole("button").element() as HTMLButtonElement;
    expect(document.activeElement).toBe(button);
    const outline = getComputedStyle(button).outlineColor;
    expect(outline).toBe("rgb(255, 191, 71)"); // --kh-color-focus of the default theme
    await userEvent.keyboard("{Enter}");
    await userEvent.keyboard(" ");
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it("takes its colours from the component tokens of each variant", async () => {
    const screen = await render(
      <>
        <Button variant="primary">Chính</Button>
        <Button variant="danger">Xóa</Button>
      </>,
    );
    const primary = screen.getByRole("button", { name: "Chính" }).element();
    const danger = screen.getByRole("button", { name: "Xóa" }).element();
    expect(getComputedStyle(primary).backgroundColor).toBe("rgb(11, 79, 156)");
    expect(getComputedStyle(danger).backgroundColor).toBe("rgb(180, 35, 24)");
  });

  it("does not fire when disabled", async () => {
    const onClick = vi.fn();
    const screen = await render(
      <Button disabled onClick={onClick}>
        Xuất PDF
      </Button>,
    );
    await screen.getByRole("button").click({ force: true });
    expect(onClick).not.toHaveBeenCalled();
  });

  it("has no axe violations in any variant", async () => {
    const screen = await render(
      <div>
        {(["primary", "secondary", "danger", "ghost"] as const).map((variant) => (
          <Button key={variant} variant={variant}>
            {variant}
          </Button>
        ))}
        <Button size="sm">Nhỏ</Button>
      </div>,
    );
    expect(await axeViolations(screen.container)).toEqual([]);
  });
});
