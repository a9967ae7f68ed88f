import { describe, expect, it, vi } from "vitest";
import { render } from "vitest-browser-react";
import { axeViolations } from "../test-support/axe.js";
import { Select } from "./index.js";

describe("Select", () => {
  it("is a labelled native select with the messages' placeholder", async () => {
    const onChange = vi.fn();
    const screen = await render(
      <Select
        label="Kỳ báo cáo"
        placeholder
        onChange={(e) => onChange(e.target.value)}
        options={[
          { value: "q1", label: "Quý I" },
          { value: "h1", label: "6 tháng đầu năm" },
        ]}
      />,
    );
    const select = screen.getByRole("combobox", { name: "Kỳ báo cáo" });
    await expect.element(select).toHaveDisplayValue("— Chọn —");
    await select.selectOptions("6 tháng đầu năm");
    expect(onChange).toHaveBeenCalledWith("h1");
    expect(await axeViolations(screen.container)).toEqual([]);
  });
});
