import { samplePlan } from "@kehoach/plan-model/sample";
import { expect, type Page, test } from "@playwright/test";
import {
  checkScreen,
  coveredByOfflineNotice,
  knownData,
  describe as list,
  type ScreenProblem,
} from "./screen-checks.js";
import { serveSite } from "./server.js";
import { SITES, siteDir } from "./sites.js";

// Every screen of every app of the assembled site, at a laptop's 1366×768 and a phone's 390×844,
// in Vietnamese and in English: no screen scrolls sideways as a whole, and an English screen shows
// no Vietnamese word but the documents and the user's own data. The walk goes through the screens a
// person meets in the first hour: the landing page and its data dialog, the plan builder's library,
// editor and import review with their dialogs, the matrix viewer's four views, the report
// generator's five tabs, the province view. Each test lists every problem of every screen before it fails.

const SIZES = [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
] as const;

/** A plan pasted into the importer (the user's own text, shown beside the plan read from it). */
const PASTED = `ỦY BAN NHÂN DÂN
XÃ KIM LIÊN
Số: 12/KH-UBND
Kim Liên, ngày 15 tháng 01 năm 2026

KẾ HOẠCH
Tuyên truyền cải cách hành chính năm 2026

I. NHIỆM VỤ
1. Đăng tin, bài về cải cách hành chính trên Trang thông tin điện tử xã
- Cơ quan chủ trì: Phòng VH-XH
- Thời gian thực hiện: Thường xuyên

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Thành
`;

/** The words of both languages for what the walk presses (the screens are the apps' own). */
const NAMES = {
  siteData: /^(Sao lưu, khôi phục|Back up, restore)$/,
  newPlan: /^(Tạo kế hoạch mới|New plan)$/,
  issue: /^(Ban hành…|Issue…)$/,
  unissue: /^(Chuyển về dự thảo|Back to draft)$/,
  create: /^(Tạo và mở|Create and open)$/,
  paste: /^(Hoặc dán nội dung văn bản|Or paste the text)/,
  readPasted: /^(Đọc nội dung đã dán|Read the pasted text)$/,
};

const site = SITES[0] as (typeof SITES)[number];

type Check = (screen: string) => Promise<void>;

async function settle(page: Page) {
  // A page that keeps polling or animating (a spinner) is measured once things have had their time.
  await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => {});
  // Transitions (a dialog opening) end before anything is measured; endless animations are left.
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .every(
            (a) =>
              a.playState !== "running" ||
              a.effect?.getComputedTiming().iterations === Number.POSITIVE_INFINITY,
          ),
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => {});
}

async function dialog(page: Page, opener: RegExp, check: Check, screen: string) {
  await page.getByRole("button", { name: opener }).first().click();
  const open = page.getByRole("dialog").or(page.getByRole("alertdialog"));
  await expect(open).toBeVisible();
  await settle(page);
  await check(screen);
  await page.keyboard.press("Escape");
  await expect(open).toBeHidden();
}

