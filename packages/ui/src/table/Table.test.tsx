import { describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { axeViolations } from "../test-support/axe.js";
import { Table, type TableColumn } from "./index.js";

interface Task {
  id: string;
  name: string;
  agency: string;
  percent: number | null;
}

const tasks: Task[] = [
  { id: "1", name: "Tuyên truyền pháp luật", agency: "Văn phòng", percent: 80 },
  { id: "2", name: "Đào tạo cán bộ", agency: "Phòng Văn hóa - Xã hội", percent: 20 },
  { id: "3", name: "Ứng dụng công nghệ", agency: "Ăn uống", percent: null },
  { id: "4", name: "Bảo vệ môi trường", agency: "Ban Quản lý", percent: 100 },
];

const columns: TableColumn<Task>[] = [
  { key: "name", header: "Nhiệm vụ", cell: (t) => t.name, sortValue: (t) => t.name, rowHeader: true },
  { key: "agency", header: "Cơ quan chủ trì", cell: (t) => t.agency, sortValue: (t) => t.agency },
  {
    key: "percent",
    header: "Tiến độ",
    cell: (t) => (t.percent === null ? "—" : `${t.percent}%`),
    sortValue: (t) => t.percent,
    align: "end",
  },
];

const rowNames = (container: HTMLElement) =>
  [...container.querySelectorAll("tbody th")].map((th) => th.textContent);

describe("Table", () => {
  it("sorts in Vietnamese order and says so with aria-sort; empty values go last", async () => {
    const screen = await render(
      <Table caption="Nhiệm vụ năm 2026" columns={columns} rows={tasks} rowKey={(t) => t.id} />,
    );
    await screen.getByRole("button", { name: "Sắp xếp theo Nhiệm vụ" }).click();
    expect(rowNames(screen.container)).toEqual([
      "Bảo vệ môi trường",
      "Đào tạo cán bộ",
      "Tuyên truyền pháp luật",
      "Ứng dụng công nghệ",
    ]);
    await expect
      .element(screen.getByRole("columnheader", { name: /Nhiệm vụ/ }))
      .toHaveAttribute("aria-sort", "ascending");
    await screen.getByRole("button", { name: /Sắp xếp theo Tiến độ/ }).click();
    await screen.getByRole("button", { name: /Sắp xếp theo Tiến độ/ }).click();
    expect(rowNames(screen.container)).toEqual([
      "Bảo vệ môi trường",
      "Tuyên truyền pháp luật",
      "Đào tạo cán bộ",
      "Ứng dụng công nghệ",
    ]);
    await expect
      .element(screen.getByRole("button", { name: "Sắp xếp theo Tiến độ (giảm dần)" }))
      .toBeVisible();
    expect(await axeViolations(screen.container)).toEqual([]);
  });

  it("moves between rows with the arrow keys and opens one with Enter", async () => {
    const onRowActivate = vi.fn();
    const screen = await render(
      <Table
        caption="Nhiệm vụ"
        columns={columns}
        rows={tasks}
        rowKey={(t) => t.id}
        onRowActivate={onRowActivate}
      />,
    );
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    const firstRow = screen.getByRole("row").nth(1);
    await expect.element(firstRow).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}{ArrowDown}{Enter}");
    expect(onRowActivate).toHaveBeenCalledWith(tasks[2]);
    await userEvent.keyboard("{End}");
    await expect.element(screen.getByRole("row").nth(4)).toHaveFocus();
    expect(await axeViolations(screen.container)).toEqual([]);
  });

  it("renders only a window of a long table, keeps its true size known, and reaches the last row by keyboard", async () => {
    const many: Task[] = Array.from({ length: 2000 }, (_, i) => ({
      id: String(i),
      name: `Nhiệm vụ số ${String(i + 1).padStart(4, "0")}`,
      agency: "Văn phòng",
      percent: i % 101,
    }));
    const onRowActivate = vi.fn();
    const screen = await render(
      <Table
        caption="Nhiều nhiệm vụ"
        columns={columns}
        rows={many}
        rowKey={(t) => t.id}
        onRowActivate={onRowActivate}
        maxBlockSize="400px"
      />,
    );
    const rendered = screen.container.querySelectorAll("tbody tr[aria-rowindex]").length;
    expect(rendered).toBeLessThan(60);
    await expect.element(screen.getByRole("table")).toHaveAttribute("aria-rowcount", "2001");
    (screen.container.querySelector("tbody tr[tabindex='0']") as HTMLElement).focus();
    await userEvent.keyboard("{End}");
    const last = screen.getByRole("row", { name: /Nhiệm vụ số 2000/ });
    await expect.element(last).toHaveFocus();
    await expect.element(last).toHaveAttribute("aria-rowindex", "2001");
    await userEvent.keyboard("{Enter}");
    expect(onRowActivate).toHaveBeenCalledWith(many[1999]);
    // The header is still on screen at the bottom of the list (sticky).
    const header = screen
      .getByRole("columnheader", { name: /Nhiệm vụ/ })
      .element()
      .getBoundingClientRect();
    const area = screen.getByRole("region").element().getBoundingClientRect();
    expect(header.top).toBeGreaterThanOrEqual(area.top - 1);
  });
});
