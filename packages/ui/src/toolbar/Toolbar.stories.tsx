import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { Button } from "../button/index.js";
import { Toolbar, ToolbarSeparator } from "./index.js";

const meta = {
  title: "Components/Toolbar",
  component: Toolbar,
  args: { "aria-label": "Thao tác với nhiệm vụ" },
  render: (args) => (
    <Toolbar {...args}>
      <Button variant="ghost" size="sm">
        Thêm nhiệm vụ
      </Button>
      <Button variant="ghost" size="sm">
        Nhân bản
      </Button>
      <ToolbarSeparator />
      <Button variant="ghost" size="sm">
        Chuyển lên
      </Button>
      <Button variant="ghost" size="sm">
        Chuyển xuống
      </Button>
      <ToolbarSeparator />
      <Button variant="danger" size="sm">
        Xóa
      </Button>
    </Toolbar>
  ),
} satisfies Meta<typeof Toolbar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One Tab stop; arrows move inside. */
export const Default: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.tab();
    await userEvent.keyboard("{ArrowRight}{ArrowRight}");
    await expect(canvas.getByRole("button", { name: "Chuyển lên" })).toHaveFocus();
  },
};
export const Vertical: Story = { args: { orientation: "vertical" } };
