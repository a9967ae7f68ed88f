import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, screen } from "storybook/test";
import { Combobox, type ComboboxOption } from "./index.js";

const agencies: ComboboxOption[] = [
  { value: "vp", label: "Văn phòng HĐND và UBND xã", keywords: ["Văn phòng", "VP"] },
  { value: "vhxh", label: "Phòng Văn hóa - Xã hội", keywords: ["VH-XH"] },
  { value: "ktht", label: "Phòng Kinh tế, Hạ tầng và Đô thị", keywords: ["KT-HT-ĐT"] },
  { value: "tttc", label: "Trung tâm Phục vụ hành chính công", keywords: ["Một cửa"] },
  { value: "ca", label: "Công an xã" },
  { value: "qs", label: "Ban Chỉ huy Quân sự xã" },
  { value: "yte", label: "Trạm Y tế xã", description: "Đơn vị sự nghiệp công lập" },
  { value: "mttq", label: "Ủy ban Mặt trận Tổ quốc Việt Nam xã", keywords: ["MTTQ"] },
  { value: "hoind", label: "Hội Nông dân xã" },
  { value: "hlhpn", label: "Hội Liên hiệp Phụ nữ xã", keywords: ["Hội Phụ nữ"] },
  { value: "doan", label: "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", keywords: ["Đoàn TN"] },
];

const meta = {
  title: "Components/Combobox",
  component: Combobox,
  args: { label: "Cơ quan chủ trì", options: agencies, value: null, onValueChange: () => {} },
} satisfies Meta<typeof Combobox>;

export default meta;
type Story = StoryObj<typeof meta>;

function SingleDemo() {
  const [value, setValue] = useState<string | null>(null);
  return (
    <div style={{ maxInlineSize: "28rem", minBlockSize: "22rem" }}>
      <Combobox
        label="Cơ quan chủ trì"
        hint="Gõ vài chữ, có dấu hoặc không dấu."
        options={agencies}
        value={value}
        onValueChange={setValue}
      />
    </div>
  );
}

function MultiDemo() {
  const [value, setValue] = useState<string[]>(["ca"]);
  return (
    <div style={{ maxInlineSize: "28rem", minBlockSize: "24rem" }}>
      <Combobox multiple label="Cơ quan phối hợp" options={agencies} value={value} onValueChange={setValue} />
    </div>
  );
}

/** Typing "phu nu" without diacritics finds "Hội Liên hiệp Phụ nữ xã". */
export const Single: Story = {
  render: () => <SingleDemo />,
  play: async ({ canvas, userEvent }) => {
    const input = canvas.getByRole("combobox", { name: "Cơ quan chủ trì" });
    await userEvent.type(input, "phu nu");
    await expect(screen.getByRole("option", { name: "Hội Liên hiệp Phụ nữ xã" })).toBeVisible();
    await userEvent.keyboard("{Enter}");
    await expect(input).toHaveValue("Hội Liên hiệp Phụ nữ xã");
  },
};

export const Multiple: Story = {
  render: () => <MultiDemo />,
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole("combobox"), "mttq");
    await userEvent.keyboard("{Enter}");
    await expect(
      canvas.getByRole("button", { name: "Bỏ chọn Ủy ban Mặt trận Tổ quốc Việt Nam xã" }),
    ).toBeVisible();
  },
};

export const NoResults: Story = {
  render: () => <SingleDemo />,
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole("combobox"), "bệnh viện tỉnh");
    await expect(canvas.getAllByText("Không tìm thấy kết quả phù hợp")[0]).toBeInTheDocument();
  },
};

export const WithError: Story = { args: { error: "Chọn cơ quan chủ trì.", required: true } };
