import { runInNewContext } from "node:vm";
import type { ReportPeriod } from "@kehoach/plan-model";
import { periodKey } from "@kehoach/report-model";
import { parse } from "acorn";
import { describe, expect, it } from "vitest";
import { assignTasks } from "./assignments.js";
import { provinceDesignDoc, unitDesignDoc } from "./design.js";
import { periodDoc, planDoc, progressDoc } from "./docs.js";
import { hubLayout } from "./layout.js";
import { testLocality } from "./testing/locality.test-helpers.js";
import { provincePlan } from "./testing/plan.test-helpers.js";

// The validate functions run here in a bare V8 context, the way a query server runs them: a
// string that evaluates to a function, called with the design document as `this`. The engine
// tests (sync.test.ts) check the same refusals through HTTP.

const locality = testLocality("thu");
const layout = hubLayout(locality);
const plan = provincePlan();
const { byUnit, incoming } = assignTasks([{ unit: "so-noi-vu", plan }], locality, layout);
const xaAn = layout.units.find((u) => u.code === "xa-an")!;
const soNoiVu = layout.units.find((u) => u.code === "so-noi-vu")!;
const design = unitDesignDoc(layout, xaAn, byUnit.get("xa-an")!, incoming.get("xa-an")!);
const soDesign = unitDesignDoc(layout, soNoiVu, byUnit.get("so-noi-vu")!, incoming.get("so-noi-vu")!);

type Validate = (newDoc: unknown, oldDoc: unknown, userCtx: unknown, secObj: unknown) => void;
function compile(source: string): Validate {
  return runInNewContext(`(${source})`, {}) as Validate;
}
const validate = compile(design.validate_doc_update);
const member = { name: "xa-an@thu", roles: [xaAn.role] };
const security = { admins: { names: [], roles: [] }, members: { names: [], roles: [xaAn.role, "kh_thu"] } };
const refusal = (doc: unknown, user: unknown = member, old: unknown = null): string | undefined => {
  try {
    validate(JSON.parse(JSON.stringify(doc)), old, user, security);
    return undefined;
  } catch (error) {
    return (error as { forbidden?: string }).forbidden ?? `threw ${String(error)}`;
  }
};
const who = { unit: "xa-an", by: "xa-an@thu", now: new Date("2026-06-10T08:00:00Z") };
const q2: ReportPeriod = { kind: "quarter", year: 2026, quarter: 2 };
const entry = (taskId: string) => ({
  id: `${taskId}@2026-Q2`,
  taskId,
  date: "2026-06-10",
  state: "in_progress" as const,
  percent: 40,
  indicators: [{ label: "Tin, bài", value: 3, unit: "tin, bài" }],
  evidence: [],
});
const ref = { unit: "so-noi-vu", id: plan.id };

