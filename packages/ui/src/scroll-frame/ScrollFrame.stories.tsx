import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { ScrollRegion } from "./index.js";

const agencies = [
  "Văn phòng HĐND và UBND",
  "Phòng Văn hóa - Xã hội",
  "Công an xã",
  "Trạm Y tế",
  "Đoàn Thanh niên",
];
const quarters = ["Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm"];

const meta = {
  title: "Components/ScrollRegion",
  component: ScrollRegion,
  args: {
    label: "Tiến độ theo cơ quan",
    hint: (hidden: string[]) => `Còn ${hidden.length} cột bên phải: ${hidden.join(", ")}`,
    children: null,
  },
  render: (args) => (
    <div style={{ maxInlineSize: "24rem" }}>
      <ScrollRegion {...args}>
        <table style={{ inlineSize: "48rem" }}>
          <thead>
            <tr>
              <th>Cơ quan</th>
              {quarters.map((q) => (
                <th key={q}>{q}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {agencies.map((a) => (
              <tr key={a}>
                <th>{a}</th>
                {quarters.map((q) => (
                  <td key={q}>3/4</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  ),
} satisfies Meta<typeof ScrollRegion>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A table wider than its room: the edge darkens and a line names the columns off to the right. */
export const WiderThanItsRoom: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/Còn \d cột bên phải/)).toBeVisible();
  },
};
