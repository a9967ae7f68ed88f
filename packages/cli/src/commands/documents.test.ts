import { mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { flattenText, inspectPdf } from "@kehoach/pdf-inspect";
import { type Plan, serializePlan } from "@kehoach/plan-model";
import { samplePlan } from "@kehoach/plan-model/sample";
import { createPeriodData, type PeriodEntry, serializeReportFile } from "@kehoach/report-model";
import { describe, expect, it } from "vitest";
import { captureIo } from "../capture-io.test-helpers.js";
import { runCli } from "../cli.js";

// What `render` and `report` say and write: the rule catalogue before every document, issuing
// refused while errors remain, data problems named by their field, the Quyết định that issues a
// plan, and the báo cáo from the report generator's period data file (issue 14).

const dir = await mkdtemp(join(tmpdir(), "kehoach-cli-docs-"));

async function planFile(name: string, change: (p: Plan) => void = () => {}): Promise<string> {
  const plan = structuredClone(samplePlan);
  change(plan);
  const path = join(dir, name);
  await writeFile(path, serializePlan(plan));
  return path;
}

const pdfText = async (path: string) =>
  flattenText((await inspectPdf(new Uint8Array(await readFile(path)))).text);

describe("kehoach render runs the rule catalogue", () => {
  it("renders a draft and says what it still lacks", async () => {
    const input = await planFile("du-thao.json", (p) => {
      p.number = undefined;
      p.issuedOn = { year: 2026 };
      p.tasks[0]!.roles = p.tasks[0]!.roles.filter((r) => r.role !== "lead");
    });
    const io = captureIo();
    const output = join(dir, "du-thao.pdf");
    expect(await runCli(["render", input, "-o", output], io)).toBe(0);
    expect(io.stderr).toMatch(/^Lỗi \[task-missing-lead\] Nhiệm vụ 1 .*\(tasks\[0\]/mu);
    expect(io.stderr).toMatch(/Tổng cộng: 1 lỗi, \d+ cảnh báo/u);
    expect((await stat(output)).size).toBeGreaterThan(10_000);
  });

  it("refuses --issued while errors remain, each with its path, and writes nothing", async () => {
    const input = await planFile("chua-so.json", (p) => {
      p.number = undefined;
    });
    const io = captureIo();
    const output = join(dir, "chua-so.pdf");
    expect(await runCli(["render", input, "-o", output, "--issued"], io)).toBe(1);
    expect(io.stderr).toMatch(/^Lỗi \[number-missing\] Số văn bản \(number\): /mu);
    expect(io.stderr).toContain("Chưa dựng văn bản ban hành");
    await expect(stat(output)).rejects.toThrow();
  });

  it("names the field and the fix for data the renderer cannot print, never 'Lỗi không mong đợi'", async () => {
    const input = await planFile("ky-hieu-trong.json", (p) => {
      p.symbol = "";
    });
    const io = captureIo();
    expect(await runCli(["render", input, "-o", join(dir, "ky-hieu-trong.pdf")], io)).toBe(1);
    expect(io.stderr).toContain("Chưa dựng được văn bản");
    expect(io.stderr).toContain("Ký hiệu (symbol): ký hiệu");
    expect(io.stderr).toContain("ví dụ KH-UBND");
    expect(io.stderr).not.toContain("không mong đợi");
  });

  it("writes the Quyết định that issues the plan, with the plan attached, as the plan builder does", async () => {
    const input = await planFile("co-quyet-dinh.json", (p) => {
      p.decision = {
        number: "25",
        symbol: "QĐ-UBND",
        issuedOn: { year: 2026, month: 1, day: 20 },
        title: "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026",
        authority: "Chủ tịch Ủy ban nhân dân xã Kim Liên",
        bases: [
          {
            kind: "can_cu",
            text: "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            refs: [],
          },
        ],
        articles: [
          "Ban hành kèm theo Quyết định này Kế hoạch tuyên truyền cải cách hành chính năm 2026.",
          "Quyết định này có hiệu lực kể từ ngày ký.",
        ],
      };
    });
    const output = join(dir, "quyet-dinh.pdf");
    expect(await runCli(["render", input, "--decision", "-o", output, "-q"], captureIo())).toBe(0);
    const text = await pdfText(output);
    expect(text).toContain("QUYẾT ĐỊNH");
    expect(text).toContain("Số: 25/QĐ-UBND");
    expect(text).toContain("Điều 1.");
    expect(text).toMatch(/\(Kèm theo Quyết định số 25\/QĐ-UBND/u);
    expect(text).toContain("KẾ HOẠCH");

    const without = captureIo();
    const plain = await planFile("khong-quyet-dinh.json");
    expect(await runCli(["render", plain, "--decision", "-o", join(dir, "x.pdf")], without)).toBe(2);
    expect(without.stderr).toContain('không có quyết định ban hành (trường "decision")');
  });
});

describe("kehoach report writes the báo cáo from a period data file", () => {
  const period = { kind: "quarter", year: 2026, quarter: 2 } as const;
  const cutoff = { closingDay: 14, reportDueDay: 20 };
  const log: PeriodEntry[] = [
    {
      id: "t01@2026-Q2",
      taskId: "t01",
      date: "2026-04-20",
      state: "done",
      completedOn: "2026-04-18",
      result: "Đã ban hành kế hoạch và hướng dẫn các thôn triển khai",
      indicators: [],
      evidence: [],
    },
  ];

  async function periodFile(name: string, draft?: Parameters<typeof createPeriodData>[0]["draft"]) {
    const data = createPeriodData({ plan: samplePlan, period, cutoff, log, draft });
    const path = join(dir, name);
    await writeFile(path, serializeReportFile(data));
    return path;
  }

  it("writes the PDF and the Word file of the period's báo cáo", async () => {
    const plan = await planFile("bc-ke-hoach.json");
    const data = await periodFile("du-lieu-ky.json");
    const pdf = join(dir, "bc.pdf");
    const io = captureIo();
    expect(await runCli(["report", plan, "--period", data, "-o", pdf, "--today", "2026-06-20"], io)).toBe(0);
    const text = await pdfText(pdf);
    expect(text).toContain("BÁO CÁO");
    expect(text).toContain("quý II năm 2026");
    expect(text).toContain("Đã ban hành kế hoạch và hướng dẫn các thôn triển khai");
    expect(await runCli(["report", plan, "--period", data, "-o", join(dir, "bc.docx")], captureIo())).toBe(0);
    expect((await readFile(join(dir, "bc.docx"))).subarray(0, 2).toString()).toBe("PK");
  });

  it("addresses the báo cáo to the body above the issuer, from --locality, when the plan names none", async () => {
    const plan = await planFile("bc-khong-bao-cao.json", (p) => {
      p.reporting = [];
    });
    const data = join(dir, "du-lieu-ky-khong-bao-cao.json");
    const noDuty = { ...samplePlan, reporting: [] };
    await writeFile(data, serializeReportFile(createPeriodData({ plan: noDuty, period, cutoff, log })));
    const locality = fileURLToPath(new URL("../../../../localities/kim-lien/locality.json", import.meta.url));
    const pdf = join(dir, "bc-cap-tren.pdf");
    const args = ["report", plan, "--period", data, "-o", pdf, "-q", "--locality", locality];
    expect(await runCli(args, captureIo())).toBe(0);
    expect(await pdfText(pdf)).toContain("Kính gửi: Ủy ban nhân dân tỉnh Nghệ An");
  });

  it("refuses --issued while the báo cáo has no số, date or signer, and names them", async () => {
    const plan = await planFile("bc-ke-hoach-2.json");
    const data = await periodFile("du-lieu-ky-2.json");
    const io = captureIo();
    expect(await runCli(["report", plan, "--period", data, "-o", join(dir, "bc2.pdf"), "--issued"], io)).toBe(
      1,
    );
    expect(io.stderr).toContain("Lỗi [report-number-missing] Số báo cáo (report.number)");
    expect(io.stderr).toContain("Chưa dựng báo cáo ban hành");
  });

  it("refuses a period file of another plan, and a plan file given as the period", async () => {
    const other = await planFile("ke-hoach-khac.json", (p) => {
      p.id = "ke-hoach-khac";
    });
    const data = await periodFile("du-lieu-ky-3.json");
    const io = captureIo();
    expect(await runCli(["report", other, "--period", data, "-o", join(dir, "bc3.pdf")], io)).toBe(1);
    expect(io.stderr).toContain("không phải kế hoạch đang mở");
    const swapped = captureIo();
    expect(await runCli(["report", other, "--period", other, "-o", join(dir, "bc4.pdf")], swapped)).toBe(1);
    expect(swapped.stderr).toContain("không dùng được");
  });
});
