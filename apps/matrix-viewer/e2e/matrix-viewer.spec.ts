import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { inspectPdf } from "@kehoach/pdf-inspect";
import { expect, type Page, test } from "@playwright/test";
import ExcelJS from "exceljs";

// The matrix viewer in a real browser, on the built app: the sample plan's roles where the plan
// puts them, a group opened into its members, one agency's tasks and nothing else, the exports
// read back (XLSX with exceljs, the PDF appendix with pdf-inspect), plans from the shared
// browser storage, refusals that say where, and no axe violation on any view.

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");

const GROUP = "cac-co-quan-thuoc-ubnd";

async function openSample(page: Page) {
  await page.goto("./");
  await page.getByRole("button", { name: "Mở kế hoạch mẫu" }).click();
  await expect(page.getByRole("grid")).toBeVisible();
}

function cell(page: Page, row: string, task: string) {
  return page.getByRole("grid").locator(`[data-row-key="${row}"] [data-col-key="0:${task}"]`);
}

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the site's CSP rightly refuses inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            o: object,
          ): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
  });
}

test("shows the sample plan's roles in the cells where the plan puts them", async ({ page }) => {
  await openSample(page);
  await expect(
    page.getByRole("heading", { name: "Ma trận phân công: 10 cơ quan, đơn vị × 14 nhiệm vụ" }),
  ).toBeVisible();
  await expect(cell(page, "phong-vhxh", "t01")).toHaveAccessibleName("Chủ trì");
  await expect(cell(page, "phong-vhxh", "t02")).toHaveAccessibleName("Phối hợp");
  await expect(cell(page, "van-phong", "t02")).toHaveAccessibleName("Chủ trì");
  await expect(cell(page, "trung-tam-pvhcc", "t05")).toHaveAccessibleName("Chủ trì");
  await expect(cell(page, "phong-kinh-te", "t01")).toHaveAccessibleName("");
  // The codes are text in shapes of their own, not colour alone.
  await expect(cell(page, "phong-vhxh", "t01")).toContainText("CT");
  // Totals: Phòng Văn hóa - Xã hội has 11 tasks; task 9 has four agencies.
  const grid = page.getByRole("grid");
  await expect(grid.locator('[data-row-key="phong-vhxh"] [aria-colindex="2"]')).toHaveText("11");
  await expect(grid.locator('.mx-row--totals [data-col-key="0:t09"]')).toHaveText("4");

  // Turned round, tasks run down and agencies across; the cells say the same.
  await page.getByRole("switch", { name: "Đổi chiều: nhiệm vụ theo hàng" }).click();
  await expect(grid.locator('[data-row-key="0:t01"] [data-col-key="phong-vhxh"]')).toHaveAccessibleName(
    "Chủ trì",
  );
  await expect(grid.locator('[data-row-key="0:t02"] [data-col-key="van-phong"]')).toHaveAccessibleName(
    "Chủ trì",
  );
  await page.getByRole("switch", { name: "Đổi chiều: nhiệm vụ theo hàng" }).click();

  // Keyboard: from a cell, → moves to the next task and Enter tells what the cell says.
  await cell(page, "phong-vhxh", "t01").click();
  await page.keyboard.press("ArrowRight");
  await expect(cell(page, "phong-vhxh", "t02")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator(".mv-detail output")).toContainText("Phòng Văn hóa - Xã hội — nhiệm vụ 2");
  await expect(page.locator(".mv-detail output")).toContainText("Phối hợp");
});

test("opens a group into its members from the locality directory, and closes it again", async ({ page }) => {
  await openSample(page);
  // Groups come last (sorted by kind): scroll the matrix down to them.
  await page.getByRole("grid").evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  const group = page.getByRole("grid").locator(`[data-row-key="${GROUP}"] [role="rowheader"]`);
  await expect(group).toHaveAttribute("aria-expanded", "false");
  await group.click();
  await expect(group).toHaveAttribute("aria-expanded", "true");
  await page.getByRole("grid").evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  const member = page.getByRole("grid").locator(`[data-row-key="${GROUP}>phong-kinh-te"]`);
  await expect(member.getByRole("rowheader")).toContainText("Phòng Kinh tế");
  await expect(member.locator('[data-col-key="0:t02"]')).toHaveAccessibleName("Phối hợp");
  await expect(member.locator('[data-col-key="0:t14"]')).toHaveAccessibleName("Phối hợp");
  for (const key of ["van-phong", "phong-vhxh", "trung-tam-pvhcc"]) {
    await expect(page.getByRole("grid").locator(`[data-row-key="${GROUP}>${key}"]`)).toHaveCount(1);
  }
  await group.focus();
  await page.keyboard.press("Enter");
  await expect(group).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("grid").locator(`[data-row-key="${GROUP}>phong-kinh-te"]`)).toHaveCount(0);
});

