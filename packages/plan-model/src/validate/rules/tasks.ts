import { toIsoDate } from "@kehoach/text-vi";
import { groupMembers } from "../../agencies/directory.js";
import type { RoleAssignment } from "../../schema/plan-v2.js";
import {
  effectiveRoles,
  isGroup,
  isLeaf,
  ROLE_COLUMN_LABELS,
  ROLE_COLUMN_LABELS_EN,
  ROLE_LABELS,
  ROLE_LABELS_EN,
} from "../../tasks.js";
import { foldKey } from "../../text/fold.js";
import { endOf } from "../../time/calendar.js";
import type { Rule, RuleContext } from "../engine.js";
import { taskLabel, timeParts } from "../helpers.js";

// Plan-domain §2, rules 13–21: tasks and responsibilities.

const E = { draft: "error", issued: "error" } as const;
const W = { draft: "warning", issued: "warning" } as const;
const I = { draft: "info", issued: "info" } as const;

export const taskMissingLead: Rule = {
  id: "task-missing-lead",
  spec: 13,
  title: "Nhiệm vụ không có cơ quan chủ trì",
  titleEn: "Task without a lead agency",
  severity: E,
  check(ctx, report) {
    for (const node of ctx.nodes) {
      if (isGroup(node.task) || !isLeaf(node.task)) continue;
      const roles = effectiveRoles(node);
      if (roles.some((r) => r.role === "lead")) continue;
      const advisors = roles.filter((r) => r.role === "advisor").map((r) => r.agency.name);
      report(
        [...node.path, "roles"],
        advisors.length > 0
          ? ctx.say(
              `${taskLabel(node)} chưa có cơ quan chủ trì; chỉ ghi cơ quan tham mưu (${advisors.join(", ")}). Xác định cơ quan chủ trì.`,
              `${taskLabel(node, "en")} has no lead agency, only an advising one (${advisors.join(", ")}). Name the lead agency.`,
            )
          : ctx.say(
              `${taskLabel(node)} chưa có cơ quan chủ trì.`,
              `${taskLabel(node, "en")} has no lead agency.`,
            ),
      );
    }
  },
};

export const taskMissingTime: Rule = {
  id: "task-missing-time",
  spec: 14,
  title: "Nhiệm vụ không có thời gian thực hiện",
  titleEn: "Task without a time frame",
  severity: W,
  check(ctx, report) {
    for (const node of ctx.nodes) {
      if (isGroup(node.task) || !isLeaf(node.task)) continue;
      const time = node.task.time;
      if (time.kind === "unspecified" && time.raw.trim() === "" && !inheritsTime(node)) {
        report(
          [...node.path, "time"],
          ctx.say(
            `${taskLabel(node)} chưa ghi thời gian thực hiện.`,
            `${taskLabel(node, "en")} has no time frame.`,
          ),
        );
      }
    }
  },
};

function inheritsTime(node: RuleContext["nodes"][number]): boolean {
  for (let n = node.parent; n; n = n.parent) if (n.task.time.kind !== "unspecified") return true;
  return false;
}

export const timeNotUnderstood: Rule = {
  id: "time-not-understood",
  spec: 0,
  title: "Không đọc được thời gian thực hiện",
  titleEn: "Time frame not understood",
  severity: I,
  check(ctx, report) {
    for (const node of ctx.nodes) {
      const time = node.task.time;
      if (time.kind === "unspecified" && time.raw.trim() !== "") {
        report(
          [...node.path, "time"],
          ctx.say(
            `${taskLabel(node)}: không xác định được thời gian từ “${time.raw}”; lịch thực hiện và nhắc việc sẽ bỏ qua nhiệm vụ này. Có thể ghi như “Quý III/2026”, “Hằng tháng”, “Trước ngày 15/02/2026”.`,
            `${taskLabel(node, "en")}: no time could be read from “${time.raw}”; the schedule and reminders will leave this task out. Write a quarter, a recurrence or a deadline, as the examples of the field show.`,
          ),
        );
      }
    }
  },
};

