import type { Meta, StoryObj } from "@storybook/react-vite";
import { STATUS_TONES, StatusPill, type StatusTone } from "./index.js";

// The words come from the app; here, the five task statuses of a progress report, with the tone
// each is shown in (the mapping @kehoach/plan-model's STATUS_SEVERITY gives).
const LABELS: Record<StatusTone, string> = {
  success: "Đã hoàn thành đúng hạn",
  caution: "Đã hoàn thành quá hạn",
  info: "Đang thực hiện trong hạn",
  danger: "Đang thực hiện quá hạn",
  neutral: "Chưa thực hiện",
};

const meta = {
  title: "Components/StatusPill",
  component: StatusPill,
  args: { tone: "info", label: LABELS.info },
  argTypes: { tone: { control: "select", options: STATUS_TONES } },
} satisfies Meta<typeof StatusPill>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** The five tones side by side: words, icon shape and border style differ, not only colour. */
export const AllTones: Story = {
  render: () => (
    <ul style={{ display: "grid", gap: "var(--kh-space-2)", listStyle: "none", padding: 0 }}>
      {STATUS_TONES.map((tone) => (
        <li key={tone}>
          <StatusPill tone={tone} label={LABELS[tone]} />
        </li>
      ))}
    </ul>
  ),
};

/** How they read without colour (greyscale), as on a black-and-white printout. */
export const Greyscale: Story = {
  render: () => (
    <ul
      style={{
        display: "grid",
        gap: "var(--kh-space-2)",
        listStyle: "none",
        padding: 0,
        filter: "grayscale(1)",
      }}
    >
      {STATUS_TONES.map((tone) => (
        <li key={tone}>
          <StatusPill tone={tone} label={LABELS[tone]} />
        </li>
      ))}
    </ul>
  ),
};

export const Compact: Story = {
  render: () => (
    <p style={{ display: "flex", gap: "var(--kh-space-2)" }}>
      {STATUS_TONES.map((tone) => (
        <StatusPill key={tone} tone={tone} label={LABELS[tone]} compact />
      ))}
    </p>
  ),
};
