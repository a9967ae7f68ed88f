import { SEMANTIC_DEFAULTS } from "@kehoach/ui/theme";
import type { Meta, StoryObj } from "@storybook/react-vite";
import "./foundations.css";

const meta = { title: "Foundations/Spacing and shape", parameters: { layout: "fullscreen" } } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const spaces = Object.keys(SEMANTIC_DEFAULTS).filter((k) => k.startsWith("space-"));
const radii = Object.keys(SEMANTIC_DEFAULTS).filter((k) => k.startsWith("radius-"));

export const Scale: Story = {
  render: () => (
    <div className="sb-page">
      <h1>Khoảng cách và bo góc</h1>
      <table className="sb-table">
        <caption className="kh-visually-hidden">Thang khoảng cách</caption>
        <tbody>
          {spaces.map((s) => (
            <tr key={s}>
              <th scope="row">
                <code>--kh-{s}</code>
              </th>
              <td>{SEMANTIC_DEFAULTS[s as keyof typeof SEMANTIC_DEFAULTS]}</td>
              <td>
                <div
                  style={{
                    inlineSize: `var(--kh-${s})`,
                    blockSize: "1rem",
                    background: "var(--kh-color-action)",
                  }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="sb-row">
        {radii.map((r) => (
          <div
            key={r}
            style={{
              display: "grid",
              placeItems: "center",
              inlineSize: "8rem",
              blockSize: "4rem",
              border: "2px solid var(--kh-color-border-strong)",
              borderRadius: `var(--kh-${r})`,
            }}
          >
            <code>--kh-{r}</code>
          </div>
        ))}
      </div>
      <p>
        Mọi nút và ô nhập cao ít nhất <code>--kh-control-min-block-size</code> (44 px) để dễ bấm trên màn hình
        cảm ứng.
      </p>
    </div>
  ),
};
