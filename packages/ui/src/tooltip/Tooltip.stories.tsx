import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, screen } from "storybook/test";
import { Button } from "../button/index.js";
import { Tooltip } from "./index.js";

const meta = {
  title: "Components/Tooltip",
  component: Tooltip,
  args: { content: "Tải tệp PDF đúng thể thức Nghị định 30", children: <Button>Xuất PDF</Button> },
  decorators: [(Story) => <div style={{ paddingBlock: "4rem" }}>{Story()}</div>],
} satisfies Meta<typeof Tooltip>;

export default meta;
type Story = StoryObj<typeof meta>;

export const OnFocus: Story = {
  play: async ({ userEvent }) => {
    await userEvent.tab();
    await expect(await screen.findByRole("tooltip")).toHaveTextContent(
      "Tải tệp PDF đúng thể thức Nghị định 30",
    );
  },
};
export const Bottom: Story = { args: { side: "bottom" } };
