import type { Meta, StoryObj } from "@storybook/react-vite";
import { Button } from "../button/index.js";
import { Alert } from "./index.js";

const meta = {
  title: "Components/Alert",
  component: Alert,
  args: { children: "Dữ liệu được lưu trong trình duyệt của máy này." },
} satisfies Meta<typeof Alert>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Info: Story = { args: { tone: "info" } };
export const Success: Story = {
  args: { tone: "success", title: "Đã ban hành kế hoạch", children: "Số văn bản: 12/KH-UBND." },
};
export const Warning: Story = {
  args: {
    tone: "warning",
    title: "Kế hoạch chưa có ngày ban hành",
    children: "Văn bản xuất ra sẽ để trống ngày để ký tay.",
  },
};
export const ErrorWithAction: Story = {
  args: {
    tone: "error",
    title: "Không mở được tệp",
    children: "Tệp “ke-hoach.json” không đúng định dạng: thiếu mục “nhiệm vụ”.",
    actions: <Button variant="secondary">Chọn tệp khác</Button>,
  },
};
