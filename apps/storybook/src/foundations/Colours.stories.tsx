import { CONTRAST_PAIRS, REQUIRED_COLOR_TOKENS } from "@kehoach/ui/theme";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { Swatch } from "./Swatch.tsx";
import "./foundations.css";

const meta = { title: "Foundations/Colours", parameters: { layout: "fullscreen" } } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const groups: [string, (t: string) => boolean][] = [
  ["Chữ và nền", (t) => /^color-(text|background|surface|border)/.test(t)],
  ["Hành động và liên kết", (t) => /^color-(action|link|danger|focus|selected)/.test(t)],
  ["Thông báo", (t) => /^color-(info|success|warning|error)/.test(t)],
  ["Đầu trang và dải thông tin chính thức", (t) => /^color-(header|banner)/.test(t)],
  ["Tình trạng nhiệm vụ", (t) => t.startsWith("color-status-")],
];

/** The semantic colours of the theme chosen in the toolbar, with their values. */
export const SemanticColours: Story = {
  render: () => (
    <div className="sb-page">
      <h1>Màu ngữ nghĩa</h1>
      <p>
        Thành phần chỉ đọc các token ngữ nghĩa và token thành phần, không đọc màu thương hiệu. Đổi chủ đề trên
        thanh công cụ để xem giá trị của từng địa phương.
      </p>
      {groups.map(([title, test]) => (
        <section key={title} className="sb-page">
          <h2>{title}</h2>
          <div className="sb-grid">
            {REQUIRED_COLOR_TOKENS.filter(test).map((t) => (
              <Swatch key={t} token={t} />
            ))}
          </div>
        </section>
      ))}
    </div>
  ),
};

/** Every text/background pair the contract checks (≥ 4.5:1), measured in the current theme. */
export const ContrastPairs: Story = {
  render: () => (
    <div className="sb-page">
      <h1>Cặp chữ trên nền</h1>
      <p>
        Mỗi cặp phải đạt tỷ lệ tương phản tối thiểu 4,5:1 (chữ) hoặc 3:1 (viền, vòng tiêu điểm) trong mọi chủ
        đề.
      </p>
      <div className="sb-grid">
        {CONTRAST_PAIRS.filter((p) => p.minimum === 4.5).map((p) => (
          <Swatch key={`${p.foreground}/${p.background}`} token={p.foreground} on={p.background} />
        ))}
      </div>
    </div>
  ),
};
