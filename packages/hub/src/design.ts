import type { Assignments, Incoming } from "./assignments.js";
import { HUB_DOC_VERSION } from "./docs.js";
import { ownDocumentsPattern } from "./ids.js";
import type { HubLayout, HubUnit } from "./layout.js";

// The design documents that put the rules into the engine. CouchDB runs validate_doc_update on
// every write, interactive or replicated, before it is stored; only admins can write design
// documents. The functions below are ECMAScript 5 on purpose (no let/const, arrows, templates):
// CouchDB 3 runs them in SpiderMonkey 1.8.5, 78 or 91, or QuickJS, and PouchDB Server in Node.
// A validate function cannot read other documents, so what it needs (the unit, its role, the
// tasks assigned to it, and what its own plans give to other units) is written into the function
// itself as a literal, and also kept as data in the design document for the apps to read.

export const DESIGN_DOC_ID = "_design/kehoach";
export const DESIGN_FORMAT = 1;

export interface UnitDesignConfig {
  version: number;
  unit: string;
  name: string;
  role: string;
  assignments: Assignments;
  /** The account the replication jobs run as: the only writer of other units' progress here. */
  replicator: string;
  /** What the unit's own issued plans give to other units: the progress it accepts from them. */
  incoming: Incoming;
}

export interface DesignDoc {
  _id: string;
  _rev?: string;
  language: "javascript";
  validate_doc_update: string;
  /** The replication jobs out of the unit's database take the documents these filters pass. */
  filters?: Record<string, string>;
  kehoach: Record<string, unknown>;
}

/** The filter of the unit's replication job into the province: "kehoach/own". */
export const OWN_FILTER = "kehoach/own";

/**
 * The filter of a job that carries the unit's progress on another unit's plan back to the unit
 * that issued it: "kehoach/issuer", with the job's query_params `plan` (the planKey) and `tasks`
 * (the task ids, percent-encoded as in document ids, joined by commas; empty passes nothing).
 */
export const ISSUER_FILTER = "kehoach/issuer";

export function unitDesignDoc(
  layout: HubLayout,
  unit: HubUnit,
  assignments: Assignments,
  incoming: Incoming = {},
): DesignDoc {
  const config: UnitDesignConfig = {
    version: HUB_DOC_VERSION,
    unit: unit.code,
    name: unit.name,
    role: unit.role,
    assignments,
    replicator: layout.replicator.user,
    incoming,
  };
  return {
    _id: DESIGN_DOC_ID,
    language: "javascript",
    validate_doc_update: asciiOnly(UNIT_VALIDATE.replace("__CONFIG__", JSON.stringify(config))),
    // Only the unit's own documents go to the province: not this design document, nor the plans
    // of other units delivered here. Deletions pass too (a tombstone keeps its id). A filter
    // function, not a Mango selector, because PouchDB Server (the test engine) has no
    // filter=_selector; CouchDB runs both.
    filters: {
      own: `function (doc) { return new RegExp(${JSON.stringify(ownDocumentsPattern(unit.code))}).test(doc._id); }`,
      issuer: ISSUER_FILTER_SOURCE.replaceAll("__UNIT__", JSON.stringify(unit.code)),
    },
    kehoach: { format: DESIGN_FORMAT, locality: layout.locality, ...config },
  };
}

export function provinceDesignDoc(layout: HubLayout): DesignDoc {
  // The replication account is the roll-up's database admin (its _security says so), and is also
  // named here: PouchDB Server gives validate functions an empty secObj on _bulk_docs, the very
  // request replication writes with.
  const config = { name: layout.province.name, admins: [layout.replicator.user] };
  return {
    _id: DESIGN_DOC_ID,
    language: "javascript",
    validate_doc_update: asciiOnly(PROVINCE_VALIDATE.replace("__CONFIG__", JSON.stringify(config))),
    kehoach: { format: DESIGN_FORMAT, locality: layout.locality, province: true },
  };
}

