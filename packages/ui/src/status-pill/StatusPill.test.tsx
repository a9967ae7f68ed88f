import { describe, expect, it } from "vitest";
import { render } from "vitest-browser-react";
import { axeViolations } from "../test-support/axe.js";
import { StatusPill, TASK_STATUSES } from "./index.js";

describe("StatusPill", () => {
  it("names each of the five statuses in Vietnamese", async () => {
    const screen = await render(
      <ul>
        {TASK_STATUSES.map((s) => (
          <li key={s}>
            <StatusPill status={s} />
          </li>
        ))}
      </ul>,
    );
    for (const label of [
      "Đã hoàn thành đúng hạn",
      "Đã hoàn thành quá hạn",
      "Đang thực hiện trong hạn",
      "Đang thực hiện quá hạn",
      "Chưa thực hiện",
    ]) {
      await expect.element(screen.getByText(label, { exact: true })).toBeVisible();
    }
    expect(await axeViolations(screen.container)).toEqual([]);
  });

  it("tells the statuses apart without colour: each has its own icon shape and border style", async () => {
    const screen = await render(
      <div>
        {TASK_STATUSES.map((s) => (
          <StatusPill key={s} status={s} />
        ))}
      </div>,
    );
    const pills = [...screen.container.querySelectorAll<HTMLElement>(".kh-status-pill")];
    const signatures = pills.map((pill) => {
      const shape = pill.querySelector("svg")?.innerHTML ?? "";
      const style = getComputedStyle(pill);
      return `${shape}|${style.borderTopStyle}`;
    });
    expect(new Set(signatures).size).toBe(5);
    expect(new Set(pills.map((p) => p.querySelector("svg")?.innerHTML)).size).toBe(5);
  });

  it("keeps the label for screen readers when compact", async () => {
    const screen = await render(<StatusPill status="overdue" compact />);
    await expect.element(screen.getByText("Đang thực hiện quá hạn")).toHaveClass("kh-visually-hidden");
  });
});
