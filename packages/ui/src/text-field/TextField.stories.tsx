import type { Meta, StoryObj } from "@storybook/react-vite";
import { TextField } from "./index.js";

const meta = {
  title: "Components/TextField",
  component: TextField,
  args: { label: "Tên kế hoạch" },
} satisfies Meta<typeof TextField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithHint: Story = {
  args: { hint: "Như phần trích yếu của văn bản, ví dụ: Kế hoạch chuyển đổi số năm 2026" },
};
export const Required: Story = { args: { required: true } };
export const Optional: Story = { args: { label: "Số điện thoại liên hệ", markOptional: true, type: "tel" } };
export const WithError: Story = { args: { required: true, error: "Nhập tên kế hoạch.", defaultValue: "" } };
export const Disabled: Story = {
  args: { disabled: true, defaultValue: "Kế hoạch cải cách hành chính năm 2026" },
};
