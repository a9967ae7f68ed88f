import type { Meta, StoryObj } from "@storybook/react-vite";
import { useEffect, useState } from "react";
import { ProgressBar, WorkProgress } from "./index.js";

const meta = {
  title: "Components/Progress",
  component: ProgressBar,
  args: { label: "Tiến độ thực hiện kế hoạch", value: 9, max: 14, valueText: "9 trên 14 nhiệm vụ" },
} satisfies Meta<typeof ProgressBar>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Bar: Story = {};
export const Percent: Story = {
  args: { label: "Tỷ lệ hoàn thành", value: 64, max: 100, valueText: undefined },
};
export const Indeterminate: Story = {
  args: { label: "Đang tải phông chữ", value: undefined, valueText: undefined },
};

const steps = ["Tải phông chữ Tinos", "Dựng văn bản theo Nghị định 30", "Tạo tệp PDF", "Lưu tệp"];

function Running() {
  const [step, setStep] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setStep((s) => (s + 1) % steps.length), 1500);
    return () => clearInterval(timer);
  }, []);
  return (
    <WorkProgress
      title="Đang xuất kế hoạch ra PDF"
      steps={steps}
      currentStep={step}
      percent={(step / steps.length) * 100}
      onCancel={() => {}}
    />
  );
}

/** The long-work indicator: steps in words, a bar, a polite announcement of each step. */
export const LongWork: Story = { render: () => <Running /> };
export const LongWorkDone: Story = {
  render: () => (
    <WorkProgress
      title="Đã xuất kế hoạch"
      steps={steps}
      currentStep={3}
      state="done"
      message="Tệp KH-2026.pdf đã được lưu."
    />
  ),
};
export const LongWorkFailed: Story = {
  render: () => (
    <WorkProgress
      title="Không xuất được PDF"
      steps={steps}
      currentStep={0}
      state="failed"
      message="Không tải được phông chữ Tinos. Kiểm tra kết nối rồi thử lại."
    />
  ),
};
