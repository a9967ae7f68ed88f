import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { Switch } from "./index.js";

const meta = {
  title: "Components/Switch",
  component: Switch,
  args: { label: "Tự động lưu", hint: "Lưu vào trình duyệt mỗi khi bạn gõ." },
} satisfies Meta<typeof Switch>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Off: Story = {
  play: async ({ canvas, userEvent }) => {
    const control = canvas.getByRole("switch", { name: "Tự động lưu" });
    await userEvent.click(control);
    await expect(control).toBeChecked();
    await expect(canvas.getByText("Bật")).toBeVisible();
  },
};
export const On: Story = { args: { defaultChecked: true } };
export const Disabled: Story = { args: { disabled: true } };
