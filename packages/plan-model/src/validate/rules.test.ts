import { describe, expect, it } from "vitest";
import { createDirectory } from "../agencies/directory.js";
import { phuocLongLocality } from "../fixtures/localities.test-helpers.js";
import type { Plan, Task } from "../plan.js";
import { samplePlan } from "../sample/index.js";
import { LocalitySchema } from "../schema/locality.js";
import { parseTime } from "../time/parse-time.js";
import { RULES, type ValidateOptions, validatePlan } from "./index.js";

// Every rule of the catalogue: one plan on which it fires (with the path it names) and one, close
// to it, on which it stays silent. The sample plan is clean under every rule in both modes.

const directory = createDirectory(LocalitySchema.parse(phuocLongLocality));

function plan(change: (p: Plan) => void = () => {}): Plan {
  const p = structuredClone(samplePlan);
  change(p);
  return p;
}
function task(p: Plan, i: number): Task {
  return p.tasks[i] as Task;
}
const time = (text: string, planYear = 2026) => parseTime(text, { planYear });
const lead = (name: string) => ({ role: "lead" as const, agency: { name } });
const support = (name: string) => ({ role: "support" as const, agency: { name } });

function findings(rule: string, p: Plan, options: ValidateOptions = {}) {
  return validatePlan(p, { ...options, only: [rule] }).findings.map((f) => ({
    severity: f.severity,
    path: f.path,
    message: f.message,
  }));
}

