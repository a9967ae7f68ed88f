import type { Meta, StoryObj } from "@storybook/react-vite";
import "./foundations.css";

const meta = { title: "Foundations/Typography", parameters: { layout: "fullscreen" } } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const sizes = ["sm", "md", "lg", "xl", "2xl"];
const sample = "Kế hoạch thực hiện chuyển đổi số năm 2026 của Ủy ban nhân dân xã Kim Liên";

export const TypeScale: Story = {
  render: () => (
    <div className="sb-page">
      <h1>Chữ</h1>
      <p>
        Giao diện dùng phông không chân hỗ trợ đủ dấu tiếng Việt; văn bản hành chính dùng Tinos (cùng số đo
        với Times New Roman mà Nghị định 30 yêu cầu).
      </p>
      <table className="sb-table">
        <caption className="kh-visually-hidden">Cỡ chữ</caption>
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Mẫu</th>
          </tr>
        </thead>
        <tbody>
          {sizes.map((s) => (
            <tr key={s}>
              <th scope="row">
                <code>--kh-font-size-{s}</code>
              </th>
              <td style={{ fontSize: `var(--kh-font-size-${s})` }}>{sample}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Họ phông</h2>
      {["body", "heading", "document", "mono"].map((f) => (
        <p key={f} style={{ fontFamily: `var(--kh-font-family-${f})` }}>
          <code>--kh-font-family-{f}</code>: Cộng hòa xã hội chủ nghĩa Việt Nam — Độc lập - Tự do - Hạnh phúc.
          ẮẰẲẴẶ ấầẩẫậ ơớờởỡợ ưứừửữự đ Đ
        </p>
      ))}
    </div>
  ),
};
