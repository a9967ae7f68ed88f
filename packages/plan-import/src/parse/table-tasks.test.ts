import { describe, expect, it } from "vitest";
import type { Table } from "../source/blocks.js";
import { tableTasks } from "./table-tasks.js";

const table = (rows: string[][]): Table => ({
  kind: "table",
  origin: "docx",
  rows: rows.map((cells, i) => ({ cells, lines: { from: i + 1, to: i + 1 } })),
  lines: { from: 1, to: rows.length },
});

const roles = (t: Table) =>
  (tableTasks(t)?.tasks ?? []).map((d) => ({
    title: d.title,
    roles: d.roles.map((r) => `${r.role}:${r.names.join("|")}`),
    time: d.time,
  }));

describe("responsibility matrices", () => {
  it("reads agency columns marked CT and PH", () => {
    expect(
      roles(
        table([
          ["TT", "Nhiệm vụ", "Sở Nội vụ", "Sở Tài chính", "UBND các xã, phường", "Thời gian"],
          ["1", "Rà soát vị trí việc làm", "CT", "PH", "PH", "Quý I/2026"],
          ["2", "Bố trí kinh phí", "ph", "Chủ trì", "", "Quý II/2026"],
        ]),
      ),
    ).toEqual([
      {
        title: "Rà soát vị trí việc làm",
        roles: ["lead:Sở Nội vụ", "support:Sở Tài chính", "support:UBND các xã, phường"],
        time: "Quý I/2026",
      },
      { title: "Bố trí kinh phí", roles: ["support:Sở Nội vụ", "lead:Sở Tài chính"], time: "Quý II/2026" },
    ]);
  });

  it("reads x and ✓ by the role written over the agency columns in a two-row header", () => {
    expect(
      roles(
        table([
          ["STT", "Nội dung công việc", "Cơ quan chủ trì", "", "Cơ quan phối hợp", "", "Thời gian"],
          ["", "", "Công an xã", "Phòng Văn hóa - Xã hội", "Đoàn Thanh niên xã", "Hội Phụ nữ xã", ""],
          ["1", "Tuyên truyền phòng, chống ma túy", "x", "", "✓", "x", "Tháng 6/2025"],
          ["2", "Tổ chức ngày hội văn hóa", "", "X", "x", "", "Tháng 9/2025"],
        ]),
      ),
    ).toEqual([
      {
        title: "Tuyên truyền phòng, chống ma túy",
        roles: ["lead:Công an xã", "support:Đoàn Thanh niên xã", "support:Hội Phụ nữ xã"],
        time: "Tháng 6/2025",
      },
      {
        title: "Tổ chức ngày hội văn hóa",
        roles: ["lead:Phòng Văn hóa - Xã hội", "support:Đoàn Thanh niên xã"],
        time: "Tháng 9/2025",
      },
    ]);
  });

  it("lets the first agency marked x lead when no header says which role an x stands for", () => {
    expect(
      roles(
        table([
          ["STT", "Nhiệm vụ", "Sở Y tế", "Công an tỉnh", "Thời gian"],
          ["1", "Kiểm tra an toàn thực phẩm", "x", "x", "Tháng 4/2024"],
        ]),
      )[0]?.roles,
    ).toEqual(["lead:Sở Y tế", "support:Công an tỉnh"]);
  });

  it("does not take a column listing agencies per row for a matrix", () => {
    expect(
      roles(
        table([
          ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
          ["1", "Kiểm tra", "Sở Y tế", "Tháng 4/2024"],
        ]),
      )[0]?.roles,
    ).toEqual(["lead:Sở Y tế"]);
  });
});
