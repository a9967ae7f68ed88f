import { describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { axeViolations } from "../test-support/axe.js";
import { RadioGroup } from "./index.js";

describe("RadioGroup", () => {
  it("is a named group whose arrow keys move the choice, with its error announced", async () => {
    const onValueChange = vi.fn();
    const screen = await render(
      <RadioGroup
        legend="Loại văn bản"
        error="Chọn loại văn bản."
        onValueChange={onValueChange}
        options={[
          { value: "KH", label: "Kế hoạch" },
          { value: "QD", label: "Quyết định" },
          { value: "BC", label: "Báo cáo" },
        ]}
      />,
    );
    await expect
      .element(screen.getByRole("group", { name: "Loại văn bản" }))
      .toHaveAccessibleDescription("Lỗi: Chọn loại văn bản.");
    await screen.getByRole("radio", { name: "Kế hoạch" }).click();
    await userEvent.keyboard("{ArrowDown}");
    await expect.element(screen.getByRole("radio", { name: "Quyết định" })).toBeChecked();
    expect(onValueChange).toHaveBeenLastCalledWith("QD");
    expect(await axeViolations(screen.container)).toEqual([]);
  });
});
