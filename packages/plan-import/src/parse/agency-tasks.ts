import { fold, oneLine, trimValue, upperFirst } from "../text.js";
import { type DraftNote, type RoleDraft, roleDraft, roleFromKind, type TaskDraft } from "./draft.js";
import { scanLabels } from "./fields.js";
import type { OutlineNode } from "./outline.js";
import { partnersIn, trailingTime } from "./sentence-roles.js";

// Tasks grouped under the agency that leads them: "III. NHIỆM VỤ CỤ THỂ" → "1. Công an tỉnh:" →
// "- Chủ trì, phối hợp với Sở Tư pháp tổ chức …". Each item under the agency's heading is a task it
// leads; "phối hợp với …" in the item names the supporting agencies, and a time that closes the
// item ("hoàn thành trước ngày 31/3/2026", "(Quý II/2026)") is its time.

// Words a heading that names a body starts with (after "Đề nghị", "Giao").
const AGENCY_HEAD =
  /^(?:cac |nhung )?(?:so|phong|ban|van phong|uy ban|ubnd|ub mttq|ubmttq|mat tran|cong an|bo chi huy|ban chi huy|trung tam|dai|bao|hoi|doan|lien doan|tinh doan|thanh doan|huyen doan|cuc|chi cuc|thanh tra|kho bac|bao hiem|vien|truong|benh vien|ban quan ly|co quan|don vi|dia phuong|nganh|thu truong|chu tich|hoi dong|toa an|vien kiem sat|quan su|bien phong|bo doi|ngan hang|buu dien|vien thong|cong chuc|doanh nghiep|tinh uy|dang uy)\b/;
// Words of work: a heading holding them is a task or a topic, not a body.
const WORK =
  /\b(to chuc thuc hien|trien khai|tuyen truyen|xay dung|ban hanh|kiem tra|nhiem vu|noi dung|muc dich|yeu cau|ket qua|hoat dong|cong tac|chuong trinh|giai phap|thoi gian|kinh phi)\b/;

const ROLE_AFTER_NAME =
  /\s+[-–]\s+(?:là\s+)?(?:cơ quan|đơn vị)\s+(?:thường trực|chủ trì|đầu mối|tham mưu|giúp việc)\b.*$/iu;

/**
 * "Trách nhiệm của đối tượng thực hiện kiểm kê:", "Nhiệm vụ của các cơ quan quản lý cấp trên":
 * a heading that says whose duties follow, whatever words name them. Only for a heading whose
 * items are the duties themselves (bullets), not a division of numbered headings.
 */
export function dutyHolder(text: string): string | undefined {
  const m = /^(?:trách nhiệm|nhiệm vụ)\s+của\s+(.+)$/iu.exec(
    oneLine(text)
      .replace(/\s*\([^)]*\)\s*/gu, " ")
      .trim(),
  );
  if (!m) return undefined;
  const name = trimValue((m[1] as string).replace(/:.*$/u, "")).replace(ROLE_AFTER_NAME, "");
  if (name.length < 4 || name.length > 100 || /[.;]/.test(name)) return undefined;
  return upperFirst(agencyHeading(name) ?? name);
}

/** The agency a heading names ("1. Công an tỉnh:", "Đề nghị Ủy ban MTTQ Việt Nam tỉnh:"), or undefined. */
export function agencyHeading(text: string): string | undefined {
  const t = oneLine(text)
    .replace(/^(?:đề nghị|giao|yêu cầu)\s+/iu, "")
    .replace(/\s*\([^)]*\)\s*/gu, " ")
    .trim();
  const colon = t.indexOf(":");
  // "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo": the body, then the part it plays.
  const name = trimValue(colon >= 0 ? t.slice(0, colon) : t).replace(ROLE_AFTER_NAME, "");
  if (!name || name.length > 140) return undefined;
  const f = fold(name);
  if (!AGENCY_HEAD.test(f)) return undefined;
  // Words of work count after the body's proper name only: "Sở Xây dựng" is a body.
  const words = name.split(/\s+/);
  let named = 0;
  words.forEach((w, i) => {
    if (/^\p{Lu}/u.test(w)) named = i + 1;
  });
  if (WORK.test(fold(words.slice(named).join(" ")))) return undefined;
  if (/[.;]$/.test(name) || /\b(chu tri|phoi hop)\b/.test(f)) return undefined;
  return name;
}

