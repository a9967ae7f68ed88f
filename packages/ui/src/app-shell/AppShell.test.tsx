import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { type AppLink, AppShell } from "./index.js";

/** The site's apps as the site kit gives them to every page. */
const apps = (base: string): AppLink[] => [
  { id: "plan-builder", href: `${base}plan-builder/`, label: "Soạn kế hoạch" },
  { id: "matrix-viewer", href: `${base}matrix-viewer/`, label: "Phân công trách nhiệm" },
  { id: "report-generator", href: `${base}report-generator/`, label: "Báo cáo tiến độ" },
];

describe("AppShell", () => {
  it("starts with a skip link to the main content, then the official-site banner", async () => {
    const screen = await render(
      <AppShell
        localityName="Xã Kim Liên"
        officialName="Ủy ban nhân dân xã Kim Liên, tỉnh Nghệ An"
        apps={apps("/")}
        currentApp="plan-builder"
      >
        <h1>Soạn kế hoạch</h1>
      </AppShell>,
    );
    await userEvent.tab();
    const skip = screen.getByRole("link", { name: "Bỏ qua, đến nội dung chính" });
    await expect.element(skip).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect.element(screen.getByRole("main")).toHaveFocus();
    await expect
      .element(screen.getByText("Trang thông tin chính thức của Ủy ban nhân dân xã Kim Liên, tỉnh Nghệ An"))
      .toBeVisible();
  });

  it("links the apps it is given under the base path and marks the current one", async () => {
    const screen = await render(
      <AppShell
        localityName="Tỉnh Nghệ An"
        officialName="Ủy ban nhân dân tỉnh Nghệ An"
        apps={apps("/kehoach/")}
        currentApp="report-generator"
        basePath="/kehoach"
      >
        <h1>Báo cáo</h1>
      </AppShell>,
    );
    const nav = screen.getByRole("navigation", { name: "Các ứng dụng" });
    await expect
      .element(nav.getByRole("link", { name: "Soạn kế hoạch" }))
      .toHaveAttribute("href", "/kehoach/plan-builder/");
    await expect
      .element(nav.getByRole("link", { name: "Phân công trách nhiệm" }))
      .toHaveAttribute("href", "/kehoach/matrix-viewer/");
    await expect
      .element(nav.getByRole("link", { name: "Báo cáo tiến độ" }))
      .toHaveAttribute("aria-current", "page");
    // A whole page: the landmark and heading rules apply here.
    const results = await axe.run(screen.container, { resultTypes: ["violations"] });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
