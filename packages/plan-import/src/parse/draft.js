import { splitAgencies } from "./agencies.js";
export function roleFromKind(kind) {
    switch (kind) {
        case "lead":
        case "agencies":
            return "lead";
        case "advisor":
            return "advisor";
        case "support":
            return "support";
        case "monitor":
            return "monitor";
        default:
            return null;
    }
}
/** Splits a list of agencies into a role draft, noting fragments that may have been two agencies. */
export function roleDraft(role, label, text, lines, notes) {
    const split = splitAgencies(text);
    for (const fragment of split.doubtful)
        notes.push({
            code: "agency-split-uncertain",
            message: `Không chắc "${fragment}" là phần tên của cơ quan đứng trước hay là một cơ quan riêng.`,
            lines,
        });
    return { role, label, names: split.names, lines };
}
/**
 * Agencies written as a sentence instead of under separate labels: "Phòng Nội vụ chủ trì, phối hợp
 * với các phòng, ban", "Sở Nội vụ (chủ trì); Sở Tài chính, Báo tỉnh (phối hợp)". Returns the parts
 * with their roles; text without such words is all of `fallback`.
 */
export function rolesInSentence(text, fallback) {
    const t = text.trim();
    const marked = [...t.matchAll(/\(\s*(chủ trì|phối hợp|tham mưu)\s*\)/giu)];
    if (marked.length > 0) {
        const out = [];
        let start = 0;
        for (const m of marked) {
            const part = t.slice(start, m.index).replace(/^[\s,;.]+|[\s,;.]+$/gu, "");
            if (part)
                out.push({ role: markerRole(m[1]), text: part });
            start = m.index + m[0].length;
        }
        const rest = t.slice(start).replace(/^[\s,;.]+|[\s,;.]+$/gu, "");
        if (rest)
            out.push({ role: fallback, text: rest });
        return out;
    }
    const leadThenSupport = /^(.+?)\s*(?:\s(?:là cơ quan\s+)?chủ trì(?:\s+thực hiện)?)?\s*[,;]?\s+\(?(?:và\s+)?phối hợp(?:\s+thực hiện)?(?:\s+với|\s*:)\s+(.+)$/iu.exec(t);
    if (leadThenSupport)
        return [
            { role: fallback, text: leadThenSupport[1].replace(/\s+chủ trì(?:\s+thực hiện)?$/iu, "") },
            { role: "support", text: leadThenSupport[2] },
        ];
    const bothNamed = /^(.+?)\s+chủ trì(?:\s+thực hiện)?\s*[,;.]\s*(.+?)\s+phối hợp(?:\s+thực hiện)?\.?$/iu.exec(t);
    if (bothNamed)
        return [
            { role: fallback, text: bothNamed[1] },
            { role: "support", text: bothNamed[2] },
        ];
    return [{ role: fallback, text: t }];
}
function markerRole(word) {
    const w = word.toLocaleLowerCase("vi");
    return w === "phối hợp" ? "support" : w === "tham mưu" ? "advisor" : "lead";
}
//# sourceMappingURL=draft.js.map