import { appendFile, chmod, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { type Locality, parseLocalityJson } from "@kehoach/plan-model";
import { HubSetupError, normaliseUrl } from "./couch.js";
import { type NewCredential, type ProgressFlow, type ProvisionReport, provision } from "./provision.js";

// `pnpm hub:setup --url <couchdb url> --admin <user:password> --locality <slug>`: the words of the
// command. Everything it prints is Vietnamese; a password is never printed, only written to the
// credentials file, which is created readable by its owner alone.

const USAGE = `Cách dùng: pnpm hub:setup --url <địa chỉ CouchDB> --admin <tên:mật khẩu> --locality <địa phương> [tùy chọn]

  --url <địa chỉ>            máy chủ CouchDB, ví dụ https://hub.nghean.gov.vn
  --admin <tên:mật khẩu>     tài khoản quản trị máy chủ (không lưu lại ở đâu)
  --locality <tên>           thư mục localities/<tên>, hoặc đường dẫn tới một locality.json
  --replication-url <địa chỉ> địa chỉ các nút CouchDB tự gọi nhau khi sao chép (mặc định: --url)
  --users-file <tệp>         nơi ghi mật khẩu mới (mặc định hub-users.csv, quyền 600)
  --rotate <ai>              đổi mật khẩu: mã đơn vị, tên người dùng, province, replicator hoặc all (lặp lại được)
  --dry-run                  chỉ in ra những việc sẽ làm, không thay đổi gì
  --help                     in hướng dẫn này`;

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** The folder relative paths are read from (pnpm runs root scripts from the repository root). */
  cwd: string;
  fetch?: typeof fetch;
}