const cases: {
  rule: string;
  fires: (p: Plan) => void;
  path: string;
  quiet: (p: Plan) => void;
  options?: ValidateOptions;
  message?: RegExp;
}[] = [
  {
    rule: "time-outside-plan-year",
    fires: (p) => (task(p, 0).time = time("Trong năm 2025")),
    path: "tasks[0].time",
    quiet: (p) => (task(p, 0).time = time("Trong năm 2026")),
    message: /nằm ngoài năm 2026/,
  },
  {
    rule: "time-ends-before-issue",
    fires: (p) => {
      task(p, 0).time = time("Tháng 01/2026");
      p.issuedOn = { year: 2026, month: 2, day: 10 };
    },
    path: "tasks[0].time",
    quiet: (p) => {
      task(p, 0).time = time("Tháng 02/2026");
      p.issuedOn = { year: 2026, month: 2, day: 10 };
    },
  },
  {
    rule: "other-year-in-text",
    fires: (p) => p.purposes.push("Triển khai Kế hoạch tuyên truyền năm 2025 của xã."),
    path: "purposes[2]",
    quiet: (p) =>
      p.purposes.push(
        "Phát huy kết quả cải cách hành chính năm 2025; căn cứ văn bản ngày 15 tháng 3 năm 2024.",
      ),
  },
  {
    rule: "appendix-backref-mismatch",
    fires: (p) =>
      p.appendices.push({
        id: "pl",
        title: "Danh mục nhiệm vụ",
        backRef: {
          number: "16",
          symbol: "KH-UBND",
          date: { year: 2026, month: 1, day: 20 },
          issuer: "UBND xã Kim Liên",
        },
        content: [{ kind: "slot", slot: "tasks" }],
      }),
    path: "appendices[0].backRef",
    quiet: (p) =>
      p.appendices.push({
        id: "pl",
        title: "Danh mục nhiệm vụ",
        backRef: {
          number: "15",
          symbol: "KH-UBND",
          date: { year: 2026, month: 1, day: 20 },
          issuer: "UBND xã",
        },
        content: [{ kind: "slot", slot: "tasks" }],
      }),
    message: /số 16 khác số 15/,
  },
  {
    rule: "basis-after-issue",
    fires: (p) => (p.bases[1]!.refs[0]!.date = { year: 2026, month: 2, day: 1 }),
    path: "bases[1].refs[0]",
    quiet: (p) => (p.bases[1]!.refs[0]!.date = { year: 2026, month: 1, day: 20 }),
  },
  {
    rule: "parent-plan-other-year",
    fires: (p) =>
      (p.parentPlan = {
        text: "Kế hoạch số 5/KH-UBND",
        summary: "tuyên truyền cải cách hành chính năm 2025",
      }),
    path: "parentPlan",
    quiet: (p) =>
      (p.parentPlan = { text: "Kế hoạch số 5/KH-UBND", date: { year: 2025, month: 12, day: 20 } }),
  },
  {
    rule: "event-outside-window",
    fires: (p) => (task(p, 11).time = time("Quý III/2026")),
    path: "tasks[11].time",
    quiet: (p) => (task(p, 11).time = time("Quý IV/2026")),
  },
  {
    rule: "programme-period-excludes-year",
    fires: (p) => p.requirements.push("Bám sát Chương trình cải cách hành chính giai đoạn 2016 - 2020."),
    path: "requirements[2]",
    quiet: (p) => p.requirements.push("Bám sát Chương trình cải cách hành chính giai đoạn 2021 - 2030."),
  },
  {
    rule: "number-missing",
    fires: (p) => delete p.number,
    path: "number",
    quiet: () => {},
    options: { mode: "issued" },
  },
  {
    rule: "date-incomplete",
    fires: (p) => (p.issuedOn = { year: 2026 }),
    path: "issuedOn",
    quiet: () => {},
    options: { mode: "issued" },
  },
  {
    rule: "place-missing",
    fires: (p) => (p.place = " "),
    path: "place",
    quiet: () => {},
    options: { mode: "issued" },
  },
  {
    rule: "signature-incomplete",
    fires: (p) => (p.signer = { title: "Chủ tịch", name: "Nguyễn Văn A" }),
    path: "signer.collective",
    quiet: (p) => (p.signer = { collective: "Ủy ban nhân dân", title: "Chủ tịch", name: "Nguyễn Văn A" }),
    options: { mode: "issued" },
    message: /TM\. Ủy ban nhân dân/,
  },
  {
    rule: "recipients-missing",
    fires: (p) => (p.recipients.archive.vt = false),
    path: "recipients.archive",
    quiet: () => {},
  },
  {
    rule: "recipients-superior-missing",
    fires: (p) => {
      p.bases[1]!.refs[0]!.issuer = "Ủy ban nhân dân tỉnh Nghệ An";
      p.recipients.items = p.recipients.items.filter((r) => !r.text.startsWith("Sở Nội vụ"));
    },
    path: "recipients.items",
    quiet: (p) => (p.bases[1]!.refs[0]!.issuer = "Ủy ban nhân dân tỉnh Nghệ An"),
  },
  {
    rule: "basis-without-document",
    fires: (p) =>
      p.bases.push({ kind: "can_cu", text: "Căn cứ tình hình thực tế của địa phương;", refs: [] }),
    path: "bases[2]",
    quiet: () => {},
  },
  {
    rule: "basis-plan-as-can-cu",
    fires: (p) => (p.bases[1]!.kind = "can_cu"),
    path: "bases[1]",
    quiet: () => {},
    message: /nên viết “Thực hiện …”/,
  },
  {
    rule: "budget-missing",
    fires: (p) => {
      delete p.budget;
      p.sections = p.sections.filter((s) => s.id !== "kinh-phi");
    },
    path: "budget",
    quiet: (p) => delete p.budget,
  },
  {
    rule: "reporting-duty-missing",
    fires: (p) => (p.reporting = []),
    path: "reporting",
    quiet: () => {},
  },
  {
    rule: "monitor-missing",
    fires: (p) => (p.implementation[0]!.items[0]!.roles = ["lead"]),
    path: "implementation",
    quiet: (p) => {
      p.implementation[0]!.items[0]!.roles = ["lead"];
      task(p, 0).roles.push({ role: "monitor", agency: { name: "Phòng Văn hóa - Xã hội" } });
    },
  },
  {
    rule: "task-missing-lead",
    fires: (p) => (task(p, 2).roles = [support("Trưởng các thôn")]),
    path: "tasks[2].roles",
    quiet: (p) =>
      p.tasks.push({
        id: "nhom",
        kind: "group",
        title: "Nhóm nhiệm vụ",
        roles: [lead("Phòng Văn hóa - Xã hội")],
        time: time(""),
        children: [{ id: "con", title: "Việc con, chủ trì theo nhóm", roles: [], time: time("Quý IV/2026") }],
      }),
  },
  {
    rule: "task-missing-time",
    fires: (p) => (task(p, 2).time = time("")),
    path: "tasks[2].time",
    quiet: (p) => (task(p, 2).time = time("Khi có yêu cầu")),
  },
  {
    rule: "task-missing-support",
    fires: (p) => (task(p, 2).roles = [lead("Phòng Văn hóa - Xã hội")]),
    path: "tasks[2].roles",
    quiet: () => {},
  },
  {
    rule: "time-not-understood",
    fires: (p) => (task(p, 2).time = time("Sớm nhất có thể")),
    path: "tasks[2].time",
    quiet: (p) => (task(p, 2).time = time("")),
  },
  {
    rule: "lead-also-support",
    fires: (p) => task(p, 0).roles.push(support("Phòng Văn hoá – Xã hội")),
    path: "tasks[0].roles[2]",
    quiet: (p) => task(p, 0).roles.push(support("Phòng Kinh tế")),
  },
  {
    rule: "role-label-nonstandard",
    fires: (p) =>
      (task(p, 0).roles[0] = { ...task(p, 0).roles[0]!, role: "advisor", label: "Cơ quan tham mưu" }),
    path: "tasks[0].roles[0]",
    quiet: (p) =>
      (task(p, 0).roles[0] = {
        ...task(p, 0).roles[0]!,
        role: "advisor",
        label: "Cơ quan tham mưu",
        confirmed: true,
      }),
  },
  {
    rule: "tasks-near-duplicate",
    fires: (p) => p.tasks.push({ ...structuredClone(task(p, 1)), id: "t02b", title: `${task(p, 1).title}.` }),
    path: "tasks[14]",
    quiet: (p) => {
      task(p, 1).channels = ["Trang thông tin điện tử xã"];
      p.tasks.push({
        ...structuredClone(task(p, 1)),
        id: "t02b",
        title: `${task(p, 1).title}.`,
        channels: ["Loa"],
      });
    },
  },
  {
    rule: "time-relative-unresolved",
    fires: (p) => (task(p, 0).time = time("Theo thời hạn tại Kế hoạch của tỉnh")),
    path: "tasks[0].time",
    quiet: (p) => (task(p, 0).time = time("Theo Kế hoạch số 25/KH-UBND ngày 08/01/2026 của UBND tỉnh")),
  },
  {
    rule: "time-conditional-no-trigger",
    fires: (p) => (task(p, 0).time = time("Quý II/2026 (khi có hướng dẫn của tỉnh)")),
    path: "tasks[0].time",
    quiet: (p) => (task(p, 0).time = time("Quý II/2026 (khi có Kế hoạch số 25/KH-UBND ngày 08/01/2026)")),
  },
  {
    rule: "cascade-deadline",
    fires: (p) =>
      p.implementation[3]!.items.push({
        text: "Xây dựng kế hoạch tuyên truyền của đơn vị.",
        childPlan: true,
      }),
    path: "implementation[3].items[1].deadline",
    quiet: (p) =>
      p.implementation[3]!.items.push({
        text: "Xây dựng kế hoạch tuyên truyền của đơn vị.",
        childPlan: true,
        deadline: time("Trước ngày 15/02/2026"),
      }),
  },
  {
    rule: "target-without-indicator",
    fires: (p) => delete p.targets[0]!.indicator,
    path: "targets[0]",
    quiet: () => {},
  },
  {
    rule: "agency-name-inconsistent",
    fires: (p) => (task(p, 1).roles[0] = lead("Văn phòng HĐND & UBND xã")),
    path: "tasks[0].roles[1].agency",
    quiet: (p) => (task(p, 1).roles[0] = lead("văn phòng HĐND và UBND xã")),
  },
  {
    rule: "level-mismatch",
    fires: (p) =>
      p.requirements.push("Phối hợp với Phòng Nội vụ huyện và UBND huyện trong công tác tuyên truyền."),
    path: "requirements[2]",
    quiet: (p) => p.requirements.push("Phối hợp với Sở Nội vụ và UBND tỉnh trong công tác tuyên truyền."),
    message: /không còn cấp huyện/,
  },
  {
    rule: "issuer-district-after-reform",
    fires: (p) => (p.issuer.name = "Ủy ban nhân dân huyện Nam Đàn"),
    path: "issuer.name",
    quiet: (p) => {
      p.issuer.name = "Ủy ban nhân dân huyện Nam Đàn";
      p.issuedOn = { year: 2025, month: 6, day: 30 };
    },
  },
  {
    rule: "abbreviation-undefined",
    fires: (p) => p.requirements.push("Đẩy mạnh ứng dụng CNTT trong tuyên truyền."),
    path: "requirements[2]",
    quiet: (p) =>
      p.requirements.push("Đẩy mạnh ứng dụng công nghệ thông tin (CNTT); CNTT giúp tuyên truyền."),
  },
  {
    rule: "agency-not-in-directory",
    fires: (p) => (task(p, 0).roles = [lead("Phòng Nội vụ"), support("Báo Bình Phước")]),
    path: "tasks[0].roles[1].agency",
    quiet: (p) => {
      p.tasks = [{ ...task(p, 0), roles: [lead("Phòng Nội vụ"), support("Phòng VH&TT")] }];
      p.implementation = [];
      p.reporting = [];
    },
    options: { directory },
  },
  {
    rule: "title-typo",
    fires: (p) => (p.title = "Tuyên truyền cải cách chính năm 2026"),
    path: "title",
    quiet: (p) => (p.title = "Tuyên truyền cải cách thủ tục hành chính năm 2026"),
  },
  {
    rule: "spelling",
    fires: (p) => p.requirements.push("Tuyên truyền phù hợp với tính hình thực tế."),
    path: "requirements[2]",
    quiet: (p) => p.requirements.push("Tránh tuyên truyền mang tính hình thức."),
  },
  {
    rule: "text-normalisation",
    fires: (p) => p.requirements.push("Phối hợp với Uỷ ban Mặt trận Tổ quốc Việt Nam xã ; tuyên truyền."),
    path: "requirements[2]",
    quiet: (p) => p.requirements.push("Phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã; tuyên truyền."),
  },
  {
    rule: "point-lettering",
    fires: (p) => {
      p.tasks.forEach((t, i) => {
        t.ref = ["a", "b", "c", "d", "e"][i] ?? `x${i}`;
      });
    },
    path: "tasks[4].ref",
    quiet: (p) => {
      p.tasks.forEach((t, i) => {
        t.ref = ["a", "b", "c", "d", "đ", "e"][i] ?? `${i + 1}`;
      });
    },
  },
  {
    rule: "heading-content-mismatch",
    fires: (p) => (p.sections[1]!.heading = "Hình thức và đối tượng tuyên truyền"),
    path: "sections[1].content[0]",
    quiet: () => {},
  },
  {
    rule: "outline-numbering",
    fires: (p) => (task(p, 0).ref = "2.1"),
    path: "tasks[0].ref",
    quiet: (p) => (task(p, 0).ref = "1"),
  },
  {
    rule: "index-name",
    fires: (p) => (p.indices = ["PARINDEX"]),
    path: "indices[0]",
    quiet: (p) => (p.indices = ["PAR_INDEX"]),
  },
  {
    rule: "waiver-unknown-rule",
    fires: (p) => p.waivers.push({ rule: "khong-co", reason: "Thử" }),
    path: "waivers[0].rule",
    quiet: (p) => p.waivers.push({ rule: "spelling", reason: "Tên riêng" }),
  },
];

