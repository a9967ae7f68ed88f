import { randomBytes } from "node:crypto";
import type { Locality } from "@kehoach/plan-model";
import { assignTasks, type IssuedPlan, type Unassigned } from "../assignments.js";
import { DESIGN_DOC_ID, type DesignDoc, OWN_FILTER, provinceDesignDoc, unitDesignDoc } from "../design.js";
import { readHubDoc } from "../docs.js";
import { planKey } from "../ids.js";
import { type HubLayout, type HubUnit, hubLayout } from "../layout.js";
import { basicAuth, type CouchClient, createCouchClient, expectStatus, HubSetupError } from "./couch.js";

// Provisioning brings a CouchDB server to the state the locality describes, and changes only what
// differs, so running it twice leaves the second run with nothing to do. It reads first, decides,
// and (unless it is a dry run) writes: the system databases, the province's roll-up database, then
// for every unit its database, _security, design document (with the tasks assigned to it), user
// and the plans issued to it by other units, and last the replication jobs into the province
// database. Passwords are generated only for accounts it creates or is told to rotate; they are
// returned to the caller (which writes them to a file) and never printed.

export interface ProvisionOptions {
  /** The hub as this tool reaches it. */
  url: string;
  /** The hub as the CouchDB nodes reach themselves, for the replication jobs; defaults to url. */
  replicationUrl?: string;
  admin: { name: string; password: string };
  locality: Locality;
  dryRun?: boolean;
  /** Accounts whose password to replace: user names, hub codes, "province", "replicator" or "all". */
  rotate?: readonly string[];
  fetch?: typeof fetch;
  generatePassword?: () => string;
}

export interface NewCredential {
  /** Who the account is for: "xã Kim Liên", "tổng hợp của Tỉnh Nghệ An", "sao chép về tỉnh". */
  holder: string;
  user: string;
  password: string;
  database: string;
  role: string;
}

export interface DatabaseReport {
  database: string;
  name: string;
  role: string;
  /** What was (or, in a dry run, would be) done; empty when nothing changed. */
  actions: string[];
}

export interface ProvisionReport {
  dryRun: boolean;
  layout: HubLayout;
  province: DatabaseReport;
  units: DatabaseReport[];
  /** Replication jobs and the replication account. */
  replication: string[];
  roles: string[];
  credentials: NewCredential[];
  unassigned: Unassigned[];
  changed: boolean;
}

export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

