import type { Meta, StoryObj } from "@storybook/react-vite";
import { StatusPill, TASK_STATUSES } from "./index.js";

const meta = {
  title: "Components/StatusPill",
  component: StatusPill,
  args: { status: "in-progress" },
  argTypes: { status: { control: "select", options: TASK_STATUSES } },
} satisfies Meta<typeof StatusPill>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** The five statuses side by side: words, icon shape and border style differ, not only colour. */
export const AllStatuses: Story = {
  render: () => (
    <ul style={{ display: "grid", gap: "var(--kh-space-2)", listStyle: "none", padding: 0 }}>
      {TASK_STATUSES.map((s) => (
        <li key={s}>
          <StatusPill status={s} />
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
      {TASK_STATUSES.map((s) => (
        <li key={s}>
          <StatusPill status={s} />
        </li>
      ))}
    </ul>
  ),
};

export const Compact: Story = {
  render: () => (
    <p style={{ display: "flex", gap: "var(--kh-space-2)" }}>
      {TASK_STATUSES.map((s) => (
        <StatusPill key={s} status={s} compact />
      ))}
    </p>
  ),
};
