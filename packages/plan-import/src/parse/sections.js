import { parseTime } from "@kehoach/plan-model";
import { capsToSentence, fold, isAllCaps, oneLine, trimValue } from "../text.js";
import { splitAgencies } from "./agencies.js";
import { descendants, flatText } from "./outline.js";
const SLOT_OF = [
    [/^(muc dich|muc tieu)/, "purposes"],
    [/^yeu cau/, "requirements"],
    [/^doi tuong/, "audiences"],
    [/^(kinh phi|nguon kinh phi)/, "budget"],
    [/^to chuc thuc hien|^trach nhiem thuc hien|^phan cong/, "implementation"],
];
function slotOf(heading) {
    const f = fold(heading).trim();
    for (const [re, slot] of SLOT_OF)
        if (re.test(f))
            return slot;
    return null;
}
function headingText(text) {
    const clean = trimValue(text.replace(/[:.]\s*$/, ""));
    return isAllCaps(clean) ? capsToSentence(clean) : clean;
}
function paragraphsOf(n) {
    return flatText(n).map(oneLine).filter(Boolean);
}
export function buildSections(root, isTaskNode, isTaskTable) {
    const result = {
        sections: [],
        purposes: [],
        requirements: [],
        audiences: [],
        budget: undefined,
        implementation: [],
        reporting: [],
    };
    let tasksPlaced = false;
    const placeTasks = (content) => {
        if (!tasksPlaced)
            content.push({ kind: "slot", slot: "tasks" });
        tasksPlaced = true;
    };
    const tops = root.children.length > 0 ? root.children : [];
    // Text before the first heading (a body without numbered headings) is a section of its own.
    const loose = root.body;
    if (loose.length > 0) {
        const content = [];
        for (const b of loose) {
            if (b.kind === "para")
                content.push({ kind: "paragraph", text: b.text });
            else if (isTaskTable(b))
                placeTasks(content);
        }
        if (content.length > 0)
            result.sections.push({ id: `muc-${result.sections.length + 1}`, heading: "", content });
    }
    for (const top of tops) {
        const content = [];
        // "Phân công nhiệm vụ" whose items were read as tasks is the task list, not the duties.
        const holdsTasks = isTaskNode(top) || descendants(top).some(isTaskNode);
        const topSlot = holdsTasks && slotOf(top.text) === "implementation" ? null : slotOf(top.text);
        if (topSlot === "implementation") {
            result.implementation.push(...duties(top, result.reporting));
            content.push({ kind: "slot", slot: "implementation" });
        }
        else if (topSlot === "budget") {
            result.budget = budgetOf(paragraphsOf(top));
            content.push({ kind: "slot", slot: "budget" });
        }
        else {
            for (const item of top.seq) {
                if (item.kind === "block") {
                    if (item.block.kind === "para")
                        content.push({ kind: "paragraph", text: item.block.text });
                    else if (isTaskTable(item.block))
                        placeTasks(content);
                    continue;
                }
                const child = item.node;
                if (isTaskNode(child) || descendants(child).some(isTaskNode) || child.body.some(isTaskTable)) {
                    if (!isTaskNode(child))
                        content.push({ kind: "heading", text: headingText(child.text) });
                    placeTasks(content);
                    continue;
                }
                const slot = slotOf(child.text);
                content.push({ kind: "heading", text: headingText(child.text) });
                const texts = paragraphsOf(child);
                if (slot === "purposes" || slot === "requirements") {
                    result[slot].push(...texts);
                    content.push({ kind: "slot", slot });
                }
                else if (slot === "audiences") {
                    result.audiences.push(...texts.map((text) => ({ text })));
                    content.push({ kind: "slot", slot });
                }
                else if (slot === "budget") {
                    result.budget = budgetOf(texts);
                    content.push({ kind: "slot", slot });
                }
                else
                    for (const text of texts)
                        content.push({ kind: "paragraph", text });
            }
        }
        result.sections.push({
            id: `muc-${result.sections.length + 1}`,
            heading: headingText(top.text),
            content,
        });
    }
    return result;
}
function budgetOf(texts) {
    const text = texts.join("\n");
    const f = fold(text);
    const sources = [];
    if (/ngan sach/.test(f))
        sources.push("ngân sách nhà nước");
    if (/hop phap khac|nguon khac|xa hoi hoa/.test(f))
        sources.push("nguồn kinh phí hợp pháp khác");
    return { sources, text };
}
const ROLE_OPENERS = [
    [/^(chu tri)/, "lead"],
    [/^(theo doi|kiem tra|don doc|tong hop)/, "monitor"],
    [/^(phoi hop)/, "support"],
    [/^(tham muu)/, "advisor"],
];
function agencyRefs(text) {
    return splitAgencies(text).names.map((name) => ({ name }));
}
/** "Tổ chức thực hiện": one duty per agency heading, its items from the lines under it. */
function duties(section, reporting) {
    const out = [];
    for (const child of section.children) {
        const heading = trimValue(child.text);
        const requested = /^đề nghị(?=\s|$)/iu.test(heading);
        const names = agencyRefs(heading.replace(/^đề nghị\s+/iu, "").replace(/\s*\([^)]*\)\s*/g, " "));
        const agency = names[0] ?? { name: heading };
        const items = [];
        const texts = [];
        for (const item of child.seq) {
            if (item.kind === "block" && item.block.kind === "para")
                texts.push(item.block.text);
            else if (item.kind === "node")
                texts.push([item.node.text, ...flatText(item.node)].join("\n"));
        }
        for (const raw of texts) {
            const text = oneLine(raw);
            if (!text)
                continue;
            const duty = { text };
            const f = fold(text);
            const roles = ROLE_OPENERS.filter(([re]) => re.test(f)).map(([, role]) => role);
            if (roles.length > 0)
                duty.roles = roles;
            const partners = /^chu tri,?\s*phoi hop (?:voi )?(.+?)(?:\s+(?:thuc hien|trien khai|to chuc|tham muu|huong dan|xay dung|dua|dang|cap nhat|theo doi|don doc|kiem tra|tuyen truyen|long ghep|tong hop|bao cao|duy tri|day manh|phat hanh|thong tin|lam tot)\b|[;.]|$)/.exec(f);
            if (partners)
                duty.partners = agencyRefs(text.slice(f.indexOf(partners[1]), f.indexOf(partners[1]) + partners[1].length));
            const deadline = /\b(ban hanh|hoan thanh|gui|nop)?\s*(truoc|cham nhat)\s+(ngay\s+)?\d{1,2}\/\d{1,2}(\/\d{4})?/.exec(f);
            if (deadline) {
                const spec = parseTime(text.slice(deadline.index, deadline.index + deadline[0].length));
                if (spec.kind === "deadline")
                    duty.deadline = spec;
            }
            if (/(xay dung|ban hanh)\s+(va ban hanh\s+)?ke hoach/.test(f))
                duty.childPlan = true;
            items.push(duty);
            const report = reportingDuty(text, agency, reporting.length);
            if (report)
                reporting.push(report);
        }
        out.push({
            id: `to-chuc-${out.length + 1}`,
            agency,
            ...(names.length > 1 ? { coAgencies: names.slice(1) } : {}),
            heading,
            ...(requested ? { requested: true } : {}),
            items,
        });
    }
    return out;
}
const CADENCES = [
    [/\bhang quy\b|\btheo quy\b|\bquy\b/, "quarter"],
    [/\b(0?6|sau) thang\b/, "halfYear"],
    [/\b(0?9|chin) thang\b/, "nineMonths"],
    [/\bhang thang\b|\bdinh ky thang\b/, "month"],
    [/\b(nam|hang nam|1 nam|ca nam)\b(?! \d)/, "year"],
    [/\bdot xuat\b/, "adhoc"],
];
/** "Định kỳ hàng quý, 06 tháng và năm báo cáo … về UBND thị xã (qua Phòng Nội vụ)". */
function reportingDuty(text, reporter, index) {
    const f = fold(text);
    if (!/\bbao cao\b/.test(f) || !/\b(dinh ky|hang quy|hang thang|6 thang|06 thang|dot xuat)\b/.test(f))
        return null;
    const cadences = CADENCES.filter(([re]) => re.test(f)).map(([, c]) => c);
    if (cadences.length === 0)
        return null;
    const to = /\b(?:ve|voi|gui ve|gui)\s+((?:uy ban nhan dan|ubnd|phong|so|van phong)\s[^,;.(]+)/.exec(f);
    const via = /\(qua ([^)]+)\)/.exec(f);
    const slice = (m, group) => {
        if (!m)
            return undefined;
        const start = f.indexOf(m[group], m.index);
        return trimValue(text.slice(start, start + m[group].length)).replace(/\s+(de|va)\s.*$/u, "");
    };
    const recipient = slice(to, 1) ?? "";
    const embedded = /(long ghep (?:trong|vao|cung voi) bao cao[^);,.]*)|(cung voi noi dung bao cao[^);,.]*)/.exec(f);
    const duty = {
        id: `bao-cao-${index + 1}`,
        reporter,
        recipient: { name: recipient },
        cadences: [...new Set(cadences)],
        text,
    };
    const viaName = slice(via, 1);
    if (viaName)
        duty.via = { name: viaName };
    if (embedded) {
        const start = embedded.index;
        duty.embeddedIn = oneLine(text.slice(start, start + embedded[0].length));
    }
    return duty;
}
//# sourceMappingURL=sections.js.map