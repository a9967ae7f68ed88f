import type { Meta, StoryObj } from "@storybook/react-vite";
import { Badge } from "./index.js";

const meta = {
  title: "Components/Badge",
  component: Badge,
  args: { children: "Nháp" },
} satisfies Meta<typeof Badge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Neutral: Story = {};
export const AllTones: Story = {
  render: () => (
    <p style={{ display: "flex", gap: "var(--kh-space-2)" }}>
      <Badge>Nháp</Badge>
      <Badge tone="info">KH</Badge>
      <Badge tone="success">Đã ban hành</Badge>
      <Badge tone="warning">Chờ ký</Badge>
      <Badge tone="error">3 lỗi</Badge>
    </p>
  ),
};
