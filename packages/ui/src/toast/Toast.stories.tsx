import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, screen, waitFor } from "storybook/test";
import { Button } from "../button/index.js";
import { ToastProvider, useToast } from "./index.js";

function Demo() {
  const toast = useToast();
  return (
    <div style={{ display: "flex", gap: "var(--kh-space-3)", flexWrap: "wrap" }}>
      <Button onClick={() => toast.show({ title: "Đã lưu bản nháp", tone: "success" })}>Lưu</Button>
      <Button
        variant="secondary"
        onClick={() =>
          toast.show({
            title: "Đang chờ phông chữ",
            description: "Lần đầu xuất PDF mất vài giây.",
            tone: "info",
          })
        }
      >
        Xuất PDF
      </Button>
      <Button
        variant="danger"
        onClick={() =>
          toast.show({
            title: "Không ghi được vào bộ nhớ",
            description: "Trình duyệt đã đầy bộ nhớ lưu trữ.",
            tone: "error",
          })
        }
      >
        Gây lỗi
      </Button>
    </div>
  );
}

const meta = {
  title: "Components/Toast",
  component: ToastProvider,
  render: () => (
    <ToastProvider>
      <Demo />
    </ToastProvider>
  ),
  args: { children: null },
} satisfies Meta<typeof ToastProvider>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Lưu" }));
    await expect(await screen.findByText("Đã lưu bản nháp")).toBeVisible();
  },
};

/** Errors stay until dismissed. */
export const ErrorStays: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Gây lỗi" }));
    await expect(await screen.findByText("Không ghi được vào bộ nhớ")).toBeVisible();
    await userEvent.click(screen.getByRole("button", { name: "Đóng thông báo" }));
    await waitFor(() => expect(screen.queryByText("Không ghi được vào bộ nhớ")).toBeNull());
  },
};