export async function provision(options: ProvisionOptions): Promise<ProvisionReport> {
  const { admin, locality, dryRun = false } = options;
  const layout = hubLayout(locality);
  if (layout.units.length === 0) {
    throw new HubSetupError(
      `Địa phương “${locality.slug}” chưa có đơn vị nào có mã trên máy chủ tỉnh (hubCode) trong locality.json: thêm "hubCode" cho từng xã, phường, sở, ngành báo cáo qua máy chủ.`,
    );
  }
  const couch = createCouchClient(options.url, admin, options.fetch);
  const replicationUrl = options.replicationUrl ?? options.url;
  const newPassword = options.generatePassword ?? generatePassword;
  const rotate = new Set(options.rotate ?? []);
  const rotating = (user: string, code: string) => rotate.has("all") || rotate.has(user) || rotate.has(code);
  const credentials: NewCredential[] = [];
  const verb = (done: string) => (dryRun ? `sẽ ${done}` : done);

  await checkAdmin(couch, admin.name);
  for (const system of ["_users", "_replicator"]) {
    if ((await couch.request("HEAD", `/${system}`)).status === 404 && !dryRun) {
      expectStatus(
        await couch.request("PUT", `/${system}`),
        [201, 202, 412],
        `tạo cơ sở dữ liệu hệ thống ${system}`,
      );
    }
  }

  // The province's roll-up: read by the province role, written only by admins (the replication account).
  const province: DatabaseReport = {
    database: layout.province.database,
    name: layout.province.name,
    role: layout.province.role,
    actions: [],
  };
  await ensureDatabase(couch, layout.province.database, province.actions, verb, dryRun);
  await ensureDoc(
    couch,
    `/${layout.province.database}/_security`,
    {
      admins: { names: [layout.replicator.user], roles: [] },
      members: { names: [], roles: [layout.province.role] },
    },
    province.actions,
    verb("đặt quyền truy cập (chỉ đọc cho tỉnh)"),
    dryRun,
  );
  await ensureDesign(
    couch,
    layout.province.database,
    provinceDesignDoc(layout),
    province.actions,
    verb,
    dryRun,
  );
  await ensureUser(couch, {
    user: layout.province.user,
    role: layout.province.role,
    holder: layout.province.name,
    database: layout.province.database,
    rotate: rotating(layout.province.user, "province"),
    actions: province.actions,
    credentials,
    verb,
    dryRun,
    newPassword,
  });

  // What every unit is assigned, from the plans issued in the unit databases that exist already.
  const issued = await issuedPlans(couch, layout);
  const { byUnit, unassigned } = assignTasks(
    issued.map((i) => ({ unit: i.unit, plan: i.plan })),
    locality,
    layout,
  );

  const units: DatabaseReport[] = [];
  for (const unit of layout.units) {
    const report: DatabaseReport = { database: unit.database, name: unit.name, role: unit.role, actions: [] };
    units.push(report);
    await ensureDatabase(couch, unit.database, report.actions, verb, dryRun);
    await ensureDoc(
      couch,
      `/${unit.database}/_security`,
      {
        admins: { names: [], roles: [] },
        members: { names: [layout.replicator.user], roles: [unit.role, layout.province.role] },
      },
      report.actions,
      verb("đặt quyền truy cập"),
      dryRun,
    );
    const assignments = byUnit.get(unit.code) ?? {};
    await ensureDesign(
      couch,
      unit.database,
      unitDesignDoc(layout, unit, assignments),
      report.actions,
      verb,
      dryRun,
      {
        tasks: Object.values(assignments).reduce((n, ids) => n + ids.length, 0),
      },
    );
    await ensureUser(couch, {
      user: unit.user,
      role: unit.role,
      holder: unit.name,
      database: unit.database,
      rotate: rotating(unit.user, unit.code),
      actions: report.actions,
      credentials,
      verb,
      dryRun,
      newPassword,
    });
    await deliverPlans(couch, unit, assignments, issued, report.actions, verb, dryRun);
  }

  const replication = await ensureReplication(couch, layout, {
    replicationUrl,
    rotate: rotating(layout.replicator.user, "replicator"),
    credentials,
    verb,
    dryRun,
    newPassword,
  });

  const changed = [province, ...units].some((r) => r.actions.length > 0) || replication.length > 0;
  return {
    dryRun,
    layout,
    province,
    units,
    replication,
    roles: [layout.province.role, ...layout.units.map((u) => u.role)],
    credentials,
    unassigned,
    changed,
  };
}

async function checkAdmin(couch: CouchClient, name: string): Promise<void> {
  const session = await couch.request<{ userCtx?: { name?: string; roles?: string[] } }>("GET", "/_session");
  expectStatus(session, [200], `đọc phiên đăng nhập tại ${couch.url}/_session`);
  const roles = session.body.userCtx?.roles ?? [];
  if (!roles.includes("_admin")) {
    throw new HubSetupError(
      `Tài khoản “${name}” đăng nhập được vào ${couch.url} nhưng không phải quản trị máy chủ (_admin); hub:setup cần tài khoản quản trị.`,
    );
  }
}

async function ensureDatabase(
  couch: CouchClient,
  db: string,
  actions: string[],
  verb: (s: string) => string,
  dryRun: boolean,
): Promise<void> {
  const head = await couch.request("HEAD", `/${db}`);
  if (head.status === 200) return;
  expectStatus(head, [404], `kiểm tra cơ sở dữ liệu ${db}`);
  actions.push(verb("tạo cơ sở dữ liệu"));
  if (!dryRun) expectStatus(await couch.request("PUT", `/${db}`), [201, 202, 412], `tạo cơ sở dữ liệu ${db}`);
}