async function walk(page: Page, base: string, check: Check) {
  await page.goto(base);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await settle(page);
  await check("landing page");
  await dialog(page, NAMES.siteData, check, "landing page › data dialog");

  await page.goto(`${base}plan-builder/`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await settle(page);
  await check("plan builder › library, empty");
  await dialog(page, NAMES.newPlan, check, "plan builder › new plan dialog");

  // A new plan is a draft: its editor, and the issuing dialog with what still stands in the way.
  await page.getByRole("button", { name: NAMES.newPlan }).first().click();
  await page.getByRole("dialog").getByRole("button", { name: NAMES.create }).click();
  await expect(page.getByRole("button", { name: NAMES.issue })).toBeVisible();
  await settle(page);
  await check("plan builder › editor (new draft)");
  await dialog(page, NAMES.issue, check, "plan builder › issue dialog");

  // The sample plan, as it opens (issued; read only while it is the sample).
  await page.goto(`${base}plan-builder/#/mau`);
  await expect(page.getByRole("heading", { level: 1, name: samplePlan.title })).toBeVisible();
  await settle(page);
  await check("plan builder › sample plan");
  if (await page.getByRole("button", { name: NAMES.unissue }).isVisible()) {
    await dialog(page, NAMES.unissue, check, "plan builder › back-to-draft dialog");
  }

  await page.goto(`${base}plan-builder/#/nhap-van-ban`);
  await page.getByLabel(NAMES.paste).waitFor();
  await settle(page);
  await check("plan builder › import");
  await page.getByLabel(NAMES.paste).fill(PASTED);
  await page.getByRole("button", { name: NAMES.readPasted }).click();
  await expect(page.locator(".pb-import-task").first()).toBeVisible();
  await settle(page);
  await check("plan builder › import review");

  await page.goto(`${base}plan-builder/`);
  await expect(page.getByRole("table")).toBeVisible();
  await settle(page);
  await check("plan builder › library with two plans");

  await page.goto(`${base}matrix-viewer/`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await settle(page);
  await check("matrix viewer › nothing open");
  for (const [view, name] of [
    ["ma-tran", "matrix"],
    ["don-vi", "my unit"],
    ["tien-do", "month by month"],
    ["phat-hien", "to review"],
  ] as const) {
    await page.goto(`${base}matrix-viewer/?kh=mau&xem=${view}`);
    await expect(page.getByRole("tablist")).toBeVisible();
    await settle(page);
    await check(`matrix viewer › ${name}`);
  }

  await page.goto(`${base}report-generator/`);
  const tabs = page.getByRole("tablist").first().getByRole("tab");
  await expect(tabs.first()).toBeVisible();
  const count = await tabs.count();
  for (let i = 0; i < count; i++) {
    await tabs.nth(i).click();
    await settle(page);
    await check(`report generator › tab ${i + 1} “${((await tabs.nth(i).textContent()) ?? "").trim()}”`);
  }

  // The province view, on a site built without a hub: what it needs to work, and nothing else.
  await page.goto(`${base}province-view/`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await settle(page);
  await check("province view › without a hub");
}

test.describe("every screen of the site", () => {
  test.describe.configure({ timeout: 300_000 });
  let served: Awaited<ReturnType<typeof serveSite>>;
  test.beforeAll(async () => {
    served = await serveSite(siteDir(site.key), site.port);
  });
  test.afterAll(async () => {
    await served?.stop();
  });

  for (const { width, height } of SIZES) {
    for (const lang of ["vi", "en"] as const) {
      const english = lang === "en";
      test(`fits ${width}×${height} without sideways scrolling${english ? ", and speaks only English" : ""} (${lang})`, async ({
        browser,
      }) => {
        const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: "block" });
        await context.addInitScript((l) => localStorage.setItem("kehoach:lang", l), lang);
        const page = await context.newPage();
        const data = await knownData(site.slug, [PASTED]);
        const problems: ScreenProblem[] = [];
        await walk(page, served.base, async (screen) => {
          problems.push(...(await checkScreen(page, screen, { english, data })));
        });
        await context.close();
        expect(
          problems,
          `${problems.length} problems at ${width}×${height} (${lang}):\n${list(problems)}`,
        ).toEqual([]);
      });
    }
  }

  test("the offline notice takes its own room and covers no field, on a phone and a laptop", async ({
    browser,
  }) => {
    const problems: ScreenProblem[] = [];
    for (const viewport of SIZES) {
      const context = await browser.newContext({ viewport, serviceWorkers: "block" });
      const page = await context.newPage();
      for (const [path, screen] of [
        ["", "landing page"],
        ["plan-builder/#/mau", "plan builder › editor"],
        ["report-generator/", "report generator"],
      ] as const) {
        await page.goto(`${served.base}${path}`);
        await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
        await context.setOffline(true);
        await expect(page.locator(".kh-offline[data-state=offline]")).toBeVisible();
        problems.push(
          ...(await coveredByOfflineNotice(page, `${screen} at ${viewport.width}×${viewport.height}`)),
        );
        // At the bottom of a long page too, where the notice used to float over the last fields.
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        problems.push(
          ...(await coveredByOfflineNotice(page, `${screen} scrolled down at ${viewport.width}`)),
        );
        await context.setOffline(false);
      }
      await context.close();
    }
    expect(problems, list(problems)).toEqual([]);
  });
});
