import { describe, expect, it } from "vitest";
import { render } from "vitest-browser-react";
import { Button } from "../button/index.js";
import { axeViolations } from "../test-support/axe.js";
import { type ToastOptions, ToastProvider, useToast } from "./index.js";

function Trigger({ options, label }: { options: ToastOptions; label: string }) {
  const toast = useToast();
  return <Button onClick={() => toast.show(options)}>{label}</Button>;
}

describe("Toast", () => {
  it("announces a confirmation politely and removes it after its time", async () => {
    const screen = await render(
      <ToastProvider>
        <Trigger label="Lưu" options={{ title: "Đã lưu bản nháp", tone: "success", duration: 200 }} />
      </ToastProvider>,
    );
    await screen.getByRole("button", { name: "Lưu" }).click();
    await expect.element(screen.getByRole("status")).toHaveTextContent("Thành công: Đã lưu bản nháp");
    expect(await axeViolations(document.body)).toEqual([]);
    await expect.element(screen.getByText("Đã lưu bản nháp")).not.toBeInTheDocument();
  });

  it("keeps an error until it is dismissed", async () => {
    const screen = await render(
      <ToastProvider duration={100}>
        <Trigger label="Xuất" options={{ title: "Không tạo được tệp PDF", tone: "error" }} />
      </ToastProvider>,
    );
    await screen.getByRole("button", { name: "Xuất" }).click();
    const alert = screen.getByRole("alert");
    await expect.element(alert).toHaveTextContent("Không tạo được tệp PDF");
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect.element(alert).toHaveTextContent("Không tạo được tệp PDF");
    await screen.getByRole("button", { name: "Đóng thông báo" }).click();
    await expect.element(screen.getByText("Không tạo được tệp PDF")).not.toBeInTheDocument();
  });
});
