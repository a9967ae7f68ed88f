import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn } from "storybook/test";
import { FileDrop } from "./index.js";

const meta = {
  title: "Components/FileDrop",
  component: FileDrop,
  args: {
    label: "Tệp kế hoạch có sẵn",
    extensions: [".docx", ".json"],
    maxBytes: 5 * 1024 * 1024,
    onFiles: fn(),
    onRefuse: fn(),
  },
} satisfies Meta<typeof FileDrop>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Multiple: Story = { args: { label: "Báo cáo của các cơ quan", multiple: true } };
export const Disabled: Story = { args: { disabled: true } };

/** A file over the limit is refused with its name, its size and the limit. */
export const RefusesTooLarge: Story = {
  args: { maxBytes: 1024 },
  play: async ({ canvasElement, canvas, userEvent, args }) => {
    const input = canvasElement.querySelector("input[type=file]") as HTMLInputElement;
    await userEvent.upload(input, new File([new Uint8Array(3 * 1024)], "ke-hoach-2026.docx"));
    await expect(canvas.getByRole("alert")).toHaveTextContent(
      "Không nhận tệp “ke-hoach-2026.docx”: tệp nặng 3 KB, vượt quá mức tối đa 1 KB.",
    );
    await expect(args.onFiles).not.toHaveBeenCalled();
  },
};
