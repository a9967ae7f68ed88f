import { describe, expect, it } from "vitest";
import { render } from "vitest-browser-react";
import { axeViolations } from "../test-support/axe.js";
import { TextArea } from "./index.js";

describe("TextArea", () => {
  it("counts down characters left and turns the count into an error past the limit, cutting nothing", async () => {
    const screen = await render(<TextArea label="Nội dung nhiệm vụ" maxChars={10} />);
    const box = screen.getByRole("textbox", { name: "Nội dung nhiệm vụ" });
    await expect.element(screen.getByText("Còn 10 ký tự")).toBeVisible();
    await box.fill("Tuyên truyền");
    await expect.element(screen.getByText("Vượt quá 2 ký tự")).toBeVisible();
    await expect.element(box).toHaveValue("Tuyên truyền");
    await expect.element(box).toHaveAttribute("aria-invalid", "true");
    expect(await axeViolations(screen.container)).toEqual([]);
  });
});
