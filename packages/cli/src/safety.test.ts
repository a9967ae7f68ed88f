import { execFile } from "node:child_process";
import { link, mkdtemp, readFile, stat, symlink, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { type Plan, serializePlan } from "@kehoach/plan-model";
import { samplePlan } from "@kehoach/plan-model/sample";
import { describe, expect, it } from "vitest";
import { captureIo } from "./capture-io.test-helpers.js";
import { runCli } from "./cli.js";
import { describeFsError } from "./fs-errors.js";
import { shown } from "./shown.js";

// The command line never destroys a file and never fails with a stack trace or an English
// message: each case here once did (issue 15).

const dir = await mkdtemp(join(tmpdir(), "kehoach-cli-safety-"));
const bin = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const run = promisify(execFile);

async function planFile(name: string, change: (p: Plan) => void = () => {}): Promise<string> {
  const plan = structuredClone(samplePlan);
  change(plan);
  const path = join(dir, name);
  await writeFile(path, serializePlan(plan));
  return path;
}

describe("an output never replaces an input or an existing file without --force", () => {
  it("refuses to write the PDF over the plan it reads, by any path to it", async () => {
    const input = await planFile("chinh.json");
    const before = await readFile(input);
    await symlink(input, join(dir, "lien-ket.json"));
    await link(input, join(dir, "cung-inode.json"));
    for (const output of [
      input,
      join(dir, ".", "..", dir.split("/").pop()!, "chinh.json"),
      join(dir, "lien-ket.json"),
      join(dir, "cung-inode.json"),
    ]) {
      const io = captureIo();
      expect(await runCli(["render", input, "-o", output, "--format", "pdf", "--force"], io)).toBe(2);
      expect(io.stderr).toContain("chính là tệp đầu vào");
    }
    expect(await readFile(input)).toEqual(before);
  });

  it("refuses to overwrite an existing output of render, matrix and import; --force replaces it", async () => {
    const input = await planFile("ke-hoach.json");
    const text = join(dir, "cu.txt");
    await writeFile(text, "KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2026\n1. Tổ chức hội nghị\n");
    const cases: [string[], string][] = [
      [["render", input, "-o"], "ban-cu.pdf"],
      [["matrix", input, "-o"], "ma-tran.csv"],
      [["import", text, "-o"], "nhap.json"],
    ];
    for (const [args, name] of cases) {
      const output = join(dir, name);
      await writeFile(output, "giữ nguyên");
      const io = captureIo();
      expect(await runCli([...args, output], io)).toBe(2);
      expect(io.stderr).toContain("đã có: thêm --force để ghi đè");
      expect(await readFile(output, "utf8")).toBe("giữ nguyên");
      expect(await runCli([...args, output, "--force"], captureIo())).toBe(0);
      expect(await readFile(output, "utf8")).not.toBe("giữ nguyên");
    }
  });

  it("creates the folders of a new output, and names a path that runs through a file", async () => {
    const input = await planFile("thu-muc.json");
    expect(await runCli(["render", input, "-o", join(dir, "moi", "sau", "kh.pdf")], captureIo())).toBe(0);
    expect((await stat(join(dir, "moi", "sau", "kh.pdf"))).size).toBeGreaterThan(10_000);
    const io = captureIo();
    expect(await runCli(["render", input, "-o", join(input, "kh.pdf")], io)).toBe(1);
    expect(io.stderr).toMatch(/đi qua một tệp như thể đó là thư mục|thư mục chứa tệp không tồn tại/);
  });
});

describe("input files are checked before they are trusted", () => {
  it("refuses a Windows-1258 plan instead of rendering U+FFFD, and accepts a UTF-8 BOM", async () => {
    const good = serializePlan(samplePlan);
    const bad = join(dir, "windows-1258.json");
    // "Phó Chủ tịch" as Windows-1258 stores it, in the signer's title.
    const at = good.indexOf("Phó Chủ tịch");
    const bytes = Buffer.concat([
      Buffer.from(good.slice(0, at)),
      Buffer.from([0x50, 0x68, 0xf3, 0x20, 0x43, 0x68, 0x75, 0xd2, 0x20, 0x74, 0x69, 0xde, 0x63, 0x68]),
      Buffer.from(good.slice(at + "Phó Chủ tịch".length)),
    ]);
    await writeFile(bad, bytes);
    const io = captureIo();
    expect(await runCli(["validate", bad], io)).toBe(1);
    expect(io.stderr).toContain("không phải văn bản UTF-8");
    expect(io.stderr).toContain("lưu lại dưới dạng UTF-8");
    expect(io.stdout).not.toContain("Không phát hiện vấn đề nào");

    const bom = join(dir, "bom.json");
    await writeFile(bom, `\uFEFF${good}`);
    expect(await runCli(["validate", bom], captureIo())).toBe(0);
  });

  it("refuses a 600 MB file from its size, without reading it", async () => {
    const huge = join(dir, "qua-lon.json");
    await writeFile(huge, "");
    await truncate(huge, 600 * 1024 * 1024); // sparse: no disk used
    const io = captureIo();
    const heapBefore = process.memoryUsage().rss;
    expect(await runCli(["validate", huge], io)).toBe(1);
    expect(io.stderr).toMatch(/quá lớn \(600,0 MB\); giới hạn là 20,0 MB/);
    expect(process.memoryUsage().rss - heapBefore).toBeLessThan(100 * 1024 * 1024);
  });

  it('says a schemaVersion of "2" has the wrong form', async () => {
    const path = join(dir, "phien-ban-chuoi.json");
    await writeFile(path, serializePlan(samplePlan).replace('"schemaVersion": 2', '"schemaVersion": "2"'));
    const io = captureIo();
    expect(await runCli(["validate", path], io)).toBe(1);
    expect(io.stderr).toContain("phải là một số nguyên");
  });
});

describe("messages are Vietnamese, name what is wrong, and echo names safely", () => {
  it("answers an unknown option or a missing value in Vietnamese, with exit code 2", async () => {
    const io = captureIo();
    expect(await runCli(["render", "--sample", "-o", join(dir, "x.pdf"), "--mau"], io)).toBe(2);
    expect(io.stderr).toBe('Lệnh render không có tùy chọn "--mau". Xem "kehoach render --help".');
    const missing = captureIo();
    expect(await runCli(["render", "--sample", "-o"], missing)).toBe(2);
    expect(missing.stderr).toContain('Tùy chọn "--output" cần một giá trị');
  });

  it("shows terminal escape codes and bidi controls in a file name as visible escapes", async () => {
    const io = captureIo();
    expect(await runCli(["validate", join(dir, "a\u001b[31mb\u202e.json")], io)).toBe(1);
    expect(io.stderr).not.toContain("\u001b");
    expect(io.stderr).not.toContain("\u202e");
    expect(io.stderr).toContain("a\\x1b[31mb\\u{202e}.json");
    expect(shown("Kế hoạch.pdf")).toBe('"Kế hoạch.pdf"');
  });

  it("translates every file-system error a user can meet", () => {
    for (const code of ["EEXIST", "EROFS", "ENOSPC", "EACCES", "ENOENT", "EISDIR", "ENOTDIR", "EMFILE"]) {
      const message = describeFsError(Object.assign(new Error(code), { code }), "kh.pdf", "write");
      expect(message).toContain('"kh.pdf"');
      expect(message).not.toContain(code);
    }
    expect(describeFsError({ code: "ENOENT" }, "kh.pdf", "write")).toContain(
      "thư mục chứa tệp không tồn tại",
    );
    expect(describeFsError({ code: "ENOENT" }, "kh.json", "read")).toBe('Không tìm thấy tệp "kh.json".');
  });
});

describe("the installed command behaves at the edges of a terminal", () => {
  it("stops quietly with status 141 when the reader of its output goes away (| head)", async () => {
    const big = await planFile("lon.json", (p) => {
      p.tasks = Array.from({ length: 80 }, (_, k) =>
        p.tasks.map((t) => ({ ...t, id: `${t.id}-${k}` })),
      ).flat();
    });
    const status = await run("bash", [
      "-c",
      `set -o pipefail; node "${bin}" matrix "${big}" --format json | head -c 10 >/dev/null; echo $?`,
    ]);
    expect(status.stdout.trim()).toBe("141");
    expect(status.stderr).toBe("");
  }, 30_000);

  it("says so in Vietnamese when standard output is a full disk", async () => {
    const result = await run("sh", ["-c", `node "${bin}" matrix --sample > /dev/full`]).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect((result as { code: number }).code).toBe(1);
    expect(result.stderr).toContain("ổ đĩa đã đầy");
    expect(result.stderr).not.toMatch(/at |Error:/);
  }, 30_000);
});
