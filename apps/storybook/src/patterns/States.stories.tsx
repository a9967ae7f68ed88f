import { Alert } from "@kehoach/ui/alert";
import { Button } from "@kehoach/ui/button";
import { EmptyState } from "@kehoach/ui/empty-state";
import { ProgressBar, WorkProgress } from "@kehoach/ui/progress";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect } from "storybook/test";

const meta = { title: "Patterns/Empty, loading and error states" } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

/** A list with nothing in it yet: why, and the next step. */
export const EmptyList: Story = {
  render: () => (
    <EmptyState
      title="Chưa có kế hoạch nào"
      description="Tạo kế hoạch mới, hoặc mở một tệp kế hoạch (.json) đã lưu trước đây."
      action={
        <div style={{ display: "flex", gap: "var(--kh-space-3)" }}>
          <Button>Tạo kế hoạch</Button>
          <Button variant="secondary">Mở tệp</Button>
        </div>
      }
    />
  ),
};

/** Loading: the region is marked busy and says what it waits for. */
export const Loading: Story = {
  render: () => (
    <section
      aria-busy="true"
      aria-labelledby="loading-title"
      style={{ display: "grid", gap: "var(--kh-space-3)" }}
    >
      <h2 id="loading-title" style={{ margin: 0 }}>
        Danh sách kế hoạch
      </h2>
      <ProgressBar label="Đang đọc dữ liệu đã lưu trong trình duyệt" />
    </section>
  ),
};

export const LongWork: Story = {
  render: () => (
    <WorkProgress
      title="Đang xuất báo cáo 6 tháng"
      steps={["Tổng hợp tiến độ", "Tải phông chữ Tinos", "Dựng văn bản", "Tạo tệp PDF"]}
      currentStep={2}
      percent={60}
      onCancel={() => {}}
    />
  ),
};

function Failing() {
  const [tries, setTries] = useState(0);
  return (
    <Alert
      tone="error"
      title="Không đọc được dữ liệu đã lưu"
      actions={
        <Button variant="secondary" onClick={() => setTries((t) => t + 1)}>
          Thử lại
        </Button>
      }
    >
      <p>
        Trình duyệt chặn bộ nhớ lưu trữ (chế độ ẩn danh?). Dữ liệu chưa bị mất; hãy mở lại trang ở cửa sổ
        thường.
      </p>
      {tries > 0 && <p>Đã thử lại {tries} lần.</p>}
    </Alert>
  );
}

/** An error says what happened, whether data is safe, and what to do. */
export const ErrorState: Story = {
  render: () => <Failing />,
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Thử lại" }));
    await expect(canvas.getByText("Đã thử lại 1 lần.")).toBeVisible();
  },
};
