import { expect, type Page } from "@playwright/test";
import { expectNoAxeViolations, task, test } from "./support.js";

// Every screen of the plan builder on a 1366×768 laptop and a 390×844 phone: nothing wider than
// the window (what is wider scrolls inside its own region and shows that there is more), the
// document beside the part being edited and in view on the laptop, one tap away on the phone,
// and the offline notice covering no field.

const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

const SAMPLE_TITLE = "Tuyên truyền cải cách hành chính năm 2026 trên địa bàn xã Kim Liên";

const PASTED = `ỦY BAN NHÂN DÂN
XÃ KIM LIÊN
Số: 12/KH-UBND
Kim Liên, ngày 15 tháng 01 năm 2026

KẾ HOẠCH
Tuyên truyền cải cách hành chính năm 2026

I. NHIỆM VỤ
1. Đăng tin, bài về cải cách hành chính trên Trang thông tin điện tử xã tại https://kimlien.nghean.gov.vn/tin-tuc/cai-cach-hanh-chinh/2026/01/15/dang-tin-bai-ve-cai-cach-hanh-chinh
- Cơ quan chủ trì: Phòng VH-XH
- Thời gian thực hiện: Quý III/2026

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Thành
`;

/**
 * What makes the page scroll sideways (nothing, when it fits), and every region that scrolls
 * sideways inside the page without a sign that there is more (a shade at the edge).
 */