export const taskMissingSupport: Rule = {
  id: "task-missing-support",
  spec: 14,
  title: "Nhiệm vụ không có cơ quan phối hợp",
  titleEn: "Task without a supporting agency",
  severity: I,
  check(ctx, report) {
    for (const node of ctx.nodes) {
      if (isGroup(node.task) || !isLeaf(node.task)) continue;
      if (!effectiveRoles(node).some((r) => r.role === "support")) {
        report(
          [...node.path, "roles"],
          ctx.say(
            `${taskLabel(node)} không có cơ quan phối hợp (được phép; kiểm tra nếu là thiếu sót).`,
            `${taskLabel(node, "en")} has no supporting agency (allowed; check it is not an omission).`,
          ),
        );
      }
    }
  },
};

export const leadAlsoSupport: Rule = {
  id: "lead-also-support",
  spec: 15,
  title: "Một cơ quan vừa chủ trì vừa phối hợp",
  titleEn: "One agency both leading and supporting",
  severity: W,
  check(ctx, report) {
    for (const node of ctx.nodes) {
      const roles = node.task.roles;
      const keyOf = (r: RoleAssignment) => {
        const m = ctx.matcher.resolve(r.agency);
        return m.status === "matched" ? m.agency.id : `ten:${ctx.matcher.key(r.agency.name)}`;
      };
      const leads = roles.filter((r) => r.role === "lead");
      const supports = roles.filter((r) => r.role === "support");
      const leadKeys = new Map(leads.map((r) => [keyOf(r), r]));
      supports.forEach((s) => {
        const lead = leadKeys.get(keyOf(s));
        if (lead) {
          report(
            [...node.path, "roles", roles.indexOf(s)],
            ctx.say(
              `${taskLabel(node)}: “${s.agency.name}” vừa là cơ quan chủ trì vừa là cơ quan phối hợp.`,
              `${taskLabel(node, "en")}: “${s.agency.name}” is both the lead and a supporting agency.`,
            ),
          );
          return;
        }
        // A supporting group that contains a lead agency.
        const m = ctx.matcher.resolve(s.agency);
        if (m.status === "matched" && m.agency.kind === "group" && ctx.directory) {
          const members = groupMembers(ctx.directory, m.agency.id, ctx.issueDate);
          const inside = members.filter((a) => leadKeys.has(a.id));
          if (inside.length > 0) {
            const names = inside.map((a) => a.name).join(", ");
            report(
              [...node.path, "roles", roles.indexOf(s)],
              ctx.say(
                `${taskLabel(node)}: nhóm phối hợp “${s.agency.name}” gồm cả cơ quan chủ trì ${names}.`,
                `${taskLabel(node, "en")}: the supporting group “${s.agency.name}” includes the lead agency ${names}.`,
              ),
            );
          }
        }
      });
    }
  },
};

export const roleLabelNonStandard: Rule = {
  id: "role-label-nonstandard",
  spec: 16,
  title: "Nhãn vai trò không chuẩn cần xác nhận",
  titleEn: "Non-standard role label to confirm",
  severity: W,
  check(ctx, report) {
    for (const node of ctx.nodes) {
      node.task.roles.forEach((r, i) => {
        if (r.label && !r.confirmed && !isStandardLabel(r.label)) {
          report(
            [...node.path, "roles", i],
            ctx.say(
              `${taskLabel(node)} ghi “${r.label}: ${r.agency.name}”, nhãn không thuộc mẫu giao nhiệm vụ (chủ trì, phối hợp); đã hiểu là vai trò “${ROLE_LABELS[r.role].toLowerCase()}”. Hãy xác nhận, hoặc ghi lại thành ${ROLE_COLUMN_LABELS.lead.toLowerCase()}.`,
              `${taskLabel(node, "en")} says “${r.label}: ${r.agency.name}”, a label outside the standard ones (lead, supporting); it was read as the role “${ROLE_LABELS_EN[r.role].toLowerCase()}”. Confirm it, or write it as the ${ROLE_COLUMN_LABELS_EN.lead.toLowerCase()}.`,
            ),
          );
        }
      });
    }
  },
};

/** Labels task lists use for the two roles every list has. */
function isStandardLabel(label: string): boolean {
  return /^(co quan |don vi )?(chu tri|phoi hop)$/.test(
    foldKey(label)
      .replace(/[:.]+$/, "")
      .trim(),
  );
}

