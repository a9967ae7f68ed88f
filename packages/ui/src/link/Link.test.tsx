import { describe, expect, it } from "vitest";
import { render } from "vitest-browser-react";
import { axeViolations } from "../test-support/axe.js";
import { Link } from "./index.js";

describe("Link", () => {
  it("says when it opens a new tab, and opens it safely", async () => {
    const screen = await render(
      <p>
        Xem <Link href="https://vanban.chinhphu.vn/">Nghị định 30/2020/NĐ-CP</Link> và{" "}
        <Link href="https://vanban.chinhphu.vn/" external>
          văn bản gốc
        </Link>
      </p>,
    );
    const external = screen.getByRole("link", { name: "văn bản gốc (mở trong thẻ mới)" });
    await expect.element(external).toHaveAttribute("target", "_blank");
    await expect.element(external).toHaveAttribute("rel", "noopener noreferrer");
    await expect
      .element(screen.getByRole("link", { name: "Nghị định 30/2020/NĐ-CP" }))
      .not.toHaveAttribute("target");
    expect(await axeViolations(screen.container)).toEqual([]);
  });
});
