import type { Meta, StoryObj } from "@storybook/react-vite";
import { Checkbox } from "./index.js";

const meta = {
  title: "Components/Checkbox",
  component: Checkbox,
  args: { label: "Gửi kèm phụ lục phân công" },
} satisfies Meta<typeof Checkbox>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Checked: Story = { args: { defaultChecked: true } };
export const WithHint: Story = { args: { hint: "Bảng cơ quan chủ trì, phối hợp của từng nhiệm vụ." } };
export const Indeterminate: Story = { args: { label: "Chọn tất cả nhiệm vụ", indeterminate: true } };
export const Disabled: Story = { args: { disabled: true } };