async function widthProblems(page: Page): Promise<{ page: string[]; unmarked: string[] }> {
  return page.evaluate(() => {
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${
        typeof el.className === "string" && el.className
          ? `.${el.className.trim().split(/\s+/).join(".")}`
          : ""
      }`;
    const root = document.documentElement;
    const pageProblems: string[] = [];
    if (root.scrollWidth > root.clientWidth) {
      pageProblems.push(`the page is ${root.scrollWidth} px wide in a ${root.clientWidth} px window`);
      for (const el of document.body.querySelectorAll("*")) {
        const box = el.getBoundingClientRect();
        if (box.width > 0 && box.right > root.clientWidth + 0.5)
          pageProblems.push(`${name(el)} ends at ${box.right}`);
        if (pageProblems.length > 6) break;
      }
    }
    const unmarked: string[] = [];
    for (const el of document.body.querySelectorAll("*")) {
      const style = getComputedStyle(el);
      const scrolls = style.overflowX === "auto" || style.overflowX === "scroll";
      if (!scrolls || el.clientWidth === 0 || el.scrollWidth <= el.clientWidth + 1) continue;
      if (style.visibility === "hidden") continue;
      // The sign: shades at the edges that the content's own covers hide where it ends
      // (scroll-attached gradients under local ones: ui's table scroller).
      const shaded =
        style.backgroundImage.includes("gradient") &&
        style.backgroundAttachment.includes("local") &&
        style.backgroundAttachment.includes("scroll");
      if (!shaded) unmarked.push(`${name(el)} (${el.scrollWidth} px in ${el.clientWidth} px)`);
    }
    return { page: pageProblems, unmarked };
  });
}

async function expectFits(page: Page, screen: string): Promise<void> {
  // Layout settles (fonts, the editor's later parts) before it is measured.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
  const problems = await widthProblems(page);
  expect(problems.page, `${screen}: no sideways page scroll`).toEqual([]);
  expect(problems.unmarked, `${screen}: what scrolls sideways shows there is more`).toEqual([]);
}

async function openSample(page: Page) {
  await page.goto("./#/mau");
  await expect(page.getByRole("heading", { level: 1, name: SAMPLE_TITLE })).toBeVisible();
}

/** The user's own draft, made from the sample: every part filled, sixteen tasks. */
async function draftFromSample(page: Page) {
  await openSample(page);
  await page.getByRole("button", { name: "Tạo bản nháp từ mẫu này" }).click();
  await expect(page.getByText("Năm 2026 · Dự thảo")).toBeVisible();
}

async function firstPageDrawn(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName("pb:first-preview-page").length > 0, null, {
    timeout: 30_000,
  });
}

for (const size of [LAPTOP, PHONE]) {
  test(`every screen fits ${size.width}×${size.height}; what is wider scrolls in its own region and shows it`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto("./");
    await expect(page.getByRole("heading", { level: 1, name: "Kế hoạch đã lưu" })).toBeVisible();
    await expectFits(page, "the empty library");

    await page.getByRole("button", { name: "Tạo kế hoạch mới" }).first().click();
    const dialog = page.getByRole("dialog", { name: "Tạo kế hoạch mới" });
    await expect(dialog).toBeVisible();
    await expectFits(page, "the new-plan dialog");
    await dialog.getByRole("button", { name: "Tạo và mở" }).click();
    await expect(page.getByText(/· Dự thảo$/)).toBeVisible();
    await expectFits(page, "the editor of a new plan");

    await page.getByRole("button", { name: "Ban hành…" }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await expectFits(page, "the issuing dialog");
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toBeHidden();

    await page.getByRole("link", { name: "← Danh sách kế hoạch" }).click();
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);
    await expectFits(page, "the library with a plan");

    await openSample(page);
    await firstPageDrawn(page);
    await expectFits(page, "the sample plan");

    await page.goto("./#/nhap-van-ban");
    await expect(
      page.getByRole("heading", { level: 1, name: "Nhập kế hoạch từ Word hoặc văn bản" }),
    ).toBeVisible();
    await expectFits(page, "the import screen");
    await page.getByLabel("Hoặc dán nội dung văn bản").fill(PASTED);
    await page.getByRole("button", { name: "Đọc nội dung đã dán" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Xem lại kế hoạch đọc được" })).toBeVisible();
    await expectFits(page, "the import review");
  });
}

test("on a laptop the document stands beside the part being edited, in view, at its text", async ({
  page,
}) => {
  await page.setViewportSize(LAPTOP);
  await draftFromSample(page);
  await firstPageDrawn(page);

  // On the first screen, beside the editor.
  const pages = page.getByRole("document", { name: "Xem trước văn bản" });
  const form = page.locator(".pb-editor-form");
  const first = page.locator(".pb-page").first();
  const [pagesBox, formBox, firstBox] = await Promise.all([
    pages.boundingBox(),
    form.boundingBox(),
    first.boundingBox(),
  ]);
  expect(pagesBox!.x).toBeGreaterThanOrEqual(formBox!.x + formBox!.width);
  expect(firstBox!.y).toBeLessThan(LAPTOP.height - 150);
  expect(pagesBox!.x + pagesBox!.width).toBeLessThanOrEqual(LAPTOP.width);

  // Far down the plan, editing task 9: the document is still in view, at that task's text.
  await page.waitForFunction(() => document.querySelectorAll(".pb-page .textLayer").length >= 3);
  const title = task(page, 9).getByLabel("Nội dung nhiệm vụ");
  await title.click();
  await expect(title).toBeFocused();
  const marked = page.locator(".pb-page .pb-followed").first();
  await expect(marked).toBeAttached();
  await expect(marked).toContainText("Tổ chức Hội thi");
  await expect
    .poll(async () => {
      const [box, markBox] = await Promise.all([pages.boundingBox(), marked.boundingBox()]);
      return (
        markBox !== null &&
        box !== null &&
        box.y >= 0 &&
        box.y + box.height <= LAPTOP.height &&
        markBox.y >= box.y &&
        markBox.y + markBox.height <= box.y + box.height
      );
    })
    .toBe(true);
  const titleBox = await title.boundingBox();
  expect(titleBox!.y).toBeGreaterThan(LAPTOP.height / 4); // the editor was scrolled: it is deep in the plan
});

test("on a phone the document is one tap away wherever one is in the plan, and each view keeps its place", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await draftFromSample(page);
  const views = page.getByRole("group", { name: "Phần đang xem" });
  const documentView = views.getByRole("button", { name: "Văn bản", exact: true });
  const editView = views.getByRole("button", { name: "Soạn thảo", exact: true });
  const checksView = views.getByRole("button", { name: "Kiểm tra", exact: true });
  await expect(documentView).toBeInViewport();
  await expect(editView).toHaveAttribute("aria-pressed", "true");
  await expectNoAxeViolations(page, "the editor on a phone");

  // Deep in the plan (every part drawn), the switch is still at the top of the screen.
  await page.waitForFunction(() =>
    [...document.querySelectorAll(".pb-part")].every((part) => part.children.length > 1),
  );
  const recipients = page.getByRole("heading", { level: 2, name: "Kết thúc và nơi nhận" });
  await page
    .getByRole("navigation", { name: "Các phần của kế hoạch" })
    .getByRole("button", { name: "Kết thúc và nơi nhận" })
    .click();
  await expect(recipients).toBeInViewport();
  await expect(documentView).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(3000);

  await documentView.click();
  await expect(documentView).toHaveAttribute("aria-pressed", "true");
  await firstPageDrawn(page);
  await expect(page.locator(".pb-page").first()).toBeInViewport();
  await expect(page.locator(".pb-editor-form")).toBeHidden();
  await expectFits(page, "the document on a phone");
  await expectNoAxeViolations(page, "the document on a phone");

  // Back to the plan, where it was left.
  await editView.click();
  await expect(recipients).toBeInViewport();

  // A finding leads from the checks to its field in the plan.
  await checksView.click();
  await expect(page.getByRole("heading", { level: 2, name: "Kiểm tra" })).toBeInViewport();
  await expectNoAxeViolations(page, "the checks on a phone");
  const finding = page.locator(".pb-finding__link").first();
  await finding.click();
  await expect(editView).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(":focus")).toBeInViewport();
  // …on the field the finding names (or its first control).
  expect(await page.evaluate(() => document.activeElement?.closest("[data-path]") !== null)).toBe(true);
});

for (const size of [LAPTOP, PHONE]) {
  test(`at ${size.width}×${size.height} the offline notice covers no field of the editor`, async ({
    page,
    context,
  }) => {
    await page.setViewportSize(size);
    await draftFromSample(page);
    await context.setOffline(true);
    const notice = page.getByRole("status").filter({ hasText: "Đang ngoại tuyến" });
    await expect(notice).toBeVisible();
    for (const at of ["top", "middle"] as const) {
      if (at === "middle") await task(page, 3).scrollIntoViewIfNeeded();
      const covered = await page.evaluate(() => {
        const banner = document.querySelector(".kh-offline");
        if (!banner) return ["no notice"];
        const box = banner.getBoundingClientRect();
        const hits: string[] = [];
        for (const field of document.querySelectorAll<HTMLElement>(
          ".pb-editor-form input, .pb-editor-form textarea, .pb-editor-form select, .pb-editor-form button",
        )) {
          const f = field.getBoundingClientRect();
          if (f.width === 0 || f.bottom < 0 || f.top > innerHeight) continue;
          const overlaps =
            f.left < box.right && f.right > box.left && f.top < box.bottom && f.bottom > box.top;
          const drawnOver = document.elementFromPoint(f.left + f.width / 2, f.top + f.height / 2);
          if (overlaps || (drawnOver && banner.contains(drawnOver)))
            hits.push(field.getAttribute("data-path") ?? field.tagName);
        }
        return hits;
      });
      expect(covered, `fields under the offline notice (${at})`).toEqual([]);
    }
    await context.setOffline(false);
  });
}
