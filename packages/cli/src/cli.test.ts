import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { flattenText, inspectPdf } from "@kehoach/pdf-inspect";
import { serializePlan } from "@kehoach/plan-model";
import { samplePlan } from "@kehoach/plan-model/sample";
import { describe, expect, it } from "vitest";
import { captureIo } from "./capture-io.test-helpers.js";
import { runCli } from "./cli.js";

const dir = await mkdtemp(join(tmpdir(), "kehoach-cli-"));

describe("kehoach render", () => {
  it("renders the built-in sample plan to a PDF that gives back its Vietnamese", async () => {
    const io = captureIo();
    const out = join(dir, "mau.pdf");
    expect(await runCli(["render", "--sample", "-o", out], io)).toBe(0);
    expect(io.stdout).toContain("Đã ghi");
    const text = flattenText((await inspectPdf(new Uint8Array(await readFile(out)))).text);
    expect(text).toContain("Tuyên truyền cải cách hành chính năm 2026 trên địa bàn xã Kim Liên");
    for (const line of [
      "TM. ỦY BAN NHÂN DÂN",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "Trần Thị Minh Hương",
      "- Lưu: VT, VHXH.",
    ]) {
      expect(text).toContain(line);
    }
  }, 30_000);

  it("renders a plan file, with every task's text in the PDF", async () => {
    const io = captureIo();
    const input = join(dir, "ke-hoach.json");
    const plan = { ...samplePlan, title: "Kế hoạch thử nghiệm của Phòng Văn hóa - Xã hội" };
    await writeFile(input, serializePlan(plan));
    const out = join(dir, "ke-hoach.pdf");
    expect(await runCli(["render", input, "-o", out], io)).toBe(0);
    const text = flattenText((await inspectPdf(new Uint8Array(await readFile(out)))).text);
    expect(text).toContain("Kế hoạch thử nghiệm của Phòng Văn hóa - Xã hội");
    for (const task of samplePlan.tasks) {
      // Table cells wrap, so compare the first words of each task.
      expect(text).toContain(task.title.split(" ").slice(0, 4).join(" "));
    }
  }, 30_000);

  it("refuses an invalid plan file with the field and a non-zero exit", async () => {
    const io = captureIo();
    const input = join(dir, "hong.json");
    await writeFile(
      input,
      JSON.stringify({
        ...samplePlan,
        tasks: [{ id: "x", title: "", roles: "Phòng Nội vụ", time: { raw: "" } }],
      }),
    );
    expect(await runCli(["render", input, "-o", join(dir, "hong.pdf")], io)).toBe(1);
    expect(io.stderr).toContain('Tệp "');
    expect(io.stderr).toContain("Nhiệm vụ 1 › Vai trò (tasks[0].roles): Sai kiểu dữ liệu: cần danh sách.");
  });

  it("refuses a file that is not JSON, saying where", async () => {
    const io = captureIo();
    const input = join(dir, "rac.json");
    await writeFile(input, "Kế hoạch năm 2026");
    expect(await runCli(["render", input, "-o", join(dir, "rac.pdf")], io)).toBe(1);
    expect(io.stderr).toMatch(/không phải JSON hợp lệ \(dòng 1, cột 1\)/);
  });

  it("refuses a binary file for what it is, before parsing it", async () => {
    const io = captureIo();
    const input = join(dir, "nhi-phan.json");
    await writeFile(input, "\u0000\u0001binary junk");
    expect(await runCli(["render", input, "-o", join(dir, "rac.pdf")], io)).toBe(1);
    expect(io.stderr).toContain("ký tự rỗng (NUL) ở dòng 1, cột 1");
  });

  it("says plainly when the file does not exist", async () => {
    const io = captureIo();
    expect(await runCli(["render", join(dir, "khong-co.json"), "-o", join(dir, "x.pdf")], io)).toBe(1);
    expect(io.stderr).toMatch(/^Không tìm thấy tệp ".*khong-co\.json"\./);
  });

  it("asks for the output file and for a known command", async () => {
    const io = captureIo();
    expect(await runCli(["render", "--sample"], io)).toBe(2);
    expect(io.stderr).toContain("Thiếu tệp đầu ra");
    expect(await runCli(["in-an"], io)).toBe(2);
    expect(io.stderr).toContain('Không có lệnh "in-an"');
  });
});

describe("the installed kehoach binary", () => {
  const bin = fileURLToPath(new URL("../dist/main.js", import.meta.url));

  it("runs from its build and exits non-zero on a missing file", async () => {
    const run = promisify(execFile);
    const out = join(dir, "bin.pdf");
    const ok = await run(process.execPath, [bin, "render", "--sample", "-o", out]);
    expect(ok.stdout).toContain("Đã ghi");
    await expect(
      run(process.execPath, [bin, "render", join(dir, "none.json"), "-o", out]),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("Không tìm thấy tệp"),
    });
  }, 30_000);

  it("imports a PDF from its build, where pdf.js must find its Node polyfills", async () => {
    const run = promisify(execFile);
    const pdf = fileURLToPath(
      new URL("../../plan-import/src/fixtures/muong-khuong-2024-text-layer.pdf", import.meta.url),
    );
    const { stdout, stderr } = await run(process.execPath, [bin, "import", pdf, "--summary", "-q"]);
    expect(stderr).not.toMatch(/Warning|DOMMatrix/u);
    expect(JSON.parse(stdout)).toMatchObject({ docType: "KH", number: "95", symbol: "KH-UBND" });
  }, 30_000);
});
