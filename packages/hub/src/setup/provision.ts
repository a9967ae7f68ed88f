import { createHash, randomBytes } from "node:crypto";
import type { Locality } from "@kehoach/plan-model";
import { assignTasks, type Incoming, type IssuedPlan, type Unassigned } from "../assignments.js";
import {
  DESIGN_DOC_ID,
  type DesignDoc,
  ISSUER_FILTER,
  OWN_FILTER,
  provinceDesignDoc,
  unitDesignDoc,
} from "../design.js";
import { readHubDoc } from "../docs.js";
import { type PlanRef, planKey } from "../ids.js";
import { type HubLayout, type HubUnit, hubLayout, unitDatabase } from "../layout.js";
import { basicAuth, type CouchClient, createCouchClient, expectStatus, HubSetupError } from "./couch.js";

// Provisioning brings a CouchDB server to the state the locality describes, and changes only what
// differs, so running it twice leaves the second run with nothing to do. It reads first, decides,
// and (unless it is a dry run) writes: the system databases, the province's roll-up database, then
// for every unit its database, _security, design document (with the tasks assigned to it and what
// its own plans give to others), user and the plans issued to it by other units, and last the
// replication jobs: each unit's into the province database, and, for every issued plan and every
// unit it gives tasks to, one from that unit's database back into the issuer's. Passwords are generated only for accounts it creates or is told to rotate; they are
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
  /** Replication jobs into the province and the replication account. */
  replication: string[];
  /** The jobs that carry units' progress back to the units whose plans gave them tasks. */
  progressFlows: ProgressFlow[];
  roles: string[];
  credentials: NewCredential[];
  unassigned: Unassigned[];
  changed: boolean;
}

