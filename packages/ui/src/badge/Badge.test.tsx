import { describe, expect, it } from "vitest";
import { render } from "vitest-browser-react";
import { axeViolations } from "../test-support/axe.js";
import { Badge } from "./index.js";

describe("Badge", () => {
  it("reads at AA contrast in every tone", async () => {
    const screen = await render(
      <p>
        {(["neutral", "info", "success", "warning", "error"] as const).map((tone) => (
          <Badge key={tone} tone={tone}>
            {tone}
          </Badge>
        ))}
      </p>,
    );
    await expect.element(screen.getByText("warning")).toHaveAttribute("data-tone", "warning");
    expect(await axeViolations(screen.container)).toEqual([]);
  });
});
