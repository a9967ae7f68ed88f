import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { RadioGroup } from "./index.js";

const meta = {
  title: "Components/RadioGroup",
  component: RadioGroup,
  args: {
    legend: "Loại văn bản",
    options: [
      { value: "KH", label: "Kế hoạch", hint: "Kế hoạch công tác năm, chuyên đề" },
      { value: "QD", label: "Quyết định", hint: "Quyết định ban hành kế hoạch" },
      { value: "BC", label: "Báo cáo", hint: "Báo cáo kết quả thực hiện" },
    ],
  },
} satisfies Meta<typeof RadioGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole("radio", { name: "Kế hoạch" }));
    await userEvent.keyboard("{ArrowDown}");
    await expect(canvas.getByRole("radio", { name: "Quyết định" })).toBeChecked();
  },
};
export const Horizontal: Story = {
  args: {
    legend: "Cấp chính quyền",
    orientation: "horizontal",
    options: [
      { value: "tinh", label: "Tỉnh" },
      { value: "xa", label: "Xã" },
    ],
  },
};
export const WithError: Story = { args: { required: true, error: "Chọn loại văn bản." } };
