import { inspectPdf } from "@kehoach/pdf-inspect";
import { responsibilityMatrix } from "@kehoach/plan-model";
import { samplePlan } from "@kehoach/plan-model/sample";
import { nd30Profile, type TableBlock } from "@kehoach/vanban";
import { loadTinosFromNodeModules } from "@kehoach/vanban/fonts/node";
import { renderPdf } from "@kehoach/vanban/pdf";
import { describe, expect, it } from "vitest";
import {
  GRID_MAX_TASKS,
  MATRIX_APPENDIX_TITLE,
  matrixAppendix,
  matrixAppendixDocument,
} from "./matrix-appendix.js";

const matrix = responsibilityMatrix(samplePlan);
const rowOf = (table: TableBlock, name: string) =>
  table.rows.find((r) => "cells" in r && r.cells[1] === name) as { cells: string[] } | undefined;

describe("the matrix as the phụ lục “Bảng phân công nhiệm vụ”", () => {
  it("prints a plan of 14 tasks as a landscape grid, agencies down and role codes under each task", () => {
    const appendix = matrixAppendix(matrix, samplePlan);
    expect(appendix.title).toBe(MATRIX_APPENDIX_TITLE);
    expect(appendix.orientation).toBe("landscape");
    const grid = appendix.body[0] as TableBlock;
    expect(grid.columns.map((c) => c.header)).toEqual([
      "STT",
      "Cơ quan, đơn vị",
      ...samplePlan.tasks.map((_, i) => String(i + 1)),
      "Số nhiệm vụ",
    ]);
    // Phòng Văn hóa - Xã hội leads task 1 and supports task 2; the Văn phòng the other way round.
    const vhxh = rowOf(grid, "Phòng Văn hóa - Xã hội");
    expect(vhxh?.cells.slice(2, 4)).toEqual(["CT", "PH"]);
    expect(vhxh?.cells.at(-1)).toBe("11");
    expect(rowOf(grid, "Văn phòng HĐND và UBND xã")?.cells.slice(2, 4)).toEqual(["PH", "CT"]);
    // The last row counts the agencies on each task: task 9 has a lead and three partners.
    const totals = grid.rows.at(-1) as { cells: string[] };
    expect(totals.cells[1]).toBe("Số cơ quan, đơn vị");
    expect(totals.cells[2 + 8]).toBe("4");
  });

  it("explains the codes it used and lists the tasks behind the column numbers", () => {
    const appendix = matrixAppendix(matrix, samplePlan);
    const legend = appendix.body[1];
    expect(JSON.stringify(legend)).toContain("CT: chủ trì; PH: phối hợp.");
    const tasks = appendix.body[3] as TableBlock;
    expect(tasks.rows[0]).toEqual({
      cells: ["1", samplePlan.tasks[0]?.title, "Kế hoạch, văn bản hướng dẫn", "Quý I/2026"],
    });
  });

  it("prints agency by agency when the tasks are too many for columns, with partners and time", () => {
    const many = {
      ...matrix,
      tasks: Array.from({ length: GRID_MAX_TASKS + 1 }, (_, i) => matrix.tasks[i % 14]),
    };
    expect(matrixAppendix(many as typeof matrix, samplePlan).body[0]).toMatchObject({
      columns: [{ header: "STT" }, { header: "Nhiệm vụ" }, { header: "Vai trò" }, {}, {}, {}],
    });
    const table = matrixAppendix(matrix, samplePlan, { layout: "byAgency" }).body[0] as TableBlock;
    const heading = table.rows.find((r) => "group" in r && r.group.startsWith("Phòng Kinh tế"));
    expect(heading).toEqual({ label: expect.any(String), group: "Phòng Kinh tế (1 nhiệm vụ)" });
    const task11 = table.rows[table.rows.indexOf(heading as never) + 1] as { cells: string[] };
    expect(task11.cells[2]).toBe("Phối hợp");
    expect(task11.cells[4]).toContain("Văn phòng HĐND và UBND xã (CT)");
    expect(task11.cells[5]).toBe("Quý III/2026");
  });

  it("puts section rows for the kinds of agency when asked", () => {
    const appendix = matrixAppendix(matrix, samplePlan, {
      sectionOf: (a) => (a.name.startsWith("Phòng") ? "Cơ quan chuyên môn" : "Khác"),
    });
    const groups = (appendix.body[0] as TableBlock).rows.filter((r) => "group" in r);
    expect(groups.length).toBeGreaterThanOrEqual(2);
    expect(groups[0]).toMatchObject({ label: "I" });
  });

  it("renders after the plan's text on turned pages, referred to the plan, with every agency's name", async () => {
    const doc = matrixAppendixDocument(samplePlan, matrix, { creationDate: "2026-01-20T00:00:00Z" });
    const bytes = await renderPdf(doc, { fonts: await loadTinosFromNodeModules(), profile: nd30Profile(14) });
    const pdf = await inspectPdf(bytes);
    const first = pdf.pages.findIndex((p) => p.lines[0] === "Phụ lục");
    expect(first).toBeGreaterThan(0);
    const appendixPages = pdf.pages.slice(first);
    expect(appendixPages[0]?.width).toBeGreaterThan(appendixPages[0]?.height ?? 0);
    const text = appendixPages.flatMap((p) => p.lines).join("\n");
    expect(text).toContain("BẢNG PHÂN CÔNG NHIỆM VỤ");
    expect(text).toContain("(Kèm theo Kế hoạch số 15/KH-UBND ngày 20 tháng 01 năm 2026");
    // A name that wraps in its cell is drawn line after line, so the drawing order reads it whole.
    const drawn = appendixPages
      .map((p) => p.runs.map((r) => r.text).join(" "))
      .join(" ")
      .replace(/\s+/g, " ");
    for (const row of matrix.rows) expect(drawn).toContain(row.agency.name);
    expect(text.normalize("NFC")).toBe(text);
  }, 30_000);
});

describe("the grid's headers in the PDF", () => {
  it("never break inside a syllable, even with the most task columns the grid takes and a section per kind", async () => {
    const wide = {
      ...matrix,
      tasks: Array.from({ length: GRID_MAX_TASKS }, (_, i) => ({
        ...(matrix.tasks[i % matrix.tasks.length] as (typeof matrix.tasks)[number]),
        id: `x${i}`,
        number: String(i + 1),
      })),
      rows: matrix.rows.map((row) => ({
        ...row,
        cells: Object.fromEntries(Object.values(row.cells).map((roles, i) => [`x${i}`, roles])),
      })),
    };
    const doc = matrixAppendixDocument(samplePlan, wide, {
      creationDate: "2026-01-20T00:00:00Z",
      layout: "grid",
      sectionOf: (a) => (a.name.startsWith("Phòng") ? "Cơ quan chuyên môn" : "Cơ quan, đơn vị khác"),
    });
    const bytes = await renderPdf(doc, { fonts: await loadTinosFromNodeModules(), profile: nd30Profile(14) });
    const pdf = await inspectPdf(bytes);
    const first = pdf.pages.findIndex((p) => p.lines[0] === "Phụ lục");
    const words = new Set(
      pdf.pages
        .slice(first)
        .flatMap((p) => p.runs.map((r) => r.text))
        .flatMap((t) => t.normalize("NFC").split(/\s+/u)),
    );
    const grid = matrixAppendix(wide, samplePlan, { layout: "grid" }).body[0] as TableBlock;
    for (const column of grid.columns) {
      for (const word of column.header.split(/\s+/u))
        expect(words, `“${word}” of “${column.header}”`).toContain(word);
    }
    expect(words).not.toContain("nhiệ");
  }, 30_000);
});