export const nearDuplicateTasks: Rule = {
  id: "tasks-near-duplicate",
  spec: 17,
  title: "Nhiệm vụ gần trùng nhau",
  titleEn: "Near-duplicate tasks",
  severity: W,
  check(ctx, report) {
    // Tasks are compared only with tasks of the same leads and the same time, so a plan of
    // thousands of tasks stays fast.
    const buckets = new Map<string, RuleContext["nodes"]>();
    for (const node of ctx.nodes) {
      if (!isLeaf(node.task) || !node.task.title.trim()) continue;
      const leads = effectiveRoles(node)
        .filter((r) => r.role === "lead")
        .map((r) => ctx.matcher.key(r.agency.name))
        .sort()
        .join("|");
      const key = `${leads}#${foldKey(node.task.time.raw)}`;
      const list = buckets.get(key) ?? [];
      list.push(node);
      buckets.set(key, list);
    }
    for (const list of buckets.values()) {
      if (list.length < 2 || list.length > 400) continue;
      const grams = list.map((n) => bigrams(n.task.title));
      // Each task is reported once, against the first earlier task it nearly repeats.
      for (let j = 1; j < list.length; j++) {
        for (let i = 0; i < j; i++) {
          const similarity = dice(grams[i] as Set<string>, grams[j] as Set<string>);
          const a = list[i] as RuleContext["nodes"][number];
          const b = list[j] as RuleContext["nodes"][number];
          if (similarity >= 0.8 && sameChannel(a, b)) {
            const percent = Math.round(similarity * 100);
            report(
              b.path,
              ctx.say(
                `${taskLabel(b)} gần trùng với ${taskLabel(a)} (giống ${percent}%, cùng cơ quan chủ trì và thời gian): cân nhắc gộp hoặc ghi rõ điểm khác nhau.`,
                `${taskLabel(b, "en")} nearly repeats ${taskLabel(a, "en").toLowerCase()} (${percent}% alike, same lead and time): consider merging them or saying how they differ.`,
              ),
            );
            break;
          }
        }
      }
    }
  },
};

/** Tasks on different channels (the portal, the radio) are different work even when worded alike. */
function sameChannel(a: RuleContext["nodes"][number], b: RuleContext["nodes"][number]): boolean {
  const ca = (a.task.channels ?? []).map(foldKey);
  const cb = (b.task.channels ?? []).map(foldKey);
  return ca.length === 0 || cb.length === 0 || ca.some((c) => cb.includes(c));
}

function bigrams(text: string): Set<string> {
  const words = foldKey(text)
    .replace(/[^a-z0-9\s]/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const g of a) if (b.has(g)) common++;
  return (2 * common) / (a.size + b.size);
}

export const relativeUnresolved: Rule = {
  id: "time-relative-unresolved",
  spec: 18,
  title: "Thời gian dẫn theo văn bản khác chưa xác định",
  titleEn: "Time frame tied to an unnamed document",
  severity: W,
  check(ctx, report) {
    for (const node of ctx.nodes) {
      for (const part of timeParts(node.task.time)) {
        if (part.kind === "relative" && !part.to.ref?.number && !part.to.taskId) {
          report(
            [...node.path, "time"],
            ctx.say(
              `${taskLabel(node)}: thời gian “${node.task.time.raw}” dẫn theo “${part.to.text}” mà không nêu văn bản cụ thể (số, ký hiệu, ngày); không tính được hạn.`,
              `${taskLabel(node, "en")}: the time frame “${node.task.time.raw}” follows “${part.to.text}” without naming the document (number, symbol, date); no deadline can be worked out.`,
            ),
          );
        }
      }
    }
  },
};

export const conditionalTrigger: Rule = {
  id: "time-conditional-no-trigger",
  spec: 19,
  title: "Thời gian có điều kiện chưa gắn với sự kiện theo dõi được",
  titleEn: "Conditional time frame not tied to a trackable event",
  severity: I,
  check(ctx, report) {
    for (const node of ctx.nodes) {
      for (const part of timeParts(node.task.time)) {
        if (part.kind === "conditional" && !part.trigger.ref?.number && !part.trigger.taskId) {
          report(
            [...node.path, "time"],
            ctx.say(
              `${taskLabel(node)}: thời gian phụ thuộc điều kiện “${part.trigger.text}”; gắn điều kiện với một văn bản hoặc nhiệm vụ cụ thể để hệ thống nhắc việc khi điều kiện xảy ra.`,
              `${taskLabel(node, "en")}: the time depends on “${part.trigger.text}”; tie it to a document or a task so that a reminder comes when it happens.`,
            ),
          );
        }
      }
    }
  },
};

