import type { PartialDate } from "@kehoach/text-vi";
import { describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { axeViolations } from "../test-support/axe.js";
import { DateField, parseDateText } from "./index.js";

describe("parseDateText", () => {
  it("reads day/month/year with any common separator", () => {
    expect(parseDateText("5/3/2026", false)).toEqual({ ok: true, date: { day: 5, month: 3, year: 2026 } });
    expect(parseDateText("05-03-2026", false)).toEqual({ ok: true, date: { day: 5, month: 3, year: 2026 } });
    expect(parseDateText(" 05.03.2026 ", false)).toEqual({
      ok: true,
      date: { day: 5, month: 3, year: 2026 },
    });
  });
  it("accepts month/year and year only in drafts, and refuses them otherwise", () => {
    expect(parseDateText("3/2026", true)).toEqual({ ok: true, date: { month: 3, year: 2026 } });
    expect(parseDateText("2026", true)).toEqual({ ok: true, date: { year: 2026 } });
    expect(parseDateText("3/2026", false)).toEqual({ ok: false, problem: "needs-full" });
  });
  it("refuses dates that do not exist and text that is not a date", () => {
    expect(parseDateText("29/02/2026", false)).toEqual({ ok: false, problem: "not-real" });
    expect(parseDateText("29/02/2028", false).ok).toBe(true);
    expect(parseDateText("5/3/26", false)).toEqual({ ok: false, problem: "format" });
    expect(parseDateText("mùng 5", false)).toEqual({ ok: false, problem: "format" });
    expect(parseDateText("1/1/1800", false)).toEqual({ ok: false, problem: "year-range" });
  });
});

describe("DateField", () => {
  it("reports the date as typed and rewrites it as dd/mm/yyyy on leaving the field", async () => {
    const onValueChange = vi.fn<(d: PartialDate | null) => void>();
    const screen = await render(<DateField label="Ngày ban hành" onValueChange={onValueChange} />);
    const input = screen.getByRole("textbox", { name: "Ngày ban hành" });
    await input.fill("5/3/2026");
    expect(onValueChange).toHaveBeenLastCalledWith({ day: 5, month: 3, year: 2026 });
    await userEvent.tab();
    await expect.element(input).toHaveValue("05/03/2026");
    await expect.element(input).toHaveAccessibleDescription(/Ngày\/tháng\/năm, ví dụ 05\/03\/2026/);
  });

  it("says in Vietnamese what is wrong and where, and marks the field invalid", async () => {
    const screen = await render(<DateField label="Ngày ban hành" />);
    const input = screen.getByRole("textbox", { name: "Ngày ban hành" });
    await input.fill("31/4/2026");
    await userEvent.tab();
    await expect.element(input).toHaveAttribute("aria-invalid", "true");
    await expect
      .element(input)
      .toHaveAccessibleDescription(/Lỗi: Ngày ban hành: 31\/4\/2026 không phải là ngày có thật\./);
    expect(await axeViolations(screen.container)).toEqual([]);
  });

  it("keeps a partial date in a draft", async () => {
    const onValueChange = vi.fn();
    const screen = await render(<DateField label="Thời hạn" allowPartial onValueChange={onValueChange} />);
    const input = screen.getByRole("textbox", { name: "Thời hạn" });
    await input.fill("6/2026");
    await userEvent.tab();
    await expect.element(input).toHaveValue("06/2026");
    expect(onValueChange).toHaveBeenLastCalledWith({ month: 6, year: 2026 });
  });
});
