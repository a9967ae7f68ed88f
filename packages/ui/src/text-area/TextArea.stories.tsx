import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { TextArea } from "./index.js";

const meta = {
  title: "Components/TextArea",
  component: TextArea,
  args: { label: "Nội dung nhiệm vụ", hint: "Viết như một mục trong kế hoạch, bắt đầu bằng động từ." },
} satisfies Meta<typeof TextArea>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithCharacterCount: Story = { args: { maxChars: 200 } };
export const OverTheLimit: Story = {
  args: { maxChars: 40 },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole("textbox"), "Tổ chức tuyên truyền sâu rộng trong toàn xã");
    await expect(canvas.getByText(/Vượt quá \d+ ký tự/)).toBeVisible();
  },
};
export const WithError: Story = { args: { error: "Nhập nội dung nhiệm vụ." } };