/** Non-ASCII characters (only ever inside string literals here) as \uXXXX, so no engine depends on the source encoding. */
function asciiOnly(source: string): string {
  return source.replace(/[^\x20-\x7e\n]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// The unit's own progress and report periods on one plan of another unit, and for progress only
// the tasks the job names (the plan gives the unit those). Tombstones pass by their id too, so a
// removed entry is removed at the issuer as well. The query parameters are strings in both engines.
const ISSUER_FILTER_SOURCE = `function (doc, req) {
  var q = (req && req.query) || {};
  var parts = String(doc._id).split(':');
  if (parts[1] !== __UNIT__ || typeof q.plan !== 'string' || typeof q.tasks !== 'string' || q.tasks === '') return false;
  if (parts[2] === __UNIT__ || parts[2] + ':' + parts[3] !== q.plan) return false;
  if (parts[0] === 'period') return parts.length === 5;
  if (parts[0] !== 'progress' || parts.length !== 6) return false;
  return (',' + q.tasks + ',').indexOf(',' + parts[4] + ',') !== -1;
}`;

// Shared helpers of both functions: who is an admin of the database (a server admin, or a name
// or role in the database's _security admins, which CouchDB does not mark in userCtx).
const HELPERS = `
  function deny(message) { throw({ forbidden: message }); }
  function has(list, item) {
    if (!list || typeof list.length !== 'number') return false;
    for (var i = 0; i < list.length; i++) { if (list[i] === item) return true; }
    return false;
  }
  function isAdmin() {
    var roles = userCtx.roles || [];
    if (has(roles, '_admin')) return true;
    var admins = (secObj && secObj.admins) || {};
    if (userCtx.name && has(admins.names, userCtx.name)) return true;
    for (var i = 0; i < roles.length; i++) { if (has(admins.roles, roles[i])) return true; }
    return false;
  }`;

const UNIT_VALIDATE = String.raw`function (newDoc, oldDoc, userCtx, secObj) {
  var C = __CONFIG__;
  ${HELPERS}
  function isArray(v) { return Object.prototype.toString.call(v) === '[object Array]'; }
  function isObject(v) { return v !== null && typeof v === 'object' && !isArray(v); }
  function isText(v, max) { return typeof v === 'string' && v.length <= max; }
  function isDate(v) {
    if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
    var y = parseInt(v.slice(0, 4), 10), m = parseInt(v.slice(5, 7), 10), d = parseInt(v.slice(8, 10), 10);
    var t = new Date(Date.UTC(y, m - 1, d));
    return y >= 1900 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  }
  function isTime(v) { return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/.test(v); }
  function isInt(v, min, max) { return typeof v === 'number' && v % 1 === 0 && v >= min && v <= max; }
  function pad2(n) { return n < 10 ? '0' + n : String(n); }
  function periodKey(p) {
    if (!isObject(p)) return null;
    var yearOk = isInt(p.year, 1900, 2200);
    if (p.kind === 'month' && yearOk && isInt(p.month, 1, 12)) return p.year + '-M' + pad2(p.month);
    if (p.kind === 'quarter' && yearOk && isInt(p.quarter, 1, 4)) return p.year + '-Q' + p.quarter;
    if (p.kind === 'halfYear' && yearOk) return p.year + '-H1';
    if (p.kind === 'nineMonths' && yearOk) return p.year + '-9M';
    if (p.kind === 'year' && yearOk) return p.year + '-Y';
    if (p.kind === 'adhoc' && isDate(p.from) && isDate(p.to)) return 'adhoc-' + p.from + '-' + p.to;
    return null;
  }
  function ownKey(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }
  function owns(key) { return ownKey(C.assignments, key); }

  if (isAdmin()) return;
  var who = userCtx.name ? 'Tài khoản "' + userCtx.name + '"' : 'Người chưa đăng nhập';
  // The replication account brings other units' progress on this unit's own plans, and nothing else.
  var relayed = typeof C.replicator === 'string' && C.replicator !== '' && userCtx.name === C.replicator;
  if (!relayed && !has(userCtx.roles, C.role)) {
    deny(who + ' chỉ được đọc, không được ghi vào dữ liệu của ' + C.name + '.');
  }
  var id = String(newDoc._id);
  var parts = id.split(':');
  var type = parts[0];
  var SEGMENTS = { plan: 3, progress: 6, period: 5, archive: 4 };
  if (!Object.prototype.hasOwnProperty.call(SEGMENTS, type) || parts.length !== SEGMENTS[type]) {
    deny('Mã tài liệu "' + id + '" không theo cách đặt mã của máy chủ tỉnh (loại:đơn vị:...).');
  }
  var writer = relayed ? parts[1] : C.unit;
  if (relayed) {
    var incoming = C.incoming || {};
    var given = ownKey(incoming, parts[2] + ':' + parts[3]) ? incoming[parts[2] + ':' + parts[3]] : null;
    var tasks = given && parts[2] === C.unit && parts[1] !== C.unit && ownKey(given, parts[1]) && isArray(given[parts[1]]) ? given[parts[1]] : null;
    var task = null;
    if (type === 'progress') {
      try { task = decodeURIComponent(parts[4]); } catch (err) { task = null; }
    }
    if ((type !== 'progress' && type !== 'period') || tasks === null || (type === 'progress' && !has(tasks, task))) {
      deny('Tài khoản sao chép chỉ chuyển vào dữ liệu của ' + C.name + ' tiến độ của đơn vị khác trên kế hoạch do ' +
        C.name + ' ban hành, ở nhiệm vụ kế hoạch giao cho đơn vị đó; tài liệu ' + id + ' không phải như vậy.');
    }
  }
  if (parts[1] !== writer || (oldDoc && oldDoc.unit !== undefined && oldDoc.unit !== writer)) {
    deny('Tài liệu ' + id + ' thuộc đơn vị khác; ' + C.name + ' chỉ ghi tài liệu của mình.');
  }
  if (newDoc._deleted === true) return;

  var seg = [];
  for (var i = 0; i < parts.length; i++) {
    try { seg.push(decodeURIComponent(parts[i])); } catch (err) { deny('Mã tài liệu "' + id + '" có ký tự mã hóa sai.'); }
    if (parts[i] === '') deny('Mã tài liệu "' + id + '" có phần rỗng.');
  }
  var bad = 'Tài liệu ' + id + ' sai định dạng: ';
  if (newDoc.type !== type) deny(bad + 'trường type phải là "' + type + '".');
  if (newDoc.schemaVersion !== C.version) deny(bad + 'schemaVersion phải là ' + C.version + '.');
  if (newDoc.unit !== writer) deny(bad + 'trường unit phải là "' + writer + '".');
  if (!isTime(newDoc.updatedAt)) deny(bad + 'thiếu thời điểm ghi (updatedAt).');
  if (!isText(newDoc.updatedBy, 200) || newDoc.updatedBy === '') deny(bad + 'thiếu người ghi (updatedBy).');

  if (type === 'plan') {
    var plan = newDoc.plan;
    if (newDoc.planId !== seg[2]) deny(bad + 'planId khác với mã tài liệu.');
    if (!has(['draft', 'issued'], newDoc.status)) deny(bad + 'status phải là "draft" hoặc "issued".');
    if (!isObject(plan) || plan.schemaVersion !== 2 || plan.id !== newDoc.planId || !isText(plan.title, 1000) ||
        !isArray(plan.tasks) || !isArray(plan.sections) || !isObject(plan.issuer) || !isInt(plan.planYear, 1900, 2200)) {
      deny(bad + 'kế hoạch không theo định dạng kế hoạch (schemaVersion 2).');
    }
    return;
  }
  if (type === 'archive') {
    if (newDoc.of !== seg[2] || newDoc.rev !== seg[3] || newDoc.reason !== 'conflict' || !isObject(newDoc.body)) {
      deny(bad + 'bản lưu xung đột phải ghi tài liệu gốc, phiên bản và nội dung.');
    }
    return;
  }

  // progress and period: a plan, a period, and the right to report on it.
  var ref = newDoc.plan;
  if (!isObject(ref) || ref.unit !== seg[2] || ref.id !== seg[3]) deny(bad + 'kế hoạch (plan) khác với mã tài liệu.');
  var key = periodKey(newDoc.period);
  var last = seg[seg.length - 1];
  if (key === null || key !== last || newDoc.periodKey !== key) deny(bad + 'kỳ báo cáo (period) sai hoặc khác với mã tài liệu.');
  var foreign = ref.unit !== C.unit;
  var planKey = parts[2] + ':' + parts[3];

  if (type === 'period') {
    if (!has(['open', 'submitted'], newDoc.status)) deny(bad + 'status phải là "open" hoặc "submitted".');
    if (newDoc.submittedAt !== undefined && !isTime(newDoc.submittedAt)) deny(bad + 'submittedAt sai.');
    if (newDoc.note !== undefined && !isText(newDoc.note, 2000)) deny(bad + 'ghi chú quá dài.');
    if (foreign && !owns(planKey)) {
      deny('Kế hoạch "' + ref.id + '" của ' + ref.unit + ' không giao nhiệm vụ nào cho ' + C.name + '.');
    }
    return;
  }

  var e = newDoc.entry;
  if (newDoc.taskId !== seg[4]) deny(bad + 'taskId khác với mã tài liệu.');
  if (!isObject(e) || e.taskId !== newDoc.taskId || !isText(e.id, 1000) || e.id === '' || !isDate(e.date) ||
      !has(['not_started', 'in_progress', 'done'], e.state)) {
    deny(bad + 'tiến độ cần nhiệm vụ, ngày (năm-tháng-ngày) và trạng thái hợp lệ.');
  }
  if (e.completedOn !== undefined && !isDate(e.completedOn)) deny(bad + 'ngày hoàn thành sai.');
  if (e.percent !== undefined && (typeof e.percent !== 'number' || !(e.percent >= 0 && e.percent <= 100))) {
    deny(bad + 'tỷ lệ phần trăm phải từ 0 đến 100.');
  }
  if (e.result !== undefined && !isText(e.result, 20000)) deny(bad + 'kết quả quá dài.');
  if (!isArray(e.indicators || []) || !isArray(e.evidence || [])) deny(bad + 'chỉ báo và tài liệu kiểm chứng phải là danh sách.');
  var indicators = e.indicators || [];
  for (var k = 0; k < indicators.length; k++) {
    var ind = indicators[k];
    if (!isObject(ind) || typeof ind.value !== 'number' || !(ind.value >= 0 && ind.value <= 1e12) ||
        !isText(ind.label, 1000) || !isText(ind.unit, 1000)) {
      deny(bad + 'chỉ báo thứ ' + (k + 1) + ' cần tên, đơn vị tính và số không âm.');
    }
  }
  if (foreign && !(owns(planKey) && has(C.assignments[planKey], newDoc.taskId))) {
    deny('Nhiệm vụ "' + newDoc.taskId + '" của kế hoạch "' + ref.id + '" (' + ref.unit + ') không giao cho ' + C.name + '.');
  }
}`;

const PROVINCE_VALIDATE = `function (newDoc, oldDoc, userCtx, secObj) {
  var C = __CONFIG__;
  ${HELPERS}
  if (isAdmin() || (userCtx.name && has(C.admins, userCtx.name))) return;
  deny('Cơ sở dữ liệu ' + C.name + ' chỉ đọc: dữ liệu đến từ cơ sở dữ liệu của từng đơn vị.');
}`;
