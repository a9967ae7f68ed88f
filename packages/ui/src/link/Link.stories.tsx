import type { Meta, StoryObj } from "@storybook/react-vite";
import { Link } from "./index.js";

const meta = {
  title: "Components/Link",
  component: Link,
  args: { href: "#ke-hoach", children: "Xem kế hoạch năm 2026" },
} satisfies Meta<typeof Link>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const External: Story = {
  args: { href: "https://vanban.chinhphu.vn/", external: true, children: "Nghị định 30/2020/NĐ-CP" },
};
export const InText: Story = {
  render: () => (
    <p style={{ maxInlineSize: "40rem" }}>
      Văn bản được trình bày theo <Link href="#nd30">thể thức của Nghị định 30/2020/NĐ-CP</Link>; xem thêm{" "}
      <Link href="#huong-dan">hướng dẫn soạn kế hoạch</Link>.
    </p>
  ),
};
export const Inverse: Story = {
  render: () => (
    <p
      style={{
        background: "var(--kh-color-header-background)",
        color: "var(--kh-color-header-text)",
        padding: "var(--kh-space-4)",
      }}
    >
      <Link href="#trang-chu" inverse>
        Trang chủ
      </Link>
    </p>
  ),
};