test("filters to one agency and shows exactly its tasks, in the matrix and in its own list", async ({
  page,
}) => {
  await openSample(page);
  const picker = page.getByRole("combobox", { name: "Cơ quan, đơn vị" });
  await picker.fill("phong kinh te");
  await page.getByRole("option", { name: "Phòng Kinh tế" }).click();
  await expect(
    page.getByRole("heading", { name: "Ma trận phân công: 2 cơ quan, đơn vị × 3 nhiệm vụ" }),
  ).toBeVisible();
  const headers = page.getByRole("grid").locator(".mx-colhead .mx-colhead__label");
  await expect(headers).toHaveText(["2", "11", "14"]);

  await page.getByRole("tab", { name: "Đơn vị của tôi" }).click();
  await page.getByRole("combobox", { name: "Chọn cơ quan, đơn vị" }).fill("Phòng KT");
  await page.getByRole("option", { name: "Phòng Kinh tế" }).click();
  const table = page.getByRole("table", { name: "Nhiệm vụ của Phòng Kinh tế (3)" });
  await expect(table.getByRole("rowheader")).toHaveCount(3);
  await expect(table.getByRole("row").nth(1)).toContainText("qua nhóm “Các cơ quan, đơn vị thuộc UBND xã”");
  await expect(table.getByRole("row").nth(2)).toContainText("Phối hợp");

  // By due date: the quarterly report (due 31/3) comes first, the standing task last.
  await page.getByRole("radio", { name: "Theo thời hạn" }).check();
  await expect(table.getByRole("row").nth(1)).toContainText("Tổng hợp, báo cáo kết quả");

  // Printed, the page is the agency's list alone, under its own title.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByText("NHIỆM VỤ CỦA PHÒNG KINH TẾ", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Kế hoạch đang xem" })).toBeHidden();
  await expect(page.getByRole("tablist")).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  // The link opens the same list on another visit.
  const link = await page.getByRole("textbox", { name: "Liên kết đến trang này" }).inputValue();
  expect(link).toContain("kh=mau");
  expect(link).toContain("donvi=phong-kinh-te");
  await page.goto(link);
  await expect(page.getByRole("table", { name: "Nhiệm vụ của Phòng Kinh tế (3)" })).toBeVisible();
  await expect(page.getByRole("table").getByRole("row").nth(1)).toContainText("Tổng hợp, báo cáo kết quả");
});

test("exports the matrix to XLSX that reads back to the same cells, and to CSV with a BOM", async ({
  page,
}) => {
  await openSample(page);
  const xlsxDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Xuất Excel (.xlsx)" }).click();
  const xlsxFile = await xlsxDownload;
  expect(xlsxFile.suggestedFilename()).toBe(
    "Phân công - Kế hoạch 15-KH-UBND - Tuyên truyền cải cách hành chính năm 2026 trên địa bàn xã Kim Liên.xlsx",
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await xlsxFile.path()) as string)) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Ma trận phân công");
  if (!sheet) throw new Error("no matrix sheet");
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const columnOf = (task: number) => header.findIndex((h) => h.startsWith(`${task}. `)) + 1;
  const rowOf = (name: string) => {
    for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).text === name) return r;
    throw new Error(`no row ${name}`);
  };
  const read = (name: string, task: number) => sheet.getCell(rowOf(name), columnOf(task)).text;
  const pairs: [string, string, number][] = [
    ["phong-vhxh", "Phòng Văn hóa - Xã hội", 1],
    ["phong-vhxh", "Phòng Văn hóa - Xã hội", 2],
    ["van-phong", "Văn phòng HĐND và UBND xã", 2],
    ["trung-tam-pvhcc", "Trung tâm Phục vụ hành chính công xã", 4],
    ["phong-kinh-te", "Phòng Kinh tế", 11],
    ["phong-kinh-te", "Phòng Kinh tế", 1],
  ];
  for (const [key, name, task] of pairs) {
    const shown = await cell(page, key, `t${String(task).padStart(2, "0")}`).evaluate(
      (el) => el.querySelector(".mx-sr")?.textContent ?? "",
    );
    expect(read(name, task), `${name}, nhiệm vụ ${task}`).toBe(shown);
  }
  expect(read("Phòng Văn hóa - Xã hội", 1)).toBe("Chủ trì");
  expect(sheet.getCell(rowOf("Phòng Văn hóa - Xã hội"), 3).text).toBe("11");

  const csvDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Xuất CSV" }).click();
  const csv = await readFile((await (await csvDownload).path()) as string);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.toString("utf8")).toContain("Phòng Văn hóa - Xã hội,Cơ quan chuyên môn,11,Chủ trì,Phối hợp,");
});