describe("the validate functions in the design documents", () => {
  it("are ECMAScript 5 and pure ASCII, so SpiderMonkey 1.8.5 and QuickJS run them as PouchDB Server does", () => {
    for (const doc of [design, soDesign, provinceDesignDoc(layout)]) {
      expect(() => parse(`(${doc.validate_doc_update})`, { ecmaVersion: 5 })).not.toThrow();
      expect(doc.validate_doc_update).toMatch(/^[\x20-\x7e\n]*$/);
      for (const filter of Object.values(doc.filters ?? {})) {
        expect(() => parse(`(${filter})`, { ecmaVersion: 5 })).not.toThrow();
        expect(filter).toMatch(/^[\x20-\x7e\n]*$/);
      }
    }
  });

  it("accept the unit's own plan and its progress on an assigned task", () => {
    expect(refusal(planDoc(provincePlan("kh-xa"), "draft", who))).toBeUndefined();
    expect(refusal(progressDoc({ plan: ref, period: q2, entry: entry("t-an") }, who))).toBeUndefined();
    expect(
      refusal(progressDoc({ plan: { unit: "xa-an", id: "kh-xa" }, period: q2, entry: entry("any") }, who)),
    ).toBeUndefined();
  });

  it("refuse progress on a task the plan gives to another unit, or on a plan that gives the unit nothing", () => {
    expect(refusal(progressDoc({ plan: ref, period: q2, entry: entry("t-ca") }, who))).toBe(
      'Nhiệm vụ "t-ca" của kế hoạch "kh-cchc-2026" (so-noi-vu) không giao cho xã An Hòa.',
    );
    expect(
      refusal(
        progressDoc({ plan: { unit: "phuong-binh", id: "x" }, period: q2, entry: entry("t-all") }, who),
      ),
    ).toMatch(/không giao cho xã An Hòa/);
  });

  it("accept the unit's report period on a plan that gives it tasks, and refuse one on a plan that gives it none", () => {
    expect(refusal(periodDoc({ plan: ref, period: q2, status: "submitted" }, who))).toBeUndefined();
    expect(
      refusal(periodDoc({ plan: { unit: "phuong-binh", id: "x" }, period: q2, status: "open" }, who)),
    ).toBe('Kế hoạch "x" của phuong-binh không giao nhiệm vụ nào cho xã An Hòa.');
  });

  it("refuse a document of another unit, by its id or its body, and deleting one", () => {
    const other = progressDoc(
      { plan: ref, period: q2, entry: entry("t-all") },
      { ...who, unit: "phuong-binh" },
    );
    expect(refusal(other)).toMatch(/thuộc đơn vị khác/);
    const mine = progressDoc({ plan: ref, period: q2, entry: entry("t-all") }, who);
    expect(refusal({ ...mine, unit: "phuong-binh" })).toMatch(/trường unit phải là "xa-an"/);
    expect(refusal({ _id: other._id, _rev: "1-a", _deleted: true }, member, other)).toMatch(
      /thuộc đơn vị khác/,
    );
    expect(refusal({ _id: mine._id, _rev: "1-a", _deleted: true }, member, mine)).toBeUndefined();
  });

  it("refuse malformed documents, each with what is wrong", () => {
    const good = progressDoc({ plan: ref, period: q2, entry: entry("t-an") }, who);
    const cases: [unknown, RegExp][] = [
      [{ ...good, entry: { ...good.entry, state: "finished" } }, /trạng thái/],
      [{ ...good, entry: { ...good.entry, date: "2026-02-30" } }, /ngày/],
      [{ ...good, entry: { ...good.entry, percent: 150 } }, /phần trăm/],
      [
        { ...good, entry: { ...good.entry, indicators: [{ label: "x", unit: "y", value: -1 }] } },
        /chỉ báo thứ 1/,
      ],
      [{ ...good, period: { kind: "quarter", year: 2026, quarter: 3 } }, /kỳ báo cáo/],
      [{ ...good, schemaVersion: 2 }, /schemaVersion/],
      [{ ...good, taskId: "t-all" }, /taskId/],
      [{ ...good, _id: "progress:xa-an:oops" }, /không theo cách đặt mã/],
      [{ _id: "note:xa-an:1", text: "x" }, /không theo cách đặt mã/],
      [
        { ...planDoc(provincePlan("kh-xa"), "draft", who), plan: { id: "kh-xa", schemaVersion: 1 } },
        /schemaVersion 2/,
      ],
    ];
    for (const [doc, message] of cases) expect(refusal(doc)).toMatch(message);
  });

  it("let province readers and strangers read only, and admins (provisioning, plan delivery) write", () => {
    const good = progressDoc({ plan: ref, period: q2, entry: entry("t-an") }, who);
    expect(refusal(good, { name: "thu", roles: ["kh_thu"] })).toMatch(/chỉ được đọc/);
    expect(refusal(good, { name: null, roles: [] })).toMatch(/Người chưa đăng nhập/);
    expect(refusal({ ...good, unit: "khac" }, { name: "admin", roles: ["_admin"] })).toBeUndefined();
  });

  it("keep the province's roll-up for admins and the replication account alone", () => {
    const province = compile(provinceDesignDoc(layout).validate_doc_update);
    const secObj = {
      admins: { names: ["thu.replicator"], roles: [] },
      members: { names: [], roles: ["kh_thu"] },
    };
    const doc = progressDoc({ plan: ref, period: q2, entry: entry("t-an") }, who);
    expect(() => province(doc, null, { name: "thu", roles: ["kh_thu"] }, secObj)).toThrow();
    expect(() => province(doc, null, member, secObj)).toThrow();
    expect(() => province(doc, null, { name: "thu.replicator", roles: [] }, secObj)).not.toThrow();
    expect(() => province(doc, null, { name: "thu.replicator", roles: [] }, {})).not.toThrow();
    expect(() => province(doc, null, { name: "thu", roles: ["kh_thu"] }, {})).toThrow();
    expect(() => province(doc, null, { name: "admin", roles: ["_admin"] }, secObj)).not.toThrow();
  });

  it("compute every period key exactly as report-model does", () => {
    const source = design.validate_doc_update;
    const helpers = source.slice(source.indexOf("function isArray"), source.indexOf("function owns"));
    const periodKeyEs5 = runInNewContext(`(function () { ${helpers} return periodKey; })()`, {}) as (
      p: unknown,
    ) => string;
    const periods: ReportPeriod[] = [
      { kind: "month", year: 2026, month: 2 },
      { kind: "month", year: 2026, month: 11 },
      { kind: "quarter", year: 2026, quarter: 4 },
      { kind: "halfYear", year: 2026 },
      { kind: "nineMonths", year: 2026 },
      { kind: "year", year: 2027 },
      { kind: "adhoc", from: "2026-02-01", to: "2026-02-28" },
    ];
    for (const p of periods) expect(periodKeyEs5(p)).toBe(periodKey(p));
  });
});

