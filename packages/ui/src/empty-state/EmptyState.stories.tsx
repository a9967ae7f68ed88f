import type { Meta, StoryObj } from "@storybook/react-vite";
import { Button } from "../button/index.js";
import { DocumentIcon } from "../internal/icons.js";
import { EmptyState } from "./index.js";

const meta = {
  title: "Components/EmptyState",
  component: EmptyState,
  args: {
    title: "Chưa có nhiệm vụ nào",
    description: "Thêm nhiệm vụ đầu tiên, hoặc nhập từ một kế hoạch có sẵn (.docx).",
    action: <Button>Thêm nhiệm vụ</Button>,
    icon: <DocumentIcon />,
  },
} satisfies Meta<typeof EmptyState>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithoutAction: Story = {
  args: {
    title: "Không có báo cáo nào trong kỳ này",
    description: "Báo cáo xuất hiện ở đây khi các cơ quan gửi tiến độ.",
    action: undefined,
  },
};