describe("the rule catalogue", () => {
  it("covers every rule, each with a stable id, a Vietnamese title and a severity per mode", () => {
    expect(cases.map((c) => c.rule).sort()).toEqual(RULES.map((r) => r.id).sort());
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.title).toMatch(/\p{L}/u);
      expect(rule.title.normalize("NFC")).toBe(rule.title);
    }
  });

  it("finds nothing in the sample plan, draft or issued", () => {
    expect(validatePlan(samplePlan, { mode: "draft" }).findings).toEqual([]);
    expect(validatePlan(samplePlan, { mode: "issued" }).findings).toEqual([]);
  });

  for (const c of cases) {
    describe(c.rule, () => {
      it(`fires, naming ${c.path}`, () => {
        const found = findings(c.rule, plan(c.fires), c.options);
        expect(found.map((f) => f.path)).toContain(c.path);
        for (const f of found) expect(f.message.normalize("NFC")).toBe(f.message);
        if (c.message) expect(found.map((f) => f.message).join("\n")).toMatch(c.message);
      });
      it("stays silent on a close plan without the defect", () => {
        expect(findings(c.rule, plan(c.quiet), c.options)).toEqual([]);
      });
      it("says the same in English on an English screen, with no Vietnamese word but the plan's own", () => {
        const p = plan(c.fires);
        const vi = validatePlan(p, { ...c.options, only: [c.rule] }).findings;
        const en = validatePlan(p, { ...c.options, only: [c.rule], language: "en" }).findings;
        expect(en.map((f) => [f.rule, f.severity, f.path])).toEqual(
          vi.map((f) => [f.rule, f.severity, f.path]),
        );
        for (const f of en) {
          expect(vietnameseOutsidePlan(f.message, p), f.message).toBe("");
          expect(vietnameseOutsidePlan(f.where, p), f.where).toBe("");
        }
      });
    });
  }

  it("gives every rule an English title", () => {
    for (const rule of RULES) expect(vietnameseOutsidePlan(rule.titleEn, samplePlan), rule.id).toBe("");
  });
});