/** A document that must equal `wanted` (ignoring _id/_rev); written only when it differs. */
async function ensureDoc(
  couch: CouchClient,
  path: string,
  wanted: Record<string, unknown>,
  actions: string[],
  action: string,
  dryRun: boolean,
): Promise<void> {
  const current = await couch.request<Record<string, unknown>>("GET", path);
  if (current.status === 200 && sameContent(current.body, wanted)) return;
  if (current.status !== 404) expectStatus(current, [200], `đọc ${path}`);
  actions.push(action);
  if (dryRun) return;
  const rev = current.status === 200 ? (current.body._rev as string | undefined) : undefined;
  expectStatus(
    await couch.request("PUT", path, rev ? { ...wanted, _rev: rev } : wanted),
    [200, 201, 202],
    `ghi ${path}`,
  );
}

async function ensureDesign(
  couch: CouchClient,
  db: string,
  doc: DesignDoc,
  actions: string[],
  verb: (s: string) => string,
  dryRun: boolean,
  detail?: { tasks: number },
): Promise<void> {
  const suffix = detail?.tasks ? ` (${detail.tasks} nhiệm vụ được giao từ kế hoạch của đơn vị khác)` : "";
  await ensureDoc(
    couch,
    `/${db}/${DESIGN_DOC_ID}`,
    { ...doc },
    actions,
    verb(`ghi quy tắc kiểm tra${suffix}`),
    dryRun,
  );
}

interface UserInput {
  user: string;
  role: string;
  holder: string;
  database: string;
  rotate: boolean;
  actions: string[];
  credentials: NewCredential[];
  verb: (s: string) => string;
  dryRun: boolean;
  newPassword: () => string;
}

async function ensureUser(couch: CouchClient, input: UserInput): Promise<boolean> {
  const { user, role, actions, verb, dryRun } = input;
  const path = `/_users/${encodeURIComponent(`org.couchdb.user:${user}`)}`;
  const roles = [role];
  const current = await couch.request<Record<string, unknown>>("GET", path);
  if (current.status !== 404) expectStatus(current, [200], `đọc người dùng ${user}`);
  const exists = current.status === 200;
  const rolesRight =
    exists &&
    sameContent({ r: [...((current.body.roles as string[]) ?? [])].sort() }, { r: [...roles].sort() });
  if (exists && rolesRight && !input.rotate) return false;
  const password = !exists || input.rotate ? (dryRun ? "" : input.newPassword()) : undefined;
  actions.push(
    verb(
      !exists
        ? `tạo người dùng ${user}`
        : input.rotate
          ? `đổi mật khẩu người dùng ${user}`
          : `sửa vai trò của người dùng ${user}`,
    ),
  );
  if (dryRun) return true;
  const doc = exists
    ? { ...current.body, roles, ...(password ? { password } : {}) }
    : { _id: `org.couchdb.user:${user}`, name: user, type: "user", roles, password };
  expectStatus(await couch.request("PUT", path, doc), [200, 201, 202], `ghi người dùng ${user}`);
  if (password)
    input.credentials.push({ holder: input.holder, user, password, database: input.database, role });
  return true;
}

interface Issued extends IssuedPlan {
  docId: string;
  rev: string;
  database: string;
}

