import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn } from "storybook/test";
import { CloseIcon, DocumentIcon, UploadIcon } from "../internal/icons.js";
import { Tooltip } from "../tooltip/index.js";
import { IconButton } from "./index.js";

const meta = {
  title: "Components/IconButton",
  component: IconButton,
  args: { label: "Xóa dòng", icon: <CloseIcon />, onClick: fn() },
} satisfies Meta<typeof IconButton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Ghost: Story = {};
export const Secondary: Story = { args: { variant: "secondary", label: "Tải lên", icon: <UploadIcon /> } };
export const Danger: Story = { args: { variant: "danger" } };
export const Small: Story = { args: { size: "sm" } };

/** With a Tooltip, sighted users see the label that screen readers hear. */
export const WithTooltip: Story = {
  render: (args) => (
    <Tooltip content="Xem trước văn bản">
      <IconButton {...args} label="Xem trước văn bản" icon={<DocumentIcon />} />
    </Tooltip>
  ),
  play: async ({ canvas, args, userEvent }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Xem trước văn bản" }));
    await expect(args.onClick).toHaveBeenCalled();
  },
};