export async function main(argv: string[], repoRoot: string, io: CliIo = defaultIo()): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    io.err(`Lỗi: ${(error as Error).message}`);
    io.err(USAGE);
    return 2;
  }
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  try {
    const missing = (["url", "admin", "locality"] as const).filter((k) => !args[k]);
    if (missing.length > 0)
      throw new HubSetupError(`Thiếu ${missing.map((m) => `--${m}`).join(", ")}.\n${USAGE}`);
    const url = normaliseUrl(args.url as string);
    const replicationUrl = args["replication-url"]
      ? normaliseUrl(args["replication-url"], "--replication-url")
      : undefined;
    const admin = parseAdmin(args.admin as string);
    const locality = await loadLocality(args.locality as string, repoRoot, io.cwd);
    const usersFile = resolve(io.cwd, args["users-file"] ?? "hub-users.csv");
    const dryRun = Boolean(args["dry-run"]);
    io.out(
      `${dryRun ? "Chạy thử (không thay đổi gì)" : "Thiết lập"} máy chủ tỉnh ${url} cho ${locality.name} (${locality.slug}):`,
    );
    const report = await provision({
      url,
      ...(replicationUrl ? { replicationUrl } : {}),
      admin,
      locality,
      dryRun,
      rotate: args.rotate ?? [],
      ...(io.fetch ? { fetch: io.fetch } : {}),
    });
    printReport(report, io);
    if (report.credentials.length > 0) {
      await appendCredentials(usersFile, report.credentials);
      io.out(
        `Mật khẩu mới (${report.credentials.length} tài khoản) đã ghi vào ${usersFile} (chỉ chủ tệp đọc được).`,
      );
      io.out("Trao mật khẩu cho từng đơn vị qua kênh an toàn rồi xóa tệp này.");
    }
    return 0;
  } catch (error) {
    if (error instanceof HubSetupError) {
      io.err(`Lỗi: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      url: { type: "string" },
      admin: { type: "string" },
      locality: { type: "string" },
      "replication-url": { type: "string" },
      "users-file": { type: "string" },
      rotate: { type: "string", multiple: true },
      "dry-run": { type: "boolean" },
      help: { type: "boolean" },
    },
    strict: true,
    allowPositionals: false,
  }).values;
}

function parseAdmin(value: string): { name: string; password: string } {
  const colon = value.indexOf(":");
  if (colon <= 0 || colon === value.length - 1) {
    throw new HubSetupError("--admin phải có dạng tên:mật khẩu, ví dụ --admin admin:matkhau.");
  }
  return { name: value.slice(0, colon), password: value.slice(colon + 1) };
}

/** A slug (localities/<slug>/locality.json) or a path to a locality.json. */
export async function loadLocality(value: string, repoRoot: string, cwd: string): Promise<Locality> {
  const isPath = value.endsWith(".json") || value.includes("/") || value.includes("\\");
  const file = isPath
    ? isAbsolute(value)
      ? value
      : resolve(cwd, value)
    : join(repoRoot, "localities", value, "locality.json");
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    const known = await readdir(join(repoRoot, "localities")).catch(() => [] as string[]);
    throw new HubSetupError(
      `Không tìm thấy địa phương “${value}”: không có tệp ${file}.${known.length > 0 ? ` Các địa phương có: ${known.sort().join(", ")}.` : ""}`,
    );
  }
  const result = parseLocalityJson(text);
  if (!result.ok) {
    throw new HubSetupError(
      `Tệp ${file} không hợp lệ:\n${result.problems.map((p) => `  - ${p.where || "(tệp)"}: ${p.message}`).join("\n")}`,
    );
  }
  return result.locality;
}

function printReport(report: ProvisionReport, io: CliIo): void {
  const width = Math.max(...[report.province, ...report.units].map((r) => r.database.length));
  const line = (r: { database: string; name: string; actions: string[] }) =>
    `  ${r.database.padEnd(width)}  ${r.name}: ${r.actions.length > 0 ? r.actions.join("; ") : "không thay đổi"}`;
  io.out(line(report.province));
  for (const unit of report.units) io.out(line(unit));
  io.out(
    `Sao chép về tỉnh: ${report.replication.length > 0 ? report.replication.join("; ") : `${report.units.length} lệnh sao chép liên tục, không thay đổi`}`,
  );
  printFlows(report, io);
  io.out(`Vai trò: ${report.roles[0]} (tỉnh, chỉ đọc); ${report.roles.slice(1).join(", ")}`);
  if (report.unassigned.length > 0) {
    io.out(
      `Cảnh báo: ${report.unassigned.length} nhiệm vụ có cơ quan chủ trì không có cơ sở dữ liệu trên máy chủ tỉnh:`,
    );
    for (const u of report.unassigned.slice(0, 20)) {
      io.out(
        `  - kế hoạch ${u.plan.id} (${u.plan.unit}), nhiệm vụ ${u.taskId}: ${u.agency || "chưa có cơ quan chủ trì"}`,
      );
    }
  }
  io.out(
    report.dryRun
      ? report.changed
        ? "Chạy thử xong: chưa thay đổi gì trên máy chủ."
        : "Chạy thử xong: máy chủ đã đúng như cấu hình, không có gì phải làm."
      : report.changed
        ? "Xong."
        : "Xong: máy chủ đã đúng như cấu hình, không thay đổi gì.",
  );
}

const FLOW_ACTIONS: Record<ProgressFlow["action"], string> = {
  create: "tạo lệnh sao chép liên tục",
  update: "sửa lệnh sao chép",
  rewrite: "ghi lại lệnh sao chép (mật khẩu mới)",
  remove: "xóa lệnh sao chép (kế hoạch không còn ban hành, hoặc đã giao nhiệm vụ khác cho đơn vị này)",
  left: "để nguyên lệnh cũ đang chạy: máy chủ này không cho xóa lệnh đang chạy; quy tắc của đơn vị ban hành từ chối những gì nó còn chuyển",
  none: "không thay đổi",
};

/**
 * The jobs carrying progress back to the units that issued the plans: the ones that change, one
 * line each (in a dry run every one, so the officer sees what flows where), else a count.
 */
function printFlows(report: ProvisionReport, io: CliIo): void {
  const heading = "Sao chép tiến độ về đơn vị ban hành kế hoạch";
  const running = report.progressFlows.filter((f) => f.action !== "remove" && f.action !== "left").length;
  const shown = report.progressFlows.filter(
    (f) => report.dryRun || (f.action !== "none" && f.action !== "left"),
  );
  if (shown.length === 0) {
    io.out(
      `${heading}: ${running > 0 ? `${running} lệnh sao chép liên tục, không thay đổi` : "chưa có kế hoạch nào giao nhiệm vụ cho đơn vị khác"}`,
    );
    return;
  }
  io.out(`${heading}:`);
  for (const f of shown) {
    const action = FLOW_ACTIONS[f.action];
    const will = report.dryRun && f.action !== "none" && f.action !== "left";
    io.out(
      `  ${f.from} → ${f.to}, kế hoạch “${f.plan.id}” (${f.tasks.length} nhiệm vụ): ${will ? `sẽ ${action}` : action}`,
    );
  }
}

const CSV_HEADER = "Đơn vị,Tên đăng nhập,Mật khẩu,Cơ sở dữ liệu,Vai trò,Thời điểm tạo";

async function appendCredentials(file: string, credentials: readonly NewCredential[]): Promise<void> {
  const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const now = new Date().toISOString();
  const rows = credentials.map((c) =>
    [c.holder, c.user, c.password, c.database, c.role, now].map(cell).join(","),
  );
  // Created readable by its owner alone (or tightened to that) before any password goes in.
  const exists = await stat(file).then(
    () => true,
    () => false,
  );
  if (!exists) await writeFile(file, `${CSV_HEADER}\n`, { mode: 0o600, flag: "wx" });
  await chmod(file, 0o600);
  await appendFile(file, `${rows.join("\n")}\n`);
}

function defaultIo(): CliIo {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    cwd: process.env.INIT_CWD ?? process.cwd(),
  };
}
