import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type LocalityInput, type Plan, serializePlan } from "@kehoach/plan-model";
import { samplePlan } from "@kehoach/plan-model/sample";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli.js";
import { type CliIo, processIo } from "../io.js";

const dir = await mkdtemp(join(tmpdir(), "kehoach-cli-cmd-"));

function captureIo(): CliIo & { stdout: string; stderr: string } {
  const io = {
    ...processIo,
    stdout: "",
    stderr: "",
    out: (t: string) => {
      io.stdout += t.endsWith("\n") ? t : `${t}\n`;
    },
    err: (t: string) => {
      io.stderr += t.endsWith("\n") ? t : `${t}\n`;
    },
  };
  return io;
}

async function planFile(name: string, change: (p: Plan) => void = () => {}): Promise<string> {
  const plan = structuredClone(samplePlan);
  change(plan);
  const path = join(dir, name);
  await writeFile(path, serializePlan(plan));
  return path;
}

// A small directory of the commune: enough to merge two spellings and expand a group.
const locality: LocalityInput = {
  schemaVersion: 1,
  slug: "kim-lien",
  name: "xã Kim Liên, tỉnh Nghệ An",
  unitId: "xa-kim-lien",
  units: [
    { id: "nghe-an", name: "Nghệ An", type: "tinh", level: "province" },
    {
      id: "xa-kim-lien",
      name: "Kim Liên",
      type: "xa",
      level: "commune",
      parentId: "nghe-an",
      validFrom: "2025-07-01",
    },
  ],
  agencies: [
    {
      id: "ubnd",
      name: "Ủy ban nhân dân xã Kim Liên",
      kind: "ubnd",
      unitId: "xa-kim-lien",
      collective: true,
    },
    {
      id: "vhxh",
      name: "Phòng Văn hóa - Xã hội",
      shortNames: ["VHXH"],
      kind: "co_quan_chuyen_mon",
      unitId: "xa-kim-lien",
      parentId: "ubnd",
    },
    {
      id: "vp",
      name: "Văn phòng HĐND và UBND xã",
      kind: "van_phong",
      unitId: "xa-kim-lien",
      parentId: "ubnd",
    },
    { id: "kt", name: "Phòng Kinh tế", kind: "co_quan_chuyen_mon", unitId: "xa-kim-lien", parentId: "ubnd" },
    {
      id: "pvhcc",
      name: "Trung tâm Phục vụ hành chính công xã",
      kind: "trung_tam_pvhcc",
      unitId: "xa-kim-lien",
      parentId: "ubnd",
    },
    {
      id: "cac-co-quan",
      name: "Các cơ quan, đơn vị thuộc UBND xã",
      aliases: ["Các cơ quan, đơn vị thuộc Ủy ban nhân dân xã"],
      kind: "group",
      memberRule: { parentAgencyId: "ubnd" },
    },
  ],
};

