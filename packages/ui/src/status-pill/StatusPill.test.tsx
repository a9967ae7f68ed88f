import { describe, expect, it } from "vitest";
import { render } from "vitest-browser-react";
import { axeViolations } from "../test-support/axe.js";
import { StatusPill, type StatusTone } from "./index.js";

// The five task statuses of a progress report, as an app gives them: its words and a tone each.
const REPORT_STATUSES: [StatusTone, string][] = [
  ["success", "Đã hoàn thành đúng hạn"],
  ["caution", "Đã hoàn thành quá hạn"],
  ["info", "Đang thực hiện trong hạn"],
  ["danger", "Đang thực hiện quá hạn"],
  ["neutral", "Chưa thực hiện"],
];

describe("StatusPill", () => {
  it("shows each of the five statuses in the words it is given", async () => {
    const screen = await render(
      <ul>
        {REPORT_STATUSES.map(([tone, label]) => (
          <li key={tone}>
            <StatusPill tone={tone} label={label} />
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
        {REPORT_STATUSES.map(([tone, label]) => (
          <StatusPill key={tone} tone={tone} label={label} />
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
    const screen = await render(<StatusPill tone="danger" label="Đang thực hiện quá hạn" compact />);
    await expect.element(screen.getByText("Đang thực hiện quá hạn")).toHaveClass("kh-visually-hidden");
  });
});