test("exports the phụ lục “Bảng phân công nhiệm vụ” as a PDF and a Word file that name every agency", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 1600 }); // every row of the matrix on screen
  await openSample(page);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Xuất phụ lục PDF" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Kế hoạch 15-KH-UBND - .* - Phụ lục phân công\.pdf$/);
  await expect(page.locator(".mv-export-state").first()).toHaveText(/^Đã tạo tệp/);
  const pdf = await inspectPdf(new Uint8Array(await readFile((await file.path()) as string)));
  const first = pdf.pages.findIndex((p) => p.lines[0] === "Phụ lục");
  expect(first).toBeGreaterThan(0);
  const pages = pdf.pages.slice(first);
  expect(pages[0]?.width).toBeGreaterThan(pages[0]?.height ?? 0);
  expect(pages[0]?.lines.join(" ")).toContain("BẢNG PHÂN CÔNG NHIỆM VỤ");
  const drawn = pages
    .map((p) => p.runs.map((r) => r.text).join(" "))
    .join(" ")
    .replace(/\s+/g, " ");
  const names = await page
    .getByRole("grid")
    .locator(".mx-row[data-row-key] .mx-rowhead__label")
    .allTextContents();
  expect(names.length).toBe(10);
  for (const name of names) expect(drawn).toContain(name);

  // The same phụ lục as a Word file, read back through a real client (LibreOffice).
  const wordDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Xuất phụ lục Word" }).click();
  const word = await wordDownload;
  expect(word.suggestedFilename()).toMatch(/^Kế hoạch 15-KH-UBND - .* - Phụ lục phân công\.docx$/);
  const { convertDocxToPdf } = await import("@kehoach/pdf-inspect/libreoffice");
  const converted = await convertDocxToPdf([
    { name: "phu-luc", bytes: new Uint8Array(await readFile((await word.path()) as string)) },
  ]);
  const fromWord = (await inspectPdf(converted.get("phu-luc") as Uint8Array)).text.replace(/\s+/g, " ");
  expect(fromWord).toContain("BẢNG PHÂN CÔNG NHIỆM VỤ");
  for (const name of names) expect(fromWord).toContain(name);
});

test("opens plans from the browser storage shared with the plan builder, several at once", async ({
  page,
}) => {
  await page.goto("./");
  const { samplePlan } = await import("@kehoach/plan-model/sample");
  const second = {
    ...structuredClone(samplePlan),
    id: "ke-hoach-thu-hai",
    number: "16",
    title: "Chuyển đổi số năm 2026",
  };
  await page.evaluate(async (plan) => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open("kehoach-kit", 1);
      open.onupgradeneeded = () => {
        const plans = open.result.createObjectStore("plans", { keyPath: "id" });
        plans.createIndex("updatedAt", "updatedAt");
        open.result.createObjectStore("meta");
      };
      open.onsuccess = () => {
        const tx = open.result.transaction("plans", "readwrite");
        tx.objectStore("plans").put({ id: plan.id, plan, updatedAt: new Date().toISOString(), revision: 1 });
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
      open.onerror = () => reject(open.error);
    });
  }, second);
  await page.reload();
  await page.getByRole("button", { name: "Mở “Chuyển đổi số năm 2026”" }).click();
  await page.getByText("Mở thêm kế hoạch (cùng địa phương)").click();
  await page.getByRole("button", { name: "Mở kế hoạch mẫu" }).click();
  await expect(
    page.getByRole("heading", { name: "Ma trận phân công: 10 cơ quan, đơn vị × 28 nhiệm vụ" }),
  ).toBeVisible();
  await expect(page.getByRole("grid").locator(".mx-colhead__label").first()).toHaveText("KH 16/KH-UBND · 1");
  await expect(page.getByRole("grid").locator('[data-row-key="phong-vhxh"] [aria-colindex="2"]')).toHaveText(
    "22",
  );
});

test("refuses a faulty plan file and says what is wrong and where", async ({ page }) => {
  await page.goto("./");
  const { samplePlan } = await import("@kehoach/plan-model/sample");
  const broken = { ...structuredClone(samplePlan), planYear: "năm nay" };
  await page.locator('input[type="file"]').setInputFiles({
    name: "ke-hoach-loi.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  const alert = page.getByRole("alert").filter({ hasText: "Không mở được tệp “ke-hoach-loi.json”" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("Năm");
  await expect(page.getByRole("grid")).toHaveCount(0);
  // In English, the same problem in English, no longer marked as Vietnamese text.
  await page.getByRole("button", { name: "English" }).click();
  const english = page.getByRole("alert").filter({ hasText: "Could not open the file “ke-hoach-loi.json”" });
  await expect(english).toContainText("Plan year: Wrong type of data: expected a number.");
  await expect(english.locator("li [lang='vi']")).toHaveCount(0);
});

test("has no axe violation on any view", async ({ page }) => {
  await page.goto("./");
  // The first screen, drawn: axe on the page before React has rendered it finds no landmark.
  const openSampleButton = page.getByRole("button", { name: "Mở kế hoạch mẫu" });
  await expect(openSampleButton).toBeVisible();
  await expect(page.getByRole("main")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await openSampleButton.click();
  await expect(page.getByRole("grid")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  for (const tab of ["Đơn vị của tôi", "Tiến độ theo tháng", /^Cần xem lại/]) {
    await page.getByRole("tab", { name: tab }).click();
    await expect(page.getByRole("tab", { name: tab })).toHaveAttribute("aria-selected", "true");
    await expect(page.getByRole("tabpanel")).toBeVisible();
    if (tab === "Đơn vị của tôi") {
      await page.getByRole("combobox", { name: "Chọn cơ quan, đơn vị" }).fill("van hoa");
      await page.getByRole("option", { name: "Phòng Văn hóa - Xã hội" }).click();
    }
    expect(await axeViolations(page), String(tab)).toEqual([]);
  }
});
