import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { DateField } from "./index.js";

const meta = {
  title: "Components/DateField",
  component: DateField,
  args: { label: "Ngày ban hành" },
} satisfies Meta<typeof DateField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithValue: Story = { args: { defaultValue: { day: 5, month: 3, year: 2026 } } };
export const PartialForDrafts: Story = {
  args: { label: "Thời hạn hoàn thành", allowPartial: true, defaultValue: { month: 6, year: 2026 } },
};
/** A date that does not exist is refused on leaving the field, with the field's name in the message. */
export const NotARealDate: Story = {
  play: async ({ canvas, userEvent }) => {
    const input = canvas.getByRole("textbox", { name: "Ngày ban hành" });
    await userEvent.type(input, "30/02/2026");
    await userEvent.tab();
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(canvas.getByText("Ngày ban hành: 30/02/2026 không phải là ngày có thật.")).toBeVisible();
  },
};
export const WithFormError: Story = {
  args: {
    label: "Ngày kết thúc",
    error: "Ngày kết thúc phải sau ngày bắt đầu.",
    defaultValue: { day: 1, month: 1, year: 2026 },
  },
};
