import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { Tabs } from "./index.js";

const meta = {
  title: "Components/Tabs",
  component: Tabs,
  args: {
    label: "Các phần của kế hoạch",
    items: [
      { value: "muc-dich", label: "I. Mục đích, yêu cầu", content: <p>Mục đích, yêu cầu của kế hoạch.</p> },
      {
        value: "nhiem-vu",
        label: "II. Nhiệm vụ, giải pháp",
        content: <p>14 nhiệm vụ, chia theo lĩnh vực.</p>,
      },
      {
        value: "to-chuc",
        label: "III. Tổ chức thực hiện",
        content: <p>Phân công cơ quan chủ trì, phối hợp.</p>,
      },
      { value: "kinh-phi", label: "IV. Kinh phí", content: <p>Chưa có.</p>, disabled: true },
    ],
  },
} satisfies Meta<typeof Tabs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole("tab", { name: "I. Mục đích, yêu cầu" }));
    await userEvent.keyboard("{ArrowRight}");
    await expect(canvas.getByRole("tabpanel")).toHaveTextContent("14 nhiệm vụ");
  },
};
