import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { axeViolations } from "../test-support/axe.js";
import { Tabs } from "./index.js";

describe("Tabs", () => {
  it("moves between tabs with the arrow keys and shows the chosen panel", async () => {
    const screen = await render(
      <Tabs
        label="Các phần của kế hoạch"
        items={[
          { value: "muc-dich", label: "Mục đích, yêu cầu", content: <p>Nội dung mục đích</p> },
          { value: "nhiem-vu", label: "Nhiệm vụ", content: <p>Danh sách nhiệm vụ</p> },
          { value: "to-chuc", label: "Tổ chức thực hiện", content: <p>Phân công</p> },
        ]}
      />,
    );
    await expect.element(screen.getByRole("tablist", { name: "Các phần của kế hoạch" })).toBeVisible();
    await screen.getByRole("tab", { name: "Mục đích, yêu cầu" }).click();
    await userEvent.keyboard("{ArrowRight}");
    await expect
      .element(screen.getByRole("tab", { name: "Nhiệm vụ" }))
      .toHaveAttribute("aria-selected", "true");
    await expect.element(screen.getByRole("tabpanel")).toHaveTextContent("Danh sách nhiệm vụ");
    expect(await axeViolations(screen.container)).toEqual([]);
  });
});
