import { describe, expect, it } from "vitest";
import { render } from "vitest-browser-react";
import { axeViolations } from "../test-support/axe.js";
import { Alert } from "./index.js";

describe("Alert", () => {
  it("names its tone in words for screen readers and interrupts only when live and urgent", async () => {
    const screen = await render(
      <>
        <Alert tone="warning" title="Kế hoạch chưa có ngày ban hành" live>
          Văn bản xuất ra sẽ để trống ngày.
        </Alert>
        <Alert tone="success" live>
          Đã lưu bản nháp.
        </Alert>
        <Alert tone="info">Dữ liệu được lưu trong trình duyệt này.</Alert>
      </>,
    );
    await expect
      .element(screen.getByRole("alert"))
      .toHaveTextContent("Lưu ý: Kế hoạch chưa có ngày ban hành");
    await expect.element(screen.getByRole("status")).toHaveTextContent("Thành công: Đã lưu bản nháp.");
    expect(await axeViolations(screen.container)).toEqual([]);
  });
});
