import { samplePlan } from "@kehoach/plan-model/sample";
import { describe, expect, it } from "vitest";
import { siteData } from "./backup.test-helpers.js";
import {
  BACKUP_SCHEMA_VERSION,
  backupFileName,
  createBackup,
  MAX_BACKUP_BYTES,
  readBackup,
  serializeBackup,
} from "./format.js";

// A backup is read back whole or not at all: every refusal says what is wrong and where, in the
// language of the screen, and ends by saying that nothing was restored.

const utf8 = (text: string) => new TextEncoder().encode(text);

function backupText(change?: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(serializeBackup(createBackup(siteData()))) as Record<string, unknown>;
  change?.(file);
  return JSON.stringify(file);
}

function refusal(bytes: Uint8Array, language: "vi" | "en" = "vi") {
  const read = readBackup(bytes, { language });
  if (read.ok) throw new Error("the file was accepted");
  return read.problems;
}

describe("the backup file", () => {
  it("reads back exactly what it was made of", () => {
    const data = siteData();
    const made = createBackup(data, {
      createdAt: new Date("2026-05-03T10:00:00Z"),
      site: { slug: "kim-lien" },
    });
    const read = readBackup(utf8(serializeBackup(made)));
    expect(read).toEqual({ ok: true, backup: made });
    expect(made).toMatchObject({ format: "kehoach-backup", schemaVersion: BACKUP_SCHEMA_VERSION });
  });

  it("accepts a UTF-8 byte-order mark (Notepad writes one)", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(backupText())]);
    expect(readBackup(bytes).ok).toBe(true);
  });

  it("names its file after the site and the local day", () => {
    expect(backupFileName("kim-lien", new Date(2026, 2, 4, 23, 30))).toBe(
      "kehoach-sao-luu-kim-lien-2026-03-04.json",
    );
    expect(backupFileName(undefined, new Date(2026, 11, 31))).toBe("kehoach-sao-luu-2026-12-31.json");
  });
});

describe("a file that is not a good backup is refused whole, saying what and where", () => {
  it("refuses a file too large before reading it", () => {
    const bytes = new Uint8Array(4);
    Object.defineProperty(bytes, "byteLength", { value: MAX_BACKUP_BYTES + 1 });
    const [first, last] = refusal(bytes);
    expect(first?.message).toMatch(/Tệp quá lớn \(201 MB\); tệp sao lưu tối đa 200 MB/);
    expect(last?.message).toBe("Không khôi phục tệp này; dữ liệu trên trình duyệt giữ nguyên.");
  });

  it("refuses a file saved in Windows-1258 instead of UTF-8, in Vietnamese and in English", () => {
    // "Kế hoạch" as a Windows-1258 editor would write it: bytes that are not UTF-8.
    const bytes = new Uint8Array([0x7b, 0x22, 0x4b, 0xea, 0xd2, 0x20, 0x68, 0x6f, 0x1ea1 & 0xff, 0x22, 0x7d]);
    expect(refusal(bytes)[0]?.message).toMatch(/không phải văn bản UTF-8: byte 0xEA ở dòng 1, cột 4/);
    expect(refusal(bytes, "en")[0]?.message).toMatch(/not UTF-8 text/);
  });

  it("refuses broken JSON, naming the line and column", () => {
    const text = `${backupText().slice(0, 200)}`;
    const [first] = refusal(utf8(text));
    expect(first?.message).toMatch(/^Tệp không phải JSON hợp lệ/);
    expect(refusal(utf8('{\n  "format": "kehoach-backup",\n  x\n}'))[0]?.message).toMatch(/dòng 3, cột 3/);
  });

  it("tells a plan file, an agency's return and a period data file from a backup", () => {
    expect(refusal(utf8(JSON.stringify(samplePlan)))[0]?.message).toMatch(
      /tệp kế hoạch, không phải tệp sao lưu/,
    );
    expect(refusal(utf8('{"format":"kehoach-agency-return","schemaVersion":1}'))[0]?.message).toMatch(
      /tệp báo cáo của một cơ quan/,
    );
    expect(refusal(utf8('{"format":"kehoach-period-data","schemaVersion":1}'))[0]?.message).toMatch(
      /số liệu một kỳ báo cáo/,
    );
    expect(refusal(utf8("[1,2,3]"))[0]?.message).toMatch(/cần một đối tượng JSON/);
    expect(refusal(utf8("   "))[0]?.message).toMatch(/Tệp rỗng/);
  });

  it("says what is wrong with the format version: missing, quoted, newer or impossible", () => {
    const version = (v: unknown) =>
      refusal(
        utf8(
          backupText((f) => {
            f.schemaVersion = v;
          }),
        ),
      )[0];
    expect(version(undefined)).toEqual({
      path: "schemaVersion",
      message: "Thiếu phiên bản định dạng (schemaVersion).",
    });
    expect(version("1")?.message).toMatch(/số nguyên \(ví dụ 1\), không phải "1"/);
    expect(version(2)?.message).toMatch(/phiên bản mới hơn \(định dạng 2\)/);
    expect(version(0)?.message).toMatch(/Phiên bản định dạng 0 không tồn tại/);
  });

  it("refuses a plan that does not validate, naming the plan, the field and the place in the file", () => {
    const problems = refusal(
      utf8(
        backupText((f) => {
          (
            (f.plans as { plan: Record<string, unknown> }[])[0] as { plan: Record<string, unknown> }
          ).plan.planYear = "2026";
        }),
      ),
    );
    expect(problems[0]?.path).toBe("plans[0].plan.planYear");
    expect(problems[0]?.message).toContain(`Kế hoạch “${samplePlan.title}” không hợp lệ: Năm kế hoạch`);
  });

  it("refuses a report record of the wrong shape with its path", () => {
    const problems = refusal(
      utf8(
        backupText((f) => {
          const report = f.report as { entries: { entry: Record<string, unknown> }[] };
          (report.entries[0] as { entry: Record<string, unknown> }).entry.date = "10/5/2026";
        }),
      ),
    );
    expect(problems[0]?.path).toBe("report.entries[0].entry.date");
  });

  it("refuses a plan or a record that appears twice", () => {
    const data = siteData([samplePlan, samplePlan]);
    expect(refusal(utf8(serializeBackup(createBackup(data))))[0]).toEqual({
      path: "plans[1].plan.id",
      message: `Kế hoạch mã “${samplePlan.id}” có hai lần trong tệp.`,
    });
  });

  it("refuses data nested a hundred thousand deep without running out of stack", () => {
    const deep = `${'{"format":"kehoach-backup","schemaVersion":1,"x":'}${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    expect(refusal(utf8(deep))[0]?.message).toMatch(/lồng nhau quá sâu/);
  });

  it("does not let a hostile __proto__ key reach any object", () => {
    const text = backupText().replace('"format"', '"__proto__":{"polluted":true},"format"');
    const read = readBackup(utf8(text));
    expect(read.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(read.ok && (read.backup as unknown as Record<string, unknown>).polluted).toBeFalsy();
  });

  it("speaks English on an English screen", () => {
    const problems = refusal(utf8(JSON.stringify(samplePlan)), "en");
    expect(problems.map((p) => p.message)).toEqual([
      "This is a plan file, not a backup: open it in “Plan builder” with “Import a plan”.",
      "Nothing was restored; the data in this browser is unchanged.",
    ]);
  });
});