/** One job carrying a unit's progress on one plan of another unit back into the issuer's database. */
export interface ProgressFlow {
  /** The job's document id in _replicator: "<source database>:<planKey>". */
  job: string;
  from: string;
  to: string;
  plan: PlanRef;
  /** The tasks whose progress it carries. */
  tasks: string[];
  /**
   * What was (or, in a dry run, would be) done: created; changed (another replication address);
   * rewritten with the replication account's new password; removed, because the plan is no longer
   * issued, gives the unit nothing now, or gives it another set of tasks (which is another job);
   * left running, when the engine does not let a running job be removed (PouchDB Server); nothing.
   */
  action: "create" | "update" | "rewrite" | "remove" | "left" | "none";
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
  const { byUnit, incoming, unassigned } = assignTasks(
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
    const given = incoming.get(unit.code) ?? {};
    await ensureDesign(
      couch,
      unit.database,
      unitDesignDoc(layout, unit, assignments, given),
      report.actions,
      verb,
      dryRun,
      {
        tasks: Object.values(assignments).reduce((n, ids) => n + ids.length, 0),
        senders: new Set(Object.values(given).flatMap((byUnit) => Object.keys(byUnit))).size,
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

  const { replication, progressFlows } = await ensureReplication(couch, layout, incoming, {
    replicationUrl,
    rotate: rotating(layout.replicator.user, "replicator"),
    credentials,
    verb,
    dryRun,
    newPassword,
  });

  const changed =
    [province, ...units].some((r) => r.actions.length > 0) ||
    replication.length > 0 ||
    progressFlows.some((f) => f.action !== "none" && f.action !== "left");
  return {
    dryRun,
    layout,
    province,
    units,
    replication,
    progressFlows,
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
  detail?: { tasks: number; senders: number },
): Promise<void> {
  const parts = [
    ...(detail?.tasks ? [`${detail.tasks} nhiệm vụ được giao từ kế hoạch của đơn vị khác`] : []),
    ...(detail?.senders ? [`nhận tiến độ của ${detail.senders} đơn vị được giao nhiệm vụ`] : []),
  ];
  const suffix = parts.length > 0 ? ` (${parts.join("; ")})` : "";
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

/**
 * The job that carries a unit's progress (and report periods) on one plan of another unit back
 * into the issuer's database, filtered by `kehoach/issuer` in the unit's design document to that
 * plan and the tasks the plan gives the unit. A job never changes: another set of tasks is
 * another job (its id names the set), so the engine starts it from the beginning of the unit's
 * database and no entry of a newly given task is skipped; the job it replaces is then removed.
 */
export function progressFlowDoc(
  layout: HubLayout,
  flow: { from: string; plan: PlanRef; tasks: readonly string[] },
  replicationUrl: string,
  authorization: string,
) {
  const source = unitDatabase(layout.locality, flow.from);
  const target = unitDatabase(layout.locality, flow.plan.unit);
  return {
    source: { url: `${replicationUrl}/${source}`, headers: { Authorization: authorization } },
    target: { url: `${replicationUrl}/${target}`, headers: { Authorization: authorization } },
    continuous: true,
    filter: ISSUER_FILTER,
    // Task ids as document ids write them (percent-encoded), so a comma never occurs inside one.
    query_params: { plan: planKey(flow.plan), tasks: encodedTasks(flow.tasks) },
    kehoach: {
      locality: layout.locality,
      unit: flow.from,
      issuer: flow.plan.unit,
      plan: flow.plan.id,
      user: layout.replicator.user,
    },
  };
}

const encodedTasks = (tasks: readonly string[]) => [...tasks].sort().map(encodeURIComponent).join(",");

/**
 * "kh_nghe-an_xa-kim-lien:so-noi-vu:kh-2026:3f9a1c2b7d": the source database, the plan's key and
 * a digest of the task set, so a job's id says which set it carries.
 */
export function progressFlowJobId(
  layout: HubLayout,
  from: string,
  plan: PlanRef,
  tasks: readonly string[],
): string {
  const digest = createHash("sha256").update(encodedTasks(tasks)).digest("hex").slice(0, 10);
  return `${unitDatabase(layout.locality, from)}:${planKey(plan)}:${digest}`;
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
    query_params: doc.query_params,
    kehoach: doc.kehoach,
  };
}

interface WantedJob {
  id: string;
  /** The job document, without credentials. */
  doc: (authorization: string) => Record<string, unknown>;
  flow?: Omit<ProgressFlow, "action">;
}

/** Every job the locality should have: one per unit into the province, one per issued plan and unit it gives tasks back to the issuer. */
function wantedJobs(
  layout: HubLayout,
  incoming: ReadonlyMap<string, Incoming>,
  replicationUrl: string,
): WantedJob[] {
  const jobs: WantedJob[] = layout.units.map((unit) => ({
    id: unit.database,
    doc: (auth) => replicationDoc(layout, unit, replicationUrl, auth),
  }));
  for (const [issuer, plans] of incoming) {
    for (const [key, byUnit] of Object.entries(plans)) {
      const plan: PlanRef = { unit: issuer, id: decodeURIComponent(key.slice(issuer.length + 1)) };
      for (const [from, tasks] of Object.entries(byUnit)) {
        const id = progressFlowJobId(layout, from, plan, tasks);
        jobs.push({
          id,
          doc: (auth) => progressFlowDoc(layout, { from, plan, tasks }, replicationUrl, auth),
          flow: {
            job: id,
            from: unitDatabase(layout.locality, from),
            to: unitDatabase(layout.locality, issuer),
            plan,
            tasks,
          },
        });
      }
    }
  }
  return jobs;
}

/** A job of this locality that carries progress back to an issuer (made by an earlier run). */
function flowOf(
  layout: HubLayout,
  id: string,
  doc: Record<string, unknown>,
): Omit<ProgressFlow, "action"> | undefined {
  const k = doc.kehoach as
    | { locality?: unknown; unit?: unknown; issuer?: unknown; plan?: unknown }
    | undefined;
  const q = doc.query_params as { tasks?: unknown } | undefined;
  if (k?.locality !== layout.locality || typeof k.unit !== "string" || typeof k.issuer !== "string")
    return undefined;
  if (typeof k.plan !== "string") return undefined;
  const tasks =
    typeof q?.tasks === "string" && q.tasks !== "" ? q.tasks.split(",").map((t) => safeDecode(t)) : [];
  return {
    job: id,
    from: unitDatabase(layout.locality, k.unit),
    to: unitDatabase(layout.locality, k.issuer),
    plan: { unit: k.issuer, id: k.plan },
    tasks,
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

async function ensureReplication(
  couch: CouchClient,
  layout: HubLayout,
  incoming: ReadonlyMap<string, Incoming>,
  input: ReplicationInput,
): Promise<{ replication: string[]; progressFlows: ProgressFlow[] }> {
  const { verb, dryRun } = input;
  const actions: string[] = [];
  const user = layout.replicator.user;
  const userPath = `/_users/${encodeURIComponent(`org.couchdb.user:${user}`)}`;
  const account = await couch.request<Record<string, unknown>>("GET", userPath);
  if (account.status !== 404) expectStatus(account, [200], `đọc người dùng ${user}`);

  // Every job of the locality in one read: their ids all start with "kh_<locality>_".
  const prefix = unitDatabase(layout.locality, "");
  const listed = await couch.request<{ rows?: { id: string; doc?: Record<string, unknown> }[] }>(
    "GET",
    `/_replicator/_all_docs?include_docs=true&startkey=${encodeURIComponent(JSON.stringify(prefix))}&endkey=${encodeURIComponent(JSON.stringify(`${prefix}\ufff0`))}`,
  );
  expectStatus(listed, [200], "đọc các lệnh sao chép (_replicator)");
  const existing = new Map<string, Record<string, unknown>>();
  for (const row of listed.body.rows ?? []) if (row.doc) existing.set(row.id, row.doc);

  const wanted = wantedJobs(layout, incoming, input.replicationUrl);
  const wantedIds = new Set(wanted.map((job) => job.id));
  // Jobs an earlier run made for a plan no longer issued, a unit no longer given a task of it, or
  // another set of tasks. An engine that marks a running job "triggered" (CouchDB 1's protocol,
  // which PouchDB Server keeps) lets nobody change or remove it safely: such a job stays, and the
  // issuer's rules refuse what it would still bring.
  const stale = [...existing].flatMap(([id, doc]) => {
    const flow = wantedIds.has(id) ? undefined : flowOf(layout, id, doc);
    return flow ? [{ flow, doc, stuck: doc._replication_state === "triggered" }] : [];
  });
  const differs = (job: WantedJob) => {
    const current = existing.get(job.id);
    return !current || !sameContent(jobShape(current), jobShape(job.doc("")));
  };
  const mismatched = wanted.filter(differs);
  const needAccount = account.status === 404;
  const flows = (rewritten: boolean): ProgressFlow[] => [
    ...wanted.flatMap((job): ProgressFlow[] => {
      if (!job.flow) return [];
      const action = !existing.has(job.id)
        ? "create"
        : differs(job)
          ? "update"
          : rewritten
            ? "rewrite"
            : "none";
      return [{ ...job.flow, action }];
    }),
    ...stale.map(({ flow, stuck }): ProgressFlow => ({ ...flow, action: stuck ? "left" : "remove" })),
  ];
  const removable = stale.filter((s) => !s.stuck);
  if (!needAccount && mismatched.length === 0 && !input.rotate) {
    if (!dryRun) await removeJobs(couch, removable);
    return { replication: actions, progressFlows: flows(false) };
  }

  // The account's password lives only in the jobs (admins can read them back). Adding a unit
  // reuses it; a new account, a rotation, or jobs that no longer hold it mean a new password, and
  // then every job is rewritten with it, in place (never deleted and recreated, so no job is
  // left stopped).
  const known = needAccount || input.rotate ? undefined : passwordInJobs([...existing.values()], user);
  const password = known ?? (dryRun ? "" : input.newPassword());
  if (!known) {
    actions.push(
      verb(needAccount ? `tạo tài khoản sao chép ${user}` : `đổi mật khẩu tài khoản sao chép ${user}`),
    );
  }
  const toWrite = known ? mismatched : wanted;
  const intoProvince = toWrite.filter((job) => !job.flow).length;
  if (intoProvince > 0) {
    actions.push(verb(`ghi ${intoProvince} lệnh sao chép liên tục về ${layout.province.database}`));
  }
  const progressFlows = flows(!known);
  if (dryRun) return { replication: actions, progressFlows };
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
  for (const job of toWrite) {
    const current = existing.get(job.id);
    const body = { ...job.doc(authorization), ...(current?._rev ? { _rev: current._rev } : {}) };
    const res = await couch.request("PUT", `/_replicator/${encodeURIComponent(job.id)}`, body);
    expectStatus(res, [201, 202], `ghi lệnh sao chép ${job.id}`);
  }
  // The jobs that replace them run first; only then the old ones go.
  await removeJobs(couch, removable);
  return { replication: actions, progressFlows };
}

async function removeJobs(
  couch: CouchClient,
  jobs: readonly { flow: { job: string }; doc: Record<string, unknown> }[],
): Promise<void> {
  for (const { flow, doc } of jobs) {
    const res = await couch.request(
      "DELETE",
      `/_replicator/${encodeURIComponent(flow.job)}?rev=${encodeURIComponent(String(doc._rev))}`,
    );
    expectStatus(res, [200, 202, 404], `xóa lệnh sao chép ${flow.job}`);
  }
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