describe("kehoach validate", () => {
  it("reports nothing for the sample plan and exits 0", async () => {
    const io = captureIo();
    expect(await runCli(["validate", "--sample", "--issued"], io)).toBe(0);
    expect(io.stdout).toBe("Không phát hiện vấn đề nào (kiểm tra như văn bản ban hành).\n");
  });

  it("prints each finding with its rule, place and message, and exits 1 while an error remains", async () => {
    const io = captureIo();
    const path = await planFile("loi.json", (p) => {
      p.tasks[2]!.time = { raw: "Năm 2025", kind: "within", period: { unit: "year", year: 2025 } };
      p.tasks[3]!.roles = [];
    });
    expect(await runCli(["validate", path], io)).toBe(1);
    expect(io.stdout).toContain(
      "Lỗi [time-outside-plan-year] Nhiệm vụ 3 › Thời gian thực hiện (tasks[2].time): Nhiệm vụ 3: thời gian “Năm 2025” nằm ngoài năm 2026 của kế hoạch.",
    );
    expect(io.stdout).toContain("Lỗi [task-missing-lead] Nhiệm vụ 4 › Vai trò (tasks[3].roles)");
    expect(io.stdout).toContain("Gợi ý [task-missing-support]");
    expect(io.stdout.trim().split("\n").at(-1)).toBe(
      "Tổng cộng: 2 lỗi, 0 cảnh báo, 1 gợi ý (kiểm tra như dự thảo).",
    );
  });

  it("treats missing issue facts as errors only with --issued", async () => {
    const path = await planFile("du-thao.json", (p) => {
      delete p.number;
    });
    expect(await runCli(["validate", path], captureIo())).toBe(0);
    const io = captureIo();
    expect(await runCli(["validate", path, "--issued"], io)).toBe(1);
    expect(io.stdout).toContain("Lỗi [number-missing]");
  });

  it("exits 0 once the plan waives its only error, and says why", async () => {
    const io = captureIo();
    const path = await planFile("mien.json", (p) => {
      p.title = "Tuyên truyền cải cách chính năm 2026";
      p.waivers.push({ rule: "title-typo", reason: "Giữ nguyên trích yếu của tỉnh" });
    });
    expect(await runCli(["validate", path], io)).toBe(0);
    expect(io.stdout).toContain("(đã miễn: Giữ nguyên trích yếu của tỉnh)");
  });

  it("writes machine-readable JSON with --json", async () => {
    const io = captureIo();
    const path = await planFile("json.json", (p) => {
      p.tasks[0]!.roles = [];
    });
    expect(await runCli(["validate", path, "--json"], io)).toBe(1);
    const result = JSON.parse(io.stdout);
    expect(result).toMatchObject({ mode: "draft", blocking: true, counts: { error: 1 } });
    expect(result.findings[0]).toMatchObject({
      rule: "task-missing-lead",
      severity: "error",
      path: "tasks[0].roles",
    });
  });

  it("checks names against a locality with --locality", async () => {
    const io = captureIo();
    const localityPath = join(dir, "locality.json");
    await writeFile(localityPath, JSON.stringify(locality));
    expect(await runCli(["validate", "--sample", "--locality", localityPath, "--json"], io)).toBe(0);
    const unknown = JSON.parse(io.stdout).findings.filter(
      (f: { rule: string }) => f.rule === "agency-not-in-directory",
    );
    expect(unknown.map((f: { message: string }) => f.message)).toContain(
      "“Trưởng các thôn” không khớp với cơ quan nào trong danh mục của địa phương.",
    );
  });

  it("refuses a plan that does not load, listing its problems", async () => {
    const io = captureIo();
    const path = join(dir, "hong.json");
    await writeFile(path, JSON.stringify({ ...samplePlan, planYear: "2026" }));
    expect(await runCli(["validate", path], io)).toBe(1);
    expect(io.stderr).toContain("Năm kế hoạch (planYear): Sai kiểu dữ liệu: cần số.");
  });
});

describe("kehoach matrix", () => {
  it("prints the matrix as CSV: one agency per row, Vietnamese role labels", async () => {
    const io = captureIo();
    expect(await runCli(["matrix", "--sample"], io)).toBe(0);
    const lines = io.stdout.split("\r\n");
    expect(lines[0]?.startsWith("Cơ quan,1. Ban hành Kế hoạch")).toBe(true);
    expect(lines[1]).toBe(
      "Phòng Văn hóa - Xã hội,Chủ trì,Phối hợp,Chủ trì,,,Chủ trì,Chủ trì,Chủ trì,Chủ trì,Chủ trì,,Phối hợp,Chủ trì,Chủ trì",
    );
  });

  it("writes JSON to a file with a locality, expanding groups on request", async () => {
    const io = captureIo();
    const localityPath = join(dir, "locality-2.json");
    await writeFile(localityPath, JSON.stringify(locality));
    const out = join(dir, "ma-tran.json");
    const args = [
      "matrix",
      "--sample",
      "--format",
      "json",
      "--locality",
      localityPath,
      "--expand-groups",
      "-o",
      out,
    ];
    expect(await runCli(args, io)).toBe(0);
    const json = JSON.parse(await readFile(out, "utf8"));
    const kt = json.agencies.find((a: { id?: string }) => a.id === "kt");
    // Phòng Kinh tế supports t11 itself, and t02 and t14 as one of "Các cơ quan, đơn vị thuộc UBND xã".
    expect(kt.roles).toEqual({ t02: ["support"], t11: ["support"], t14: ["support"] });
    expect(kt.viaGroups).toEqual(["cac-co-quan"]);
    expect(io.stderr).toContain("Chú ý: “Trưởng các thôn” không khớp");
  });

  it("starts a CSV file with a byte-order mark so spreadsheets read its Vietnamese", async () => {
    const out = join(dir, "ma-tran.csv");
    expect(await runCli(["matrix", "--sample", "-o", out], captureIo())).toBe(0);
    const bytes = await readFile(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("refuses an unknown format and group expansion without a locality", async () => {
    const io = captureIo();
    expect(await runCli(["matrix", "--sample", "--format", "xlsx"], io)).toBe(2);
    expect(io.stderr).toContain('Định dạng "xlsx" không được hỗ trợ');
    expect(await runCli(["matrix", "--sample", "--expand-groups"], io)).toBe(2);
    expect(io.stderr).toContain("--expand-groups cần danh mục cơ quan");
  });
});
