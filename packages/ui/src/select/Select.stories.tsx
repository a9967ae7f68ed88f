import type { Meta, StoryObj } from "@storybook/react-vite";
import { Select } from "./index.js";

const periods = [
  { value: "q1", label: "Quý I" },
  { value: "h1", label: "6 tháng đầu năm" },
  { value: "q3", label: "9 tháng" },
  { value: "year", label: "Cả năm" },
];

const meta = {
  title: "Components/Select",
  component: Select,
  args: { label: "Kỳ báo cáo", options: periods, placeholder: true },
} satisfies Meta<typeof Select>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithValue: Story = { args: { defaultValue: "h1" } };
export const WithError: Story = { args: { required: true, error: "Chọn kỳ báo cáo." } };
export const Disabled: Story = { args: { disabled: true } };
