import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn } from "storybook/test";
import { Button } from "./index.js";

const meta = {
  title: "Components/Button",
  component: Button,
  args: { children: "Lưu kế hoạch", onClick: fn() },
  argTypes: {
    variant: { control: "inline-radio", options: ["primary", "secondary", "danger", "ghost"] },
    size: { control: "inline-radio", options: ["md", "sm"] },
  },
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = { args: { variant: "primary" } };
export const Secondary: Story = { args: { variant: "secondary", children: "Xem trước" } };
export const Danger: Story = { args: { variant: "danger", children: "Xóa nhiệm vụ" } };
export const Ghost: Story = { args: { variant: "ghost", children: "Bỏ qua" } };
export const Small: Story = { args: { size: "sm", children: "Thêm dòng" } };
export const Disabled: Story = { args: { disabled: true, children: "Xuất PDF" } };

export const AllVariants: Story = {
  render: (args) => (
    <div style={{ display: "flex", gap: "var(--kh-space-3)", flexWrap: "wrap" }}>
      <Button {...args} variant="primary">
        Ban hành
      </Button>
      <Button {...args} variant="secondary">
        Lưu nháp
      </Button>
      <Button {...args} variant="danger">
        Xóa
      </Button>
      <Button {...args} variant="ghost">
        Hủy
      </Button>
    </div>
  ),
};

/** Keyboard users reach the button with Tab and press it with Enter or Space. */
export const KeyboardActivation: Story = {
  play: async ({ args, canvas, userEvent }) => {
    const button = canvas.getByRole("button", { name: "Lưu kế hoạch" });
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await userEvent.keyboard(" ");
    await expect(args.onClick).toHaveBeenCalledTimes(2);
  },
};