/** The issued plans in every unit database that exists, each read through the schemas. */
async function issuedPlans(couch: CouchClient, layout: HubLayout): Promise<Issued[]> {
  const out: Issued[] = [];
  for (const unit of layout.units) {
    const start = JSON.stringify(`plan:${unit.code}:`);
    const end = JSON.stringify(`plan:${unit.code}:\ufff0`);
    const res = await couch.request<{ rows?: { doc?: unknown }[] }>(
      "GET",
      `/${unit.database}/_all_docs?include_docs=true&startkey=${encodeURIComponent(start)}&endkey=${encodeURIComponent(end)}`,
    );
    if (res.status === 404) continue;
    expectStatus(res, [200], `đọc kế hoạch của ${unit.name} (${unit.database})`);
    for (const row of res.body.rows ?? []) {
      const read = readHubDoc(row.doc);
      if (!read.ok || read.doc.type !== "plan" || read.doc.status !== "issued") continue;
      out.push({
        unit: unit.code,
        plan: read.doc.plan,
        docId: read.doc._id,
        rev: read.doc._rev ?? "",
        database: unit.database,
      });
    }
  }
  return out;
}

/**
 * Copies into the unit's database the issued plans that assign it tasks, with their revision
 * history (new_edits=false), so the copy is the same revision as the original: no conflict, and
 * the unit's replication into the province (which takes only the unit's own documents) leaves it.
 */
async function deliverPlans(
  couch: CouchClient,
  unit: HubUnit,
  assignments: Record<string, string[]>,
  issued: readonly Issued[],
  actions: string[],
  verb: (s: string) => string,
  dryRun: boolean,
): Promise<void> {
  const wanted = issued.filter((i) => assignments[planKey({ unit: i.unit, id: i.plan.id })]);
  let count = 0;
  for (const plan of wanted) {
    const path = `/${unit.database}/${encodeURIComponent(plan.docId)}`;
    const current = await couch.request<{ _rev?: string }>("GET", path);
    if (current.status === 200 && current.body._rev === plan.rev) continue;
    count++;
    if (dryRun) continue;
    const source = await couch.request<Record<string, unknown>>(
      "GET",
      `/${plan.database}/${encodeURIComponent(plan.docId)}?revs=true`,
    );
    expectStatus(source, [200], `đọc kế hoạch ${plan.docId}`);
    const written = await couch.request("POST", `/${unit.database}/_bulk_docs`, {
      docs: [source.body],
      new_edits: false,
    });
    expectStatus(written, [201, 202], `chuyển kế hoạch ${plan.docId} cho ${unit.name}`);
  }
  if (count > 0) actions.push(verb(`chuyển ${count} kế hoạch có nhiệm vụ được giao`));
}

interface ReplicationInput {
  replicationUrl: string;
  rotate: boolean;
  credentials: NewCredential[];
  verb: (s: string) => string;
  dryRun: boolean;
  newPassword: () => string;
}

/** The replication job document of a unit: continuous, the unit's own documents only. */
export function replicationDoc(
  layout: HubLayout,
  unit: HubUnit,
  replicationUrl: string,
  authorization: string,
) {
  return {
    source: { url: `${replicationUrl}/${unit.database}`, headers: { Authorization: authorization } },
    target: {
      url: `${replicationUrl}/${layout.province.database}`,
      headers: { Authorization: authorization },
    },
    continuous: true,
    filter: OWN_FILTER,
    kehoach: { locality: layout.locality, unit: unit.code, user: layout.replicator.user },
  };
}

/** The parts of a job that must match; credentials are compared through the account name only. */
function jobShape(doc: Record<string, unknown>) {
  const s = doc.source as { url?: string } | undefined;
  const t = doc.target as { url?: string } | undefined;
  return {
    source: s?.url,
    target: t?.url,
    continuous: doc.continuous,
    filter: doc.filter,
    kehoach: doc.kehoach,
  };
}