const CHILD_PLAN =
  /(xay dung|ban hanh)[^.;]{0,80}ke hoach[^.;]{0,120}(cua (co quan, )?don vi|(co quan, )?don vi, dia phuong minh|o co quan, don vi|cua (cac )?(xa|phuong|thi tran))/;

export const cascadeDeadline: Rule = {
  id: "cascade-deadline",
  spec: 20,
  title: "Yêu cầu cấp dưới ban hành kế hoạch mà thiếu hoặc sai thời hạn",
  titleEn: "Lower-level plans asked for without a right deadline",
  severity: W,
  check(ctx, report) {
    const { from, to } = ctx.years;
    ctx.plan.implementation.forEach((duty, i) => {
      duty.items.forEach((item, j) => {
        if (!item.childPlan && !CHILD_PLAN.test(foldKey(item.text))) return;
        const path = ["implementation", i, "items", j];
        const deadline = item.deadline;
        const by = deadline?.kind === "deadline" ? deadline.by : undefined;
        if (!by) {
          report(
            [...path, "deadline"],
            ctx.say(
              `${duty.agency.name} được yêu cầu xây dựng kế hoạch của đơn vị mình nhưng chưa có thời hạn ban hành.`,
              `${duty.agency.name} is asked to write its own plan, but no deadline is set for it.`,
            ),
          );
          return;
        }
        const end = endOf(by);
        if (end < `${from}-01-01` || end > `${to}-12-31`) {
          report(
            [...path, "deadline"],
            ctx.say(
              `Thời hạn ban hành kế hoạch của ${duty.agency.name} nằm ngoài năm kế hoạch.`,
              `The deadline for the plan of ${duty.agency.name} lies outside the plan year.`,
            ),
          );
        }
        const issued = toIsoDate(ctx.plan.issuedOn);
        if (issued && end < issued) {
          report(
            [...path, "deadline"],
            ctx.say(
              `Thời hạn ban hành kế hoạch của ${duty.agency.name} đứng trước ngày ban hành kế hoạch này.`,
              `The deadline for the plan of ${duty.agency.name} comes before this plan's date of issue.`,
            ),
          );
        }
      });
    });
  },
};

const PERCENT = /(\d{1,3}(?:[.,]\d+)?)\s*%/g;

export const targetWithoutIndicator: Rule = {
  id: "target-without-indicator",
  spec: 21,
  title: "Chỉ tiêu định lượng không có chỉ báo đo được",
  titleEn: "Quantified target without a measurable indicator",
  severity: W,
  check(ctx, report) {
    const indicators = new Set(ctx.nodes.flatMap((n) => (n.task.indicators ?? []).map((x) => x.id)));
    ctx.plan.targets.forEach((target, i) => {
      if (!target.indicator) {
        report(
          ["targets", i],
          ctx.say(
            `Chỉ tiêu “${target.text}” chưa gắn với chỉ báo nào để báo cáo đo được kết quả.`,
            `The target “${target.text}” has no indicator by which a report can measure it.`,
          ),
        );
      } else if (indicators.size > 0 && !indicators.has(target.indicator) && target.value === undefined) {
        report(
          ["targets", i, "indicator"],
          ctx.say(
            `Chỉ tiêu “${target.text}” dẫn chỉ báo “${target.indicator}” không có trong nhiệm vụ nào.`,
            `The target “${target.text}” names the indicator “${target.indicator}”, which no task has.`,
          ),
        );
      }
    });
    // "100% …" written in the text but not recorded as a target.
    const recorded = ctx.plan.targets.map((t) => foldKey(t.text));
    for (const t of ctx.texts) {
      if (t.kind !== "body" && t.kind !== "duty") continue;
      if (t.path[0] === "targets") continue;
      PERCENT.lastIndex = 0;
      for (let m = PERCENT.exec(t.text); m; m = PERCENT.exec(t.text)) {
        const around = foldKey(t.text.slice(m.index, m.index + 60));
        if (recorded.some((r) => r.includes(around.slice(0, 20)))) continue;
        const words = t.text.slice(m.index, m.index + 80).trim();
        report(
          t.path,
          ctx.say(
            `Chỉ tiêu “${words}…” chưa được ghi thành chỉ tiêu có chỉ báo đo được.`,
            `“${words}…” is not recorded as a target with a measurable indicator.`,
          ),
        );
      }
    }
  },
};