/** The text after the heading's colon, when the heading carries its only duty ("Sở Y tế: chủ trì …"). */
function inlineDuty(text: string): string {
  const colon = text.indexOf(":");
  return colon >= 0 ? trimValue(text.slice(colon + 1)) : "";
}

/** One task from an item under an agency heading. */
export function agencyItemTask(
  agency: string,
  text: string,
  lines: TaskDraft["lines"],
  ref: string,
  content?: string,
): TaskDraft {
  const notes: DraftNote[] = [];
  const roles: RoleDraft[] = [roleDraft("lead", "", agency, lines, notes)];
  let title = trimValue(text);
  let time: string | undefined;
  // Labels after the work: "…; thời gian thực hiện: Quý III/2026", "(phối hợp: …)".
  const scan = scanLabels(title);
  if (scan.before.trim() && scan.parts.length > 0) {
    title = trimValue(scan.before);
    for (const p of scan.parts) {
      const role = roleFromKind(p.kind);
      if (role === "support") roles.push(roleDraft("support", p.label, p.value, lines, notes));
      else if (role) roles.push(roleDraft(role, p.label, p.value, lines, notes));
      else if (p.kind === "time") time = trimValue(p.value);
    }
  }
  if (time === undefined) {
    const at = trailingTime(title);
    if (at) {
      time = at.time;
      title = at.rest;
    }
  }
  if (!roles.some((r) => r.role === "support")) {
    const partners = partnersIn(title);
    if (partners) roles.push(roleDraft("support", "", partners.partners, lines, notes));
  }
  return {
    kind: "task",
    ref,
    title,
    content,
    roles,
    time,
    lines,
    parts: { title: lines, leads: lines, ...(time ? { time: lines } : {}) },
    from: "prose",
    notes,
    children: [],
  };
}

/**
 * The tasks of an agency's heading: each numbered or bulleted item under it, or the heading's own
 * words after its colon when nothing is under it. The heading becomes a group.
 */
export function agencyGroup(node: OutlineNode, agency: string): TaskDraft | undefined {
  const children: TaskDraft[] = [];
  node.children.forEach((child, i) => {
    const text = child.text;
    if (!text.trim()) return;
    // Lines under the item: a label ("Thời hạn hoàn thành: …") is the item's own; the rest is detail.
    const under = [
      ...child.body.flatMap((b) => (b.kind === "para" ? [b.text] : [])),
      ...child.children.map((c) => c.text),
    ];
    const labelled = under.filter((t) => {
      const scan = scanLabels(t);
      return scan.before.trim() === "" && scan.parts.length > 0;
    });
    const detail = under.filter((t) => !labelled.includes(t)).join("\n");
    const ref = child.label ? `${node.label}.${child.label}` : `${node.label}.${i + 1}`;
    children.push(
      agencyItemTask(agency, [text, ...labelled].join("; "), child.lines, ref, detail || undefined),
    );
  });
  for (const b of node.body) {
    if (b.kind !== "para" || b.text.trim().length < 12) continue;
    children.push(agencyItemTask(agency, b.text, b.lines, ""));
  }
  const duty = inlineDuty(node.text);
  if (children.length === 0 && duty.length >= 12) return agencyItemTask(agency, duty, node.lines, node.label);
  if (children.length === 0) return undefined;
  children.sort((a, b) => a.lines.from - b.lines.from);
  return {
    kind: "group",
    ref: node.label,
    title: agency,
    roles: [],
    time: undefined,
    lines: node.lines,
    parts: node.para ? { title: node.para.lines } : {},
    from: "prose",
    notes: [],
    children,
  };
}
