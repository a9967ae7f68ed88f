import type { PartialDate } from "@kehoach/text-vi";
import { formatShortDate } from "@kehoach/text-vi";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect } from "storybook/test";
import { StatusPill, type StatusTone } from "../status-pill/index.js";
import { Table, type TableColumn } from "./index.js";

interface Task {
  id: string;
  name: string;
  lead: string;
  due: PartialDate;
  status: { tone: StatusTone; label: string };
}

const base: Task[] = [
  {
    id: "1",
    name: "Tuyên truyền, phổ biến pháp luật",
    lead: "Văn phòng HĐND và UBND",
    due: { day: 30, month: 6, year: 2026 },
    status: { tone: "success", label: "Đã hoàn thành đúng hạn" },
  },
  {
    id: "2",
    name: "Ứng dụng công nghệ thông tin trong giải quyết thủ tục",
    lead: "Trung tâm Phục vụ hành chính công",
    due: { month: 9, year: 2026 },
    status: { tone: "info", label: "Đang thực hiện trong hạn" },
  },
  {
    id: "3",
    name: "Đào tạo, bồi dưỡng cán bộ, công chức",
    lead: "Phòng Văn hóa - Xã hội",
    due: { day: 31, month: 3, year: 2026 },
    status: { tone: "caution", label: "Đã hoàn thành quá hạn" },
  },
  {
    id: "4",
    name: "Chỉnh trang đô thị, vệ sinh môi trường",
    lead: "Phòng Kinh tế, Hạ tầng và Đô thị",
    due: { day: 15, month: 5, year: 2026 },
    status: { tone: "danger", label: "Đang thực hiện quá hạn" },
  },
  {
    id: "5",
    name: "Bảo đảm an ninh trật tự",
    lead: "Công an xã",
    due: { year: 2026 },
    status: { tone: "neutral", label: "Chưa thực hiện" },
  },
];

const dueKey = (d: PartialDate) => d.year * 10000 + (d.month ?? 12) * 100 + (d.day ?? 31);

const columns: TableColumn<Task>[] = [
  { key: "name", header: "Nhiệm vụ", cell: (t) => t.name, sortValue: (t) => t.name, rowHeader: true },
  { key: "lead", header: "Cơ quan chủ trì", cell: (t) => t.lead, sortValue: (t) => t.lead },
  {
    key: "due",
    header: "Thời hạn",
    cell: (t) => formatShortDate(t.due),
    sortValue: (t) => dueKey(t.due),
    align: "end",
    width: "8rem",
  },
  {
    key: "status",
    header: "Tình trạng",
    cell: (t) => <StatusPill tone={t.status.tone} label={t.status.label} />,
    sortValue: (t) => t.status.label,
  },
];

const meta = {
  title: "Components/Table",
  component: Table<Task>,
  args: { caption: "Nhiệm vụ năm 2026", columns, rows: base, rowKey: (t: Task) => t.id },
} satisfies Meta<typeof Table<Task>>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Sắp xếp theo Thời hạn" }));
    const firstRowHeader = canvas.getAllByRole("rowheader")[0];
    await expect(firstRowHeader).toHaveTextContent("Đào tạo, bồi dưỡng cán bộ, công chức");
  },
};

function Navigable() {
  const [current, setCurrent] = useState<string | null>(null);
  const open = base.find((t) => t.id === current);
  return (
    <div style={{ display: "grid", gap: "var(--kh-space-3)" }}>
      <Table
        caption="Nhiệm vụ năm 2026"
        columns={columns}
        rows={base}
        rowKey={(t) => t.id}
        currentKey={current}
        onRowActivate={(t) => setCurrent(t.id)}
      />
      <p role="status">{open ? `Đang mở: ${open.name}` : ""}</p>
    </div>
  );
}

/** Arrow keys move between rows; Enter opens one. */
export const KeyboardNavigation: Story = {
  render: () => <Navigable />,
  play: async ({ canvas, userEvent }) => {
    canvas.getAllByRole("row")[1]?.focus();
    await userEvent.keyboard("{ArrowDown}{ArrowDown}{Enter}");
    await expect(canvas.getByRole("status")).toHaveTextContent(
      "Đang mở: Đào tạo, bồi dưỡng cán bộ, công chức",
    );
  },
};

const many: Task[] = Array.from({ length: 1500 }, (_, i) => {
  const template = base[i % base.length]!;
  return { ...template, id: String(i), name: `${i + 1}. ${template.name}` };
});

/** 1,500 rows: only those in view are rendered; the header stays in place while scrolling. */
export const Virtualised: Story = {
  args: { rows: many, caption: "Nhiệm vụ của toàn tỉnh", maxBlockSize: "24rem", onRowActivate: () => {} },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll("tbody tr[aria-rowindex]").length).toBeLessThan(80);
  },
};

export const Empty: Story = { args: { rows: [], empty: "Chưa có nhiệm vụ nào trong kế hoạch." } };
