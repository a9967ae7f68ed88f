import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { axeViolations } from "../test-support/axe.js";
import { ScrollRegion } from "./index.js";

// A table wider than its region: the region says what is hidden to the right, follows the
// scrolling, and a keyboard can scroll it.

function WideTable() {
  const columns = ["Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian", "Kết quả"];
  return (
    <table style={{ inlineSize: "60rem" }}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} style={{ inlineSize: "12rem" }}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          {columns.map((c) => (
            <td key={c}>…</td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

describe("ScrollRegion", () => {
  it("names the columns hidden to the right, and says nothing once they are in view", async () => {
    const screen = await render(
      <div style={{ inlineSize: "30rem" }}>
        <ScrollRegion label="Theo cơ quan" hint={(hidden) => `Còn cột: ${hidden.join(", ")}`}>
          <WideTable />
        </ScrollRegion>
      </div>,
    );
    const hint = screen.getByText(/Còn cột:/);
    await expect.element(hint).toHaveTextContent("→ Còn cột: Phối hợp, Thời gian, Kết quả");
    const frame = screen.container.querySelector(".kh-scroll-frame");
    expect(frame?.hasAttribute("data-more-end")).toBe(true);
    expect(frame?.hasAttribute("data-more-start")).toBe(false);

    const region = screen.getByRole("region", { name: "Theo cơ quan" });
    (region.element() as HTMLElement).scrollLeft = 10_000;
    await expect.element(hint).not.toBeInTheDocument();
    expect(frame?.hasAttribute("data-more-start")).toBe(true);
    expect(frame?.hasAttribute("data-more-end")).toBe(false);
  });

  it("is a tab stop a keyboard scrolls, and passes axe", async () => {
    const screen = await render(
      <div style={{ inlineSize: "30rem" }}>
        <ScrollRegion label="Theo cơ quan" hint={() => "Còn cột bên phải"}>
          <WideTable />
        </ScrollRegion>
      </div>,
    );
    await userEvent.tab();
    const region = screen.getByRole("region", { name: "Theo cơ quan" });
    await expect.element(region).toHaveFocus();
    await userEvent.keyboard("{ArrowRight}{ArrowRight}{ArrowRight}");
    await expect.poll(() => (region.element() as HTMLElement).scrollLeft).toBeGreaterThan(0);
    expect(await axeViolations(screen.container)).toEqual([]);
  });
});
