import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor } from "storybook/test";
import { PlanForm } from "./PlanForm.tsx";

const meta = { title: "Patterns/Form with validation", component: PlanForm } satisfies Meta<typeof PlanForm>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

/** Sending the empty form lists every error at the top, takes focus there, and marks each field. */
export const ShowsErrors: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Thêm nhiệm vụ" }));
    const summary = await canvas.findByText("Có 5 lỗi cần sửa");
    await waitFor(() => expect(summary.closest("[tabindex]")).toHaveFocus());
    await expect(canvas.getByRole("link", { name: "Chọn cơ quan chủ trì." })).toHaveAttribute(
      "href",
      "#field-lead",
    );
    await expect(canvas.getByRole("textbox", { name: "Tên nhiệm vụ (bắt buộc)" })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
  },
};

/** Filled in correctly, the form confirms. */
export const Valid: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(
      canvas.getByRole("textbox", { name: "Tên nhiệm vụ (bắt buộc)" }),
      "Tuyên truyền chuyển đổi số tới các thôn",
    );
    await userEvent.click(canvas.getByRole("radio", { name: "Trọng tâm" }));
    await userEvent.type(canvas.getByRole("combobox", { name: "Cơ quan chủ trì (bắt buộc)" }), "van hoa");
    await userEvent.keyboard("{Enter}");
    await userEvent.type(canvas.getByRole("textbox", { name: "Ngày bắt đầu (bắt buộc)" }), "01/02/2026");
    await userEvent.type(canvas.getByRole("textbox", { name: "Thời hạn hoàn thành (bắt buộc)" }), "6/2026");
    await userEvent.click(canvas.getByRole("button", { name: "Thêm nhiệm vụ" }));
    await expect(await canvas.findByRole("status")).toHaveTextContent("Đã thêm nhiệm vụ");
  },
};