describe("progress of other units on the issuer's plans", () => {
  const validateSo = compile(soDesign.validate_doc_update);
  const replicator = { name: layout.replicator.user, roles: [] };
  const soMember = { name: "so-noi-vu@thu", roles: [soNoiVu.role] };
  const soSecurity = {
    admins: { names: [], roles: [] },
    members: { names: [layout.replicator.user], roles: [soNoiVu.role, "kh_thu"] },
  };
  const refusedBySo = (doc: unknown, user: unknown, old: unknown = null): string | undefined => {
    try {
      validateSo(JSON.parse(JSON.stringify(doc)), old, user, soSecurity);
      return undefined;
    } catch (error) {
      return (error as { forbidden?: string }).forbidden ?? `threw ${String(error)}`;
    }
  };
  const fromAn = progressDoc({ plan: ref, period: q2, entry: entry("t-an") }, who);
  const whoBinh = { ...who, unit: "phuong-binh", by: "phuong-binh@thu" };

  it("puts into the issuer's rules which unit may send progress on which of its tasks", () => {
    expect(soDesign.kehoach).toMatchObject({
      replicator: "thu.replicator",
      incoming: { [`so-noi-vu:${plan.id}`]: { "phuong-binh": ["t-all"], "xa-an": ["t-all", "t-an"] } },
    });
    expect(design.kehoach).toMatchObject({ incoming: {} });
  });

  it("accept, from the replication account only, a unit's progress and report period on a task the issuer's plan gives it, and its removal", () => {
    expect(refusedBySo(fromAn, replicator)).toBeUndefined();
    expect(
      refusedBySo(progressDoc({ plan: ref, period: q2, entry: entry("t-all") }, whoBinh), replicator),
    ).toBeUndefined();
    expect(
      refusedBySo(periodDoc({ plan: ref, period: q2, status: "submitted" }, who), replicator),
    ).toBeUndefined();
    expect(refusedBySo({ _id: fromAn._id, _rev: "2-b", _deleted: true }, replicator, fromAn)).toBeUndefined();
    expect(refusedBySo(fromAn, { name: "admin", roles: ["_admin"] })).toBeUndefined();
  });

  it("refuse the same progress written by the issuer's own account or by the unit's account", () => {
    expect(refusedBySo(fromAn, soMember)).toMatch(/thuộc đơn vị khác; Sở Nội vụ chỉ ghi tài liệu của mình/);
    expect(refusedBySo(fromAn, member)).toBe(
      'Tài khoản "xa-an@thu" chỉ được đọc, không được ghi vào dữ liệu của Sở Nội vụ.',
    );
  });

  it("refuse, even from the replication account, a task the plan gives to another unit, a plan the issuer did not issue, and anything but progress and periods", () => {
    const relayRefusal = /Tài khoản sao chép chỉ chuyển vào dữ liệu của Sở Nội vụ/;
    expect(
      refusedBySo(progressDoc({ plan: ref, period: q2, entry: entry("t-an") }, whoBinh), replicator),
    ).toMatch(relayRefusal);
    expect(
      refusedBySo(progressDoc({ plan: ref, period: q2, entry: entry("t-ca") }, who), replicator),
    ).toMatch(relayRefusal);
    const elsewhere = { unit: "phuong-binh", id: "kh-phuong" };
    expect(
      refusedBySo(progressDoc({ plan: elsewhere, period: q2, entry: entry("t-all") }, who), replicator),
    ).toMatch(relayRefusal);
    expect(refusedBySo(planDoc(provincePlan("kh-xa"), "issued", who), replicator)).toMatch(relayRefusal);
    const own = progressDoc({ plan: ref, period: q2, entry: entry("t-own") }, { ...who, unit: "so-noi-vu" });
    expect(refusedBySo(own, replicator)).toMatch(relayRefusal);
    expect(refusedBySo({ ...fromAn, unit: "phuong-binh" }, replicator)).toMatch(
      /trường unit phải là "xa-an"/,
    );
    expect(refusedBySo({ ...fromAn, entry: { ...fromAn.entry, percent: 120 } }, replicator)).toMatch(
      /phần trăm/,
    );
    expect(refusedBySo({ _id: fromAn._id.replace("t-an", "t-ca"), _deleted: true }, replicator)).toMatch(
      relayRefusal,
    );
  });

  it("the issuer filter of a unit passes its progress on the job's plan and tasks, its periods and removals, and nothing else", () => {
    const filter = runInNewContext(`(${design.filters?.issuer})`, {}) as (
      doc: unknown,
      req: unknown,
    ) => boolean;
    const req = { query: { plan: `so-noi-vu:${plan.id}`, tasks: "t-all,t-an" } };
    const id = (taskId: string, unit = "xa-an", planKey = `so-noi-vu:${plan.id}`) =>
      `progress:${unit}:${planKey}:${taskId}:2026-Q2`;
    expect(filter({ _id: id("t-an") }, req)).toBe(true);
    expect(filter({ _id: id("t-all"), _deleted: true }, req)).toBe(true);
    expect(filter({ _id: `period:xa-an:so-noi-vu:${plan.id}:2026-Q2` }, req)).toBe(true);
    expect(filter({ _id: id("t-ca") }, req)).toBe(false);
    expect(filter({ _id: id("t-a") }, req)).toBe(false);
    expect(filter({ _id: id("t-an", "phuong-binh") }, req)).toBe(false);
    expect(filter({ _id: id("t-an", "xa-an", "so-noi-vu:khac") }, req)).toBe(false);
    expect(filter({ _id: `plan:so-noi-vu:${plan.id}` }, req)).toBe(false);
    expect(filter({ _id: `archive:xa-an:${encodeURIComponent(id("t-an"))}:1-a` }, req)).toBe(false);
    expect(filter({ _id: id("t-an") }, { query: { plan: `so-noi-vu:${plan.id}`, tasks: "" } })).toBe(false);
    expect(
      filter(
        { _id: `period:xa-an:so-noi-vu:${plan.id}:2026-Q2` },
        { query: { plan: `so-noi-vu:${plan.id}`, tasks: "" } },
      ),
    ).toBe(false);
    expect(filter({ _id: id("t-an") }, {})).toBe(false);
  });
});