async function ensureReplication(
  couch: CouchClient,
  layout: HubLayout,
  input: ReplicationInput,
): Promise<string[]> {
  const { verb, dryRun } = input;
  const actions: string[] = [];
  const user = layout.replicator.user;
  const userPath = `/_users/${encodeURIComponent(`org.couchdb.user:${user}`)}`;
  const account = await couch.request<Record<string, unknown>>("GET", userPath);
  if (account.status !== 404) expectStatus(account, [200], `đọc người dùng ${user}`);

  const jobs = new Map<string, Record<string, unknown> | undefined>();
  let mismatched = 0;
  for (const unit of layout.units) {
    const res = await couch.request<Record<string, unknown>>(
      "GET",
      `/_replicator/${encodeURIComponent(unit.database)}`,
    );
    if (res.status !== 404) expectStatus(res, [200], `đọc lệnh sao chép ${unit.database}`);
    const current = res.status === 200 ? res.body : undefined;
    jobs.set(unit.database, current);
    const wanted = replicationDoc(layout, unit, input.replicationUrl, "");
    if (!current || !sameContent(jobShape(current), jobShape(wanted))) mismatched++;
  }
  const needAccount = account.status === 404;
  if (!needAccount && mismatched === 0 && !input.rotate) return actions;

  // The account's password lives only in the jobs (admins can read them back). Adding a unit
  // reuses it; a new account, a rotation, or jobs that no longer hold it mean a new password, and
  // then every job is rewritten with it, in place (never deleted and recreated, so no job is
  // left stopped).
  const known = needAccount || input.rotate ? undefined : passwordInJobs([...jobs.values()], user);
  const password = known ?? (dryRun ? "" : input.newPassword());
  if (!known) {
    actions.push(
      verb(needAccount ? `tạo tài khoản sao chép ${user}` : `đổi mật khẩu tài khoản sao chép ${user}`),
    );
  }
  const toWrite = layout.units.filter((unit) => {
    const current = jobs.get(unit.database);
    return (
      !known ||
      !current ||
      !sameContent(jobShape(current), jobShape(replicationDoc(layout, unit, input.replicationUrl, "")))
    );
  });
  actions.push(verb(`ghi ${toWrite.length} lệnh sao chép liên tục về ${layout.province.database}`));
  if (dryRun) return actions;
  if (!known) {
    const doc = needAccount
      ? { _id: `org.couchdb.user:${user}`, name: user, type: "user", roles: [], password }
      : { ...account.body, roles: [], password };
    expectStatus(
      await couch.request("PUT", userPath, doc),
      [200, 201, 202],
      `ghi tài khoản sao chép ${user}`,
    );
    input.credentials.push({
      holder: "tài khoản sao chép về tỉnh (chỉ máy chủ dùng)",
      user,
      password,
      database: layout.province.database,
      role: "",
    });
  }
  const authorization = basicAuth(user, password);
  for (const unit of toWrite) {
    const current = jobs.get(unit.database);
    const body = {
      ...replicationDoc(layout, unit, input.replicationUrl, authorization),
      ...(current?._rev ? { _rev: current._rev } : {}),
    };
    const res = await couch.request("PUT", `/_replicator/${encodeURIComponent(unit.database)}`, body);
    expectStatus(res, [201, 202], `ghi lệnh sao chép ${unit.database}`);
  }
  return actions;
}

/** The replication account's password as the jobs carry it, when they all agree on one. */
function passwordInJobs(jobs: (Record<string, unknown> | undefined)[], user: string): string | undefined {
  const found = new Set<string>();
  for (const job of jobs) {
    for (const end of [job?.source, job?.target] as (
      | { headers?: { Authorization?: string } }
      | undefined
    )[]) {
      const header = end?.headers?.Authorization;
      if (!header?.startsWith("Basic ")) continue;
      const decoded = Buffer.from(header.slice(6), "base64").toString("utf8");
      if (decoded.startsWith(`${user}:`)) found.add(decoded.slice(user.length + 1));
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Equal JSON content, ignoring key order, _id, _rev and the fields engines add to their own documents. */
export function sameContent(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === "object") {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v).sort()) {
        if (key === "_id" || key === "_rev" || key.startsWith("_replication_")) continue;
        out[key] = strip((v as Record<string, unknown>)[key]);
      }
      return out;
    }
    return v;
  };
  return JSON.stringify(strip(value));
}
