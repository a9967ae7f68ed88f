import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { AppTextProvider, LANGUAGE_STORAGE_KEY } from "../messages/index.js";
import { type AppLink, AppShell, LanguageSwitch } from "./index.js";

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

  it("switches the whole page's language with one switch that names the other language in it, and remembers it", async () => {
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    const catalogue = { vi: { title: "Soạn kế hoạch" }, en: { title: "Plan builder" } };
    const screen = await render(
      <AppTextProvider catalogue={catalogue}>
        <AppShell
          localityName="Xã Kim Liên"
          officialName="Ủy ban nhân dân xã Kim Liên"
          apps={apps("/")}
          headerActions={<LanguageSwitch />}
          bannerActions={<span>Dữ liệu chỉ lưu trên trình duyệt này</span>}
        >
          <h1>…</h1>
        </AppShell>
      </AppTextProvider>,
    );
    const toEnglish = screen.getByRole("button", { name: "English" });
    await expect.element(toEnglish).toHaveAttribute("lang", "en");
    await expect.element(screen.getByText("Dữ liệu chỉ lưu trên trình duyệt này")).toBeVisible();
    await userEvent.click(toEnglish);
    await expect.element(screen.getByRole("button", { name: "Tiếng Việt" })).toHaveAttribute("lang", "vi");
    expect(document.documentElement.lang).toBe("en");
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("en");
    // On an English page the Vietnamese names are marked as Vietnamese (WCAG 3.1.2).
    const banner = screen.getByText("Ủy ban nhân dân xã Kim Liên");
    await expect.element(banner).toHaveAttribute("lang", "vi");
    expect(banner.element().parentElement?.textContent).toBe(
      "Official website of Ủy ban nhân dân xã Kim Liên",
    );
    await expect.element(screen.getByText("Xã Kim Liên", { exact: true })).toHaveAttribute("lang", "vi");
    await userEvent.click(screen.getByRole("button", { name: "Tiếng Việt" }));
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("vi");
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
  });

  it("shows no language switch outside a language provider", async () => {
    const screen = await render(<LanguageSwitch />);
    expect(screen.container.querySelector("button")).toBeNull();
  });
});
