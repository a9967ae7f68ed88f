import { readFile } from "node:fs/promises";
import { type Browser, expect, type Locator, type Page, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { type E2eHub, issueCommunePlan, startHub } from "./hub-engine.ts";
import { PORTS } from "./ports.ts";
import { expectNoAxeViolations, hubStatus, person, signIn, type Watched } from "./support.ts";

// The province hub in real browsers. Xã Kim Liên's office and one of its agencies (Phòng Văn hóa -
// Xã hội, signed in with the commune's account on its own computer) work on the commune's issued
// plan in the report generator, each in a browser context of its own, and see each other's
// progress arrive through the hub; an entry made while the agency's computer is offline is kept,
// counted as waiting and sent when it is back; and the province, signed in with its read-only
// account, sees in the province view which tasks the commune has reported.

const RG = `http://127.0.0.1:${PORTS.reportGenerator}/report-generator/`;
const PV = `http://127.0.0.1:${PORTS.provinceView}/province-view/`;
const COMMUNE = { user: "xa-kim-lien@nghe-an", unit: "xa-kim-lien", database: "kh_nghe-an_xa-kim-lien" };
const PROVINCE = "nghe-an";

let hub: E2eHub;
const people: Watched[] = [];

test.beforeAll(async () => {
  hub = await startHub();
  await issueCommunePlan(hub, COMMUNE.user, COMMUNE.unit, COMMUNE.database);
});

test.afterAll(async () => {
  for (const p of people) await p.context.close();
  await hub?.stop();
});

test.afterEach(() => {
  for (const p of people) expect(p.errors, "CSP violations and page errors").toEqual([]);
});

async function newPerson(browser: Browser, base: string) {
  const p = await person(browser, base);
  people.push(p);
  return p;
}

function task(page: Page, number: number): Locator {
  return page.getByRole("region", { name: new RegExp(`^Nhiệm vụ ${number}\\. `) });
}

async function openTask(page: Page, number: number): Promise<Locator> {
  const card = task(page, number);
  const open = card.getByRole("button", { name: `Nhập tiến độ nhiệm vụ ${number}` });
  if ((await open.getAttribute("aria-expanded")) !== "true") await open.click();
  return card;
}

async function quarterTwo(page: Page) {
  await page.getByLabel("Kỳ báo cáo", { exact: true }).selectOption({ label: "Quý II" });
  await page.getByLabel("Năm", { exact: true }).fill("2026");
  await expect(page.getByRole("heading", { name: "Tiến độ quý II năm 2026" })).toBeVisible();
}

async function report(page: Page, number: number, result: string) {
  const card = await openTask(page, number);
  await card.getByLabel("Tình trạng", { exact: true }).selectOption({ label: "Đang thực hiện trong hạn" });
  await card.getByLabel("Kết quả thực hiện", { exact: true }).fill(result);
  await expect(page.locator(".rg-save-state")).toContainText("Đã lưu");
}

async function seesResult(page: Page, number: number, result: string) {
  const card = await openTask(page, number);
  await expect(card.getByLabel("Kết quả thực hiện", { exact: true })).toHaveValue(result);
}

test("the office and an agency exchange progress through the hub, offline included, and the province sees it", async ({
  browser,
}) => {
  const password = hub.passwords.get(COMMUNE.user) as string;
  const office = await newPerson(browser, RG);
  const agency = await newPerson(browser, RG);

  // Before signing in: the browser's own data, and a status that says the hub is not joined.
  await office.page.goto(RG);
  await expect(hubStatus(office.page)).toHaveAccessibleName("Kết nối máy chủ tỉnh: Chưa kết nối máy chủ");
  await hubStatus(office.page).click();
  const dialog = office.page.getByRole("dialog", { name: "Kết nối máy chủ tỉnh" });
  await expect(dialog).toContainText("http://127.0.0.1:4261");
  await expectNoAxeViolations(office.page, "the hub's sign-in dialog");
  await dialog.getByLabel("Tên đăng nhập", { exact: false }).fill(COMMUNE.user);
  await dialog.getByLabel("Mật khẩu", { exact: false }).fill("sai-mat-khau");
  await dialog.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(dialog.getByRole("alert")).toContainText("Sai tên đăng nhập hoặc mật khẩu.");
  await dialog.getByRole("button", { name: "Đóng" }).first().click();

  await signIn(office.page, COMMUNE.user, password);
  // The password is nowhere on the computer; only the account and its database are remembered.
  const remembered = await office.page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(remembered).toContain(COMMUNE.database);
  expect(remembered).not.toContain(password);
  await quarterTwo(office.page);
  await expectNoAxeViolations(office.page, "the report generator on the hub");

  await agency.page.goto(RG);
  await signIn(agency.page, COMMUNE.user, password);
  await quarterTwo(agency.page);

  // The agency reports in its own browser; the office sees it arrive, and the other way round.
  await report(agency.page, 2, "Phòng VH-XH: đăng 5 tin, bài về dịch vụ công trực tuyến");
  await seesResult(office.page, 2, "Phòng VH-XH: đăng 5 tin, bài về dịch vụ công trực tuyến");
  await report(office.page, 6, "Văn phòng: in 2.000 tờ gấp");
  await seesResult(agency.page, 6, "Văn phòng: in 2.000 tờ gấp");
  await expect(hubStatus(office.page)).toHaveAccessibleName(/Đã đồng bộ lần cuối/);

  // The agency's computer goes offline: its entry is kept, shown as waiting, and sent on return.
  await agency.context.setOffline(true);
  await expect(hubStatus(agency.page)).toHaveAccessibleName(/Ngoại tuyến/);
  await report(agency.page, 3, "Phòng VH-XH: phát 3 chuyên mục (nhập khi mất mạng)");
  await expect(hubStatus(agency.page)).toHaveAccessibleName(/1 thay đổi chờ gửi/);
  // Nothing of it reaches the office while the agency is offline.
  await agency.page.waitForTimeout(1500);
  await expect((await openTask(office.page, 3)).getByLabel("Kết quả thực hiện", { exact: true })).toHaveValue(
    "",
  );
  await agency.context.setOffline(false);
  await expect(hubStatus(agency.page)).toHaveAccessibleName(
    /^Kết nối máy chủ tỉnh: Đã đồng bộ lần cuối [^·]+$/,
  );
  await seesResult(office.page, 3, "Phòng VH-XH: phát 3 chuyên mục (nhập khi mất mạng)");

  // The office marks the period's report as sent, for the province to count.
  await office.page.getByRole("button", { name: "Đánh dấu đã gửi báo cáo kỳ" }).click();
  await expect(office.page.getByText(/^Đã gửi báo cáo kỳ lúc/)).toBeVisible();

  // The province signs in with its read-only account and sees what the commune has reported.
  const province = await newPerson(browser, PV);
  await province.page.goto(PV);
  await expect(
    province.page.getByRole("heading", { name: "Đăng nhập bằng tài khoản của tỉnh" }),
  ).toBeVisible();
  await expectNoAxeViolations(province.page, "the province view before signing in");
  await province.page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  const pvDialog = province.page.getByRole("dialog", { name: "Kết nối máy chủ tỉnh" });
  await pvDialog.getByLabel("Tên đăng nhập", { exact: false }).fill(PROVINCE);
  await pvDialog.getByLabel("Mật khẩu", { exact: false }).fill(hub.passwords.get(PROVINCE) as string);
  await Promise.all([
    province.page.waitForEvent("load"),
    pvDialog.getByRole("button", { name: "Đăng nhập" }).click(),
  ]);
  await expect(hubStatus(province.page)).toHaveAccessibleName(/Đã đồng bộ/);
  await province.page.getByLabel("Kỳ", { exact: true }).selectOption({ label: "Quý II" });
  await province.page.getByLabel("Năm", { exact: true }).fill("2026");
  await expect(province.page.getByText("Số liệu tính từ ngày 15/3/2026 đến ngày 14/6/2026.")).toBeVisible();
  const table = province.page.getByRole("table", { name: "Tình hình báo cáo của các đơn vị" });
  const row = table.getByRole("row", { name: /xã Kim Liên/ });
  // Tasks 2 and 6 reported; task 3 (monthly) has its entry but a month went by unfinished: overdue.
  await expect(row.getByRole("cell").nth(2)).toHaveText("2");
  await expect(row.getByRole("cell").nth(6)).toHaveText("1/1");
  await expectNoAxeViolations(province.page, "the province view");

  // Search ignores tones; the commune's details show each task's state.
  await province.page.getByLabel("Tìm đơn vị hoặc kế hoạch", { exact: false }).fill("kim lien");
  await expect(table.getByRole("row")).toHaveCount(2);
  await row.getByRole("button", { name: "Xem chi tiết xã Kim Liên" }).click();
  const detail = province.page.getByRole("region", { name: "Chi tiết: xã Kim Liên" });
  const tasks = detail.getByRole("table", { name: /^Nhiệm vụ của kế hoạch/ });
  await expect(tasks.getByRole("row", { name: /Đăng tải tin, bài, ảnh/ })).toContainText("Đã báo cáo");
  await expect(tasks.getByRole("row", { name: /Ban hành Kế hoạch tuyên truyền/ })).toContainText("Quá hạn");
  await expect(tasks.getByRole("row", { name: /Phát sóng chuyên mục/ })).toContainText(
    /Quá hạn.*phát 3 chuyên mục \(nhập khi mất mạng\)/,
  );
  await expectNoAxeViolations(province.page, "a unit's details");

  // The spreadsheet carries numbers as numbers; the báo cáo section says the same.
  const [download] = await Promise.all([
    province.page.waitForEvent("download"),
    province.page.getByRole("button", { name: "Xuất Excel (.xlsx)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("Tình hình báo cáo 2026-Q2 - Tỉnh Nghệ An.xlsx".normalize("NFC"));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile((await download.path()) as string)) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet("Tổng hợp");
  const kimLien = sheet?.getRows(2, sheet.rowCount - 1)?.find((r) => r.getCell(2).value === "xã Kim Liên");
  expect(kimLien?.getCell("F").value).toBe(2);
  expect(typeof kimLien?.getCell("E").value).toBe("number");
  expect(typeof kimLien?.getCell("K").value).toBe("object"); // a date
  const section = await province.page.getByLabel("Mục báo cáo tổng hợp", { exact: false }).inputValue();
  expect(section).toContain("1. Tình hình báo cáo tiến độ của các đơn vị");
  expect(section).toMatch(
    /Trong quý II năm 2026 \(số liệu tính từ ngày 15\/3\/2026 đến ngày 14\/6\/2026\), 1 đơn vị/,
  );
  expect(section).toContain("xã Kim Liên");
});

test("two computers of the commune that change one entry apart are reconciled in the return-file review, nothing lost", async ({
  browser,
}) => {
  const password = hub.passwords.get(COMMUNE.user) as string;
  const office = await newPerson(browser, RG);
  const agency = await newPerson(browser, RG);
  for (const p of [office, agency]) {
    await p.page.goto(RG);
    await signIn(p.page, COMMUNE.user, password);
    await quarterTwo(p.page);
  }
  await report(office.page, 7, "Bản chung của kỳ");
  await seesResult(agency.page, 7, "Bản chung của kỳ");

  // Both go offline and change the same entry, each its own way.
  await office.context.setOffline(true);
  await agency.context.setOffline(true);
  await report(office.page, 7, "Văn phòng: đã tổ chức 2 hội nghị");
  await report(agency.page, 7, "Phòng VH-XH: đã tổ chức 3 hội nghị");
  await office.context.setOffline(false);
  await agency.context.setOffline(false);

  // The hub keeps both; the office is told, and reviews them as it reviews a return file.
  const notice = office.page.getByText("1 mục tiến độ có hai phiên bản từ hai máy của đơn vị");
  await expect(notice).toBeVisible();
  await expect(hubStatus(office.page)).toHaveAccessibleName(/1 tài liệu có xung đột/);
  await office.page.getByRole("button", { name: "Xem và chọn" }).click();
  const dialog = office.page.getByRole("dialog", { name: "Hai máy của đơn vị đã sửa cùng một mục tiến độ" });
  const sides = dialog.locator(".rg-conflict__side");
  await expect(sides).toHaveCount(2);
  const theirs = ((await sides.nth(1).textContent()) ?? "").includes("Phòng VH-XH")
    ? "Phòng VH-XH: đã tổ chức 3 hội nghị"
    : "Văn phòng: đã tổ chức 2 hội nghị";
  await expectNoAxeViolations(office.page, "the review of two computers' versions");
  await expect(dialog.getByRole("button", { name: "Áp dụng lựa chọn" })).toBeDisabled();
  await dialog.getByLabel("Dùng bản của máy khác", { exact: true }).check();
  await dialog.getByRole("button", { name: "Áp dụng lựa chọn" }).click();
  await expect(notice).toBeHidden();

  // The choice reaches the other computer; the version not chosen is kept aside on the hub.
  await seesResult(agency.page, 7, theirs);
  await seesResult(office.page, 7, theirs);
  await expect(hubStatus(agency.page)).not.toHaveAccessibleName(/xung đột/);
  const archived = await fetch(
    `${hub.url}/${COMMUNE.database}/_all_docs?include_docs=true&startkey=${encodeURIComponent('"archive:xa-kim-lien:"')}&endkey=${encodeURIComponent('"archive:xa-kim-lien:\ufff0"')}`,
    { headers: { authorization: hub.adminAuthorization } },
  ).then((r) => r.json() as Promise<{ rows: { doc: { body: { entry: { result: string } } } }[] }>);
  expect(archived.rows.map((r) => r.doc.body.entry.result)).toContain(
    theirs.startsWith("Phòng") ? "Văn phòng: đã tổ chức 2 hội nghị" : "Phòng VH-XH: đã tổ chức 3 hội nghị",
  );
});
