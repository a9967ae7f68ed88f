import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locality } from "@kehoach/plan-model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hubLayout } from "../layout.js";
import { type Engine, startEngine } from "../testing/engine.test-helpers.js";
import { hubState, removeHub } from "../testing/hub.test-helpers.js";
import { testLocality } from "../testing/locality.test-helpers.js";
import { type CliIo, main } from "./cli.js";
import { provision } from "./provision.js";

const repoRoot = join(import.meta.dirname, "..", "..", "..", "..");
let engine: Engine;
let folder: string;
const locality = testLocality();
const layout = hubLayout(locality);

beforeAll(async () => {
  engine = await startEngine();
  folder = await mkdtemp(join(tmpdir(), "kehoach-hub-setup-"));
});
afterAll(async () => {
  await removeHub(engine, grow(locality));
  await engine.stop();
  await rm(folder, { recursive: true, force: true });
});

function captureIo(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l), cwd: folder };
}

describe(`hub:setup (engine: ${process.env.HUB_URL ? "CouchDB at HUB_URL" : "PouchDB Server"})`, () => {
  it("in a dry run says what it would do and changes nothing", async () => {
    const before = await hubState(engine, locality);
    const report = await provision({ url: engine.url, admin: engine.admin, locality, dryRun: true });
    expect(await hubState(engine, locality)).toEqual(before);
    expect(report.changed).toBe(true);
    expect(report.credentials).toEqual([]);
    for (const unit of report.units) {
      expect(unit.actions[0]).toBe("sẽ tạo cơ sở dữ liệu");
      expect(unit.actions).toContain(
        `sẽ tạo người dùng ${layout.units.find((u) => u.database === unit.database)?.user}`,
      );
    }
  });

  it("creates every unit database with its security, rules, user and replication, prints one line each and the roles, and keeps passwords to a 0600 file", async () => {
    const io = captureIo();
    const code = await main(
      [
        "--url",
        engine.url,
        "--admin",
        `${engine.admin.name}:${engine.admin.password}`,
        "--locality",
        await writeLocality(),
      ],
      repoRoot,
      io,
    );
    expect(io.errors).toEqual([]);
    expect(code).toBe(0);
    for (const unit of layout.units) {
      const line = io.lines.filter((l) => l.trimStart().startsWith(`${unit.database} `));
      expect(line).toHaveLength(1);
      expect(line[0]).toContain(`${unit.name}: tạo cơ sở dữ liệu; đặt quyền truy cập; ghi quy tắc kiểm tra`);
    }
    expect(io.lines).toContain(
      `Vai trò: ${layout.province.role} (tỉnh, chỉ đọc); ${layout.units.map((u) => u.role).join(", ")}`,
    );
    const csvPath = join(folder, "hub-users.csv");
    expect((await stat(csvPath)).mode & 0o777).toBe(0o600);
    const rows = (await readFile(csvPath, "utf8")).trim().split("\n");
    expect(rows[0]).toBe("Đơn vị,Tên đăng nhập,Mật khẩu,Cơ sở dữ liệu,Vai trò,Thời điểm tạo");
    const passwords = rows.slice(1).map((r) => r.split(",")[2] as string);
    expect(passwords).toHaveLength(layout.units.length + 2);
    for (const password of passwords) {
      expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
      expect(io.lines.join("\n")).not.toContain(password);
    }

    const security = await engine.request("GET", `/${layout.units[0]?.database}/_security`);
    expect(security.body).toEqual({
      admins: { names: [], roles: [] },
      members: { names: [layout.replicator.user], roles: [layout.units[0]?.role, layout.province.role] },
    });
    const province = await engine.request("GET", `/${layout.province.database}/_security`);
    expect(province.body).toEqual({
      admins: { names: [layout.replicator.user], roles: [] },
      members: { names: [], roles: [layout.province.role] },
    });
  });

  it("is idempotent: a second run finds nothing to do and leaves every revision as it was", async () => {
    const before = await hubState(engine, locality);
    const io = captureIo();
    const code = await main(
      [
        "--url",
        engine.url,
        "--admin",
        `${engine.admin.name}:${engine.admin.password}`,
        "--locality",
        await writeLocality(),
      ],
      repoRoot,
      io,
    );
    expect(code).toBe(0);
    expect(await hubState(engine, locality)).toEqual(before);
    expect(io.lines.filter((l) => l.endsWith(": không thay đổi"))).toHaveLength(layout.units.length + 1);
    expect(io.lines.at(-1)).toBe("Xong: máy chủ đã đúng như cấu hình, không thay đổi gì.");
    const dry = await provision({ url: engine.url, admin: engine.admin, locality, dryRun: true });
    expect(dry.changed).toBe(false);
  });

  it("rotates one unit's password on request and nothing else", async () => {
    const before = await hubState(engine, locality);
    const unit = layout.units[1]!;
    const report = await provision({ url: engine.url, admin: engine.admin, locality, rotate: [unit.code] });
    expect(report.credentials.map((c) => c.user)).toEqual([unit.user]);
    const after = await hubState(engine, locality);
    expect(Object.keys(after).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]))).toEqual([
      `user ${unit.user}`,
    ]);
  });

  it("adds a unit given a hub code later without touching the others or their replication", async () => {
    const before = await hubState(engine, locality);
    const grown = grow(locality);
    const report = await provision({ url: engine.url, admin: engine.admin, locality: grown });
    const added = hubLayout(grown).units.find((u) => u.code === "cong-an-tinh")!;
    expect(report.units.filter((u) => u.actions.length > 0).map((u) => u.database)).toEqual([added.database]);
    expect(report.credentials.map((c) => c.user)).toEqual([added.user]);
    expect(report.replication).toEqual([`ghi 1 lệnh sao chép liên tục về ${layout.province.database}`]);
    const after = await hubState(engine, grown);
    for (const key of Object.keys(before)) expect(after[key], key).toEqual(before[key]);
  });

  it("says in Vietnamese what is wrong: an unreachable server, a wrong admin password, an unknown locality, a non-admin account", async () => {
    const run = async (...argv: string[]) => {
      const io = captureIo();
      const code = await main(argv, repoRoot, io);
      return { code, text: io.errors.join("\n") };
    };
    const admin = `${engine.admin.name}:${engine.admin.password}`;
    const closed = await run("--url", "http://127.0.0.1:9", "--admin", admin, "--locality", "nghe-an");
    expect(closed.code).toBe(1);
    expect(closed.text).toContain("Không kết nối được máy chủ CouchDB tại http://127.0.0.1:9");
    const wrong = await run(
      "--url",
      engine.url,
      "--admin",
      `${engine.admin.name}:sai-mat-khau`,
      "--locality",
      "nghe-an",
    );
    expect(wrong.text).toContain(`từ chối tài khoản quản trị “${engine.admin.name}” (401`);
    expect(wrong.text).not.toContain("sai-mat-khau");
    const missing = await run("--url", engine.url, "--admin", admin, "--locality", "ha-noi");
    expect(missing.text).toMatch(/Không tìm thấy địa phương “ha-noi”.*Các địa phương có: .*nghe-an/s);
    const noHub = await run("--url", engine.url, "--admin", admin, "--locality", "kim-lien");
    expect(noHub.text).toContain("chưa có đơn vị nào có mã trên máy chủ tỉnh (hubCode)");
    const rows = (await readFile(join(folder, "hub-users.csv"), "utf8")).trim().split("\n");
    const unitRow = rows.find((r) => r.includes(`,${layout.units[0]!.user},`))!.split(",");
    const notAdmin = await run(
      "--url",
      engine.url,
      "--admin",
      `${unitRow[1]}:${unitRow[2]}`,
      "--locality",
      await writeLocality(),
    );
    expect(notAdmin.text).toContain("không phải quản trị máy chủ (_admin)");
    const usage = await run("--url", engine.url);
    expect(usage.code).toBe(1);
    expect(usage.text).toContain("Thiếu --admin, --locality.");
  });
});

/** The locality with one more unit on the hub: the Công an tỉnh, until now without a hub code. */
function grow(base: Locality): Locality {
  const grown = structuredClone(base);
  grown.agencies = grown.agencies.map((a) =>
    a.id === "cong-an-tinh" ? { ...a, hubCode: "cong-an-tinh" } : a,
  );
  return grown;
}

async function writeLocality(): Promise<string> {
  const { writeFile } = await import("node:fs/promises");
  const file = join(folder, "locality.json");
  await writeFile(file, JSON.stringify(locality));
  return file;
}
