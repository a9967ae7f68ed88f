import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { Button } from "../button/index.js";
import { AppShell } from "./index.js";

// A simple emblem drawn here (a locality ships its own logo file in localities/<slug>/).
const emblem = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><circle cx="24" cy="24" r="23" fill="#da251d"/><path d="M24 9l4.4 13.6H42.6L31.1 31l4.4 13.6L24 36.2 12.5 44.6 16.9 31 5.4 22.6h14.2z" fill="#ffcd00"/></svg>',
)}`;

// The site's apps, as the site kit gives them to every page (the package knows none of them).
const apps = [
  { id: "plan-builder", href: "/plan-builder/", label: "Soạn kế hoạch" },
  { id: "matrix-viewer", href: "/matrix-viewer/", label: "Phân công trách nhiệm" },
  { id: "report-generator", href: "/report-generator/", label: "Báo cáo tiến độ" },
];

const meta = {
  title: "Components/AppShell",
  component: AppShell,
  parameters: { layout: "fullscreen" },
  args: {
    localityName: "Xã Kim Liên",
    officialName: "Ủy ban nhân dân xã Kim Liên, tỉnh Nghệ An",
    logoSrc: emblem,
    apps,
    currentApp: "plan-builder",
    appTitle: "Soạn kế hoạch",
    children: (
      <>
        <h1>Kế hoạch chuyển đổi số năm 2026</h1>
        <p>Nội dung của ứng dụng.</p>
      </>
    ),
    footer: <p style={{ margin: 0 }}>Kế hoạch Kit: phần mềm nguồn mở cho chính quyền địa phương.</p>,
  },
} satisfies Meta<typeof AppShell>;

export default meta;
type Story = StoryObj<typeof meta>;

export const PlanBuilder: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.tab();
    await expect(canvas.getByRole("link", { name: "Bỏ qua, đến nội dung chính" })).toHaveFocus();
    await expect(canvas.getByRole("link", { name: "Soạn kế hoạch" })).toHaveAttribute("aria-current", "page");
  },
};
export const ReportGenerator: Story = {
  args: {
    localityName: "Tỉnh Nghệ An",
    officialName: "Ủy ban nhân dân tỉnh Nghệ An",
    currentApp: "report-generator",
    appTitle: "Báo cáo tiến độ",
    headerActions: (
      <Button variant="secondary" size="sm">
        Xuất báo cáo
      </Button>
    ),
  },
};
export const WithoutLogo: Story = { args: { logoSrc: undefined } };