/**
 * The Vietnamese words of a message once the plan's own words are set aside: what it quotes
 * (“…”), and the names and texts it holds (an agency's name, a task's time as written).
 */
function vietnameseOutsidePlan(message: string, p: Plan): string {
  const own = new Set<string>();
  const collect = (value: unknown) => {
    if (typeof value === "string") own.add(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === "object") Object.values(value).forEach(collect);
  };
  collect(p);
  let rest = message.replace(/“[^”]*”/g, " ");
  for (const text of [...own].filter((t) => t.length > 2).sort((a, b) => b.length - a.length)) {
    rest = rest.split(text).join(" ");
  }
  const letters = /[đĐ]|\p{L}[\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b]/u;
  return rest
    .split(/\s+/)
    .filter((word) => letters.test(word.normalize("NFD")))
    .join(" ");
}

describe("modes and waivers", () => {
  it("reports missing issue facts as information in a draft and as errors when issuing", () => {
    const draft = plan((p) => delete p.number);
    expect(findings("number-missing", draft)[0]?.severity).toBe("info");
    expect(findings("number-missing", draft, { mode: "issued" })[0]?.severity).toBe("error");
    expect(validatePlan(draft, { mode: "issued" }).blocking).toBe(true);
    expect(validatePlan(draft, { mode: "draft" }).blocking).toBe(false);
  });

  it("rates an agency outside the directory a hint in a draft and a warning when issuing, naming the nearest", () => {
    const p = plan((x) => {
      x.tasks = [{ ...task(x, 0), roles: [lead("Phòng Nội vụ"), support("Phòng Tu pháp")] }];
      x.implementation = [];
      x.reporting = [];
      x.recipients.items = [];
    });
    const draft = findings("agency-not-in-directory", p, { directory });
    const issued = findings("agency-not-in-directory", p, { directory, mode: "issued" });
    expect(draft.map((f) => f.severity)).toEqual(["info"]);
    expect(issued.map((f) => f.severity)).toEqual(["warning"]);
    expect(issued[0]?.message).toMatch(/“Phòng Tu pháp” không khớp.*Có phải: “Phòng Tư pháp”/);
  });

  it("keeps a waived finding with its reason and stops counting it", () => {
    const p = plan((x) => {
      x.title = "Tuyên truyền cải cách chính năm 2026";
      x.waivers.push({ rule: "title-typo", path: "title", reason: "Trích yếu chép nguyên văn của tỉnh" });
    });
    const result = validatePlan(p);
    expect(result.findings).toEqual([
      expect.objectContaining({
        rule: "title-typo",
        waived: { reason: "Trích yếu chép nguyên văn của tỉnh" },
      }),
    ]);
    expect(result.counts.error).toBe(0);
    expect(result.blocking).toBe(false);
  });

  it("applies a waiver only to the path it names", () => {
    const p = plan((x) => {
      task(x, 0).time = time("Năm 2025");
      task(x, 1).time = time("Năm 2024");
      x.waivers.push({ rule: "time-outside-plan-year", path: "tasks[0].time", reason: "Việc chuyển tiếp" });
    });
    const found = validatePlan(p, { only: ["time-outside-plan-year"] }).findings;
    expect(found.map((f) => [f.path, !!f.waived])).toEqual([
      ["tasks[0].time", true],
      ["tasks[1].time", false],
    ]);
  });

  it("labels each finding's place in Vietnamese", () => {
    const found = validatePlan(plan((p) => (task(p, 2).time = time("Năm 2020")))).findings[0];
    expect(found).toMatchObject({ path: "tasks[2].time", where: "Nhiệm vụ 3 › Thời gian thực hiện" });
  });
});
