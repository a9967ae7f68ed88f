import { describe, expect, it } from "vitest";
import { render } from "vitest-browser-react";
import { Button } from "../button/index.js";
import { axeViolations } from "../test-support/axe.js";
import { EmptyState } from "./index.js";

describe("EmptyState", () => {
  it("says what is empty as a heading and offers the next step", async () => {
    const screen = await render(
      <EmptyState
        title="Chưa có nhiệm vụ nào"
        description="Thêm nhiệm vụ đầu tiên, hoặc nhập từ một kế hoạch có sẵn."
        action={<Button>Thêm nhiệm vụ</Button>}
      />,
    );
    await expect
      .element(screen.getByRole("heading", { level: 2, name: "Chưa có nhiệm vụ nào" }))
      .toBeVisible();
    await expect.element(screen.getByRole("button", { name: "Thêm nhiệm vụ" })).toBeVisible();
    expect(await axeViolations(screen.container)).toEqual([]);
  });
});
