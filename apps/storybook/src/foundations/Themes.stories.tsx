import { STATUS_SEVERITY, statusLabel, TASK_STATUSES } from "@kehoach/plan-model";
import { Alert } from "@kehoach/ui/alert";
import { Badge } from "@kehoach/ui/badge";
import { Button } from "@kehoach/ui/button";
import { Link } from "@kehoach/ui/link";
import { ProgressBar } from "@kehoach/ui/progress";
import { StatusPill } from "@kehoach/ui/status-pill";
import { Switch } from "@kehoach/ui/switch";
import { TextField } from "@kehoach/ui/text-field";
import {
  CONTRAST_PAIRS,
  contrastRatio,
  resolvedValues,
  resolveTheme,
  themeClassName,
} from "@kehoach/ui/theme";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { type LocalityTheme, localityThemes } from "../themes.ts";
import "./foundations.css";

const meta = { title: "Foundations/Themes", parameters: { layout: "fullscreen" } } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

function Gallery({ locality }: { locality: LocalityTheme }) {
  return (
    <section
      className={`sb-theme ${themeClassName(locality.slug)}`}
      aria-labelledby={`theme-${locality.slug}`}
    >
      <h2 id={`theme-${locality.slug}`}>{locality.name}</h2>
      <div
        style={{
          background: "var(--kh-banner-background)",
          color: "var(--kh-banner-text)",
          padding: "var(--kh-space-2)",
        }}
      >
        Trang thông tin chính thức của {locality.name}
      </div>
      <div
        style={{
          background: "var(--kh-header-background)",
          color: "var(--kh-header-text)",
          padding: "var(--kh-space-3)",
        }}
      >
        <strong>{locality.name}</strong> ·{" "}
        <Link href="#soan-ke-hoach" inverse>
          Soạn kế hoạch
        </Link>
      </div>
      <div className="sb-row">
        <Button>Ban hành</Button>
        <Button variant="secondary">Lưu nháp</Button>
        <Button variant="danger">Xóa</Button>
        <Button variant="ghost">Hủy</Button>
        <Link href="#huong-dan">Hướng dẫn</Link>
        <Badge tone="info">KH</Badge>
        <Badge tone="warning">Chờ ký</Badge>
      </div>
      <div className="sb-row">
        {TASK_STATUSES.map((s) => (
          <StatusPill key={s} tone={STATUS_SEVERITY[s]} label={statusLabel(s)} />
        ))}
      </div>
      <div className="sb-grid">
        <Alert tone="info">Dữ liệu lưu trong trình duyệt.</Alert>
        <Alert tone="success">Đã lưu bản nháp.</Alert>
        <Alert tone="warning">Chưa có ngày ban hành.</Alert>
        <Alert tone="error">Thiếu cơ quan chủ trì.</Alert>
      </div>
      <div className="sb-grid">
        <TextField label="Tên kế hoạch" error="Nhập tên kế hoạch." required />
        <ProgressBar label="Tiến độ" value={9} max={14} valueText="9 trên 14 nhiệm vụ" />
        <Switch label="Tự động lưu" defaultChecked />
      </div>
    </section>
  );
}

/**
 * Every locality theme side by side, each scoped by its class: the a11y test of this story checks
 * the components' real colours in every theme.
 */
export const Gallery_: Story = {
  name: "Every theme",
  render: () => (
    <div className="sb-page">
      <h1>Chủ đề của các địa phương</h1>
      <p>
        Mỗi địa phương có tệp localities/&lt;slug&gt;/theme.json; thành phần đổi màu theo lớp
        kh-theme-&lt;slug&gt;.
      </p>
      {localityThemes.map((l) => (
        <Gallery key={l.slug} locality={l} />
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    // Scoping works: the primary button has its own theme's action colour in each section.
    const colours = localityThemes.map((l) => {
      const button = canvasElement.querySelector(
        `.${themeClassName(l.slug)} .kh-button[data-variant="primary"]`,
      );
      return button ? getComputedStyle(button).backgroundColor : null;
    });
    await expect(new Set(colours).size).toBe(localityThemes.length);
  },
};

function TokenTable({ locality }: { locality: LocalityTheme }) {
  const tokens = resolveTheme(locality.theme);
  const values = resolvedValues(locality.theme);
  return (
    <section className="sb-page" aria-labelledby={`tokens-${locality.slug}`}>
      <h2 id={`tokens-${locality.slug}`}>
        {locality.name} <code>.{themeClassName(locality.slug)}</code>
      </h2>
      <table className="sb-table">
        <caption>Độ tương phản của các cặp chữ trên nền</caption>
        <thead>
          <tr>
            <th scope="col">Chữ</th>
            <th scope="col">Nền</th>
            <th scope="col">Tỷ lệ</th>
            <th scope="col">Tối thiểu</th>
          </tr>
        </thead>
        <tbody>
          {CONTRAST_PAIRS.map((p) => (
            <tr key={`${p.foreground}/${p.background}`}>
              <td>
                <code>{p.foreground}</code>
              </td>
              <td>
                <code>{p.background}</code>
              </td>
              <td>
                {contrastRatio(
                  values.get(p.foreground) ?? "#000",
                  values.get(p.background) ?? "#fff",
                ).toFixed(2)}
                :1
              </td>
              <td>{p.minimum}:1</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="sb-table">
        <caption>Token (thương hiệu → ngữ nghĩa → thành phần)</caption>
        <thead>
          <tr>
            <th scope="col">Lớp</th>
            <th scope="col">Thuộc tính</th>
            <th scope="col">CSS</th>
            <th scope="col">Giá trị</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.property}>
              <td>{t.layer}</td>
              <td>
                <code>{t.property}</code>
              </td>
              <td>
                <code>{t.cssValue}</code>
              </td>
              <td>
                {/^#[0-9a-f]{6}$/i.test(t.value) && (
                  <span
                    aria-hidden="true"
                    style={{
                      display: "inline-block",
                      inlineSize: "1em",
                      blockSize: "1em",
                      marginInlineEnd: "0.5em",
                      verticalAlign: "middle",
                      border: "1px solid var(--kh-color-border-strong)",
                      background: t.value,
                    }}
                  />
                )}
                <code>{t.value}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * The tokens of the theme chosen in the toolbar (Chủ đề), resolved through the three layers, with
 * the contrast of every pair. One theme at a time keeps the page (and its a11y test) short however
 * many localities there are.
 */
export const Tokens: Story = {
  render: (_args, context) => {
    const locality = localityThemes.find((l) => l.slug === context.globals.theme) ?? localityThemes[0];
    return (
      <div className="sb-page">
        <h1>Token của chủ đề</h1>
        <p>Chọn chủ đề khác bằng nút “Chủ đề” trên thanh công cụ.</p>
        {locality && <TokenTable locality={locality} />}
      </div>
    );
  },
};
