import { fold } from "../text.js";
const AGENT = "(?:cac )?(?:co quan,? don vi|co quan|don vi|cq|dv|bo phan)";
const LABELS = [
    [
        "lead",
        String.raw `${AGENT}\s+(?:chu tri|chiu trach nhiem chinh|thuc hien chinh)(?:,?\s+(?:thuc hien|tham muu|trien khai))?|chu tri(?:,?\s+(?:thuc hien|tham muu|trien khai))?|${AGENT}\s+(?:thuc hien|phu trach|chiu trach nhiem)|phu trach|trach nhiem thuc hien|trach nhiem chinh`,
    ],
    ["advisor", String.raw `${AGENT}\s+tham muu(?:\s+thuc hien)?|tham muu(?:\s+thuc hien)?`],
    ["support", String.raw `${AGENT}\s+(?:phoi hop|tham gia)(?:\s+thuc hien)?|phoi hop(?:\s+thuc hien)?`],
    [
        "monitor",
        String.raw `${AGENT}\s+(?:theo doi|kiem tra|don doc|giam sat)(?:[ ,]+(?:theo doi|kiem tra|don doc|giam sat|tong hop))*`,
    ],
    [
        "time",
        String.raw `thoi gian(?:\s+(?:thuc hien|hoan thanh|trien khai|to chuc|phat song))?|thoi han(?:\s+hoan thanh|\s+thuc hien)?|tien do(?:\s+thuc hien|\s+hoan thanh)?|moc thoi gian|thoi diem(?:\s+thuc hien|\s+to chuc)?`,
    ],
    ["product", String.raw `san pham(?:\s+dau ra|\s+du kien)?|ket qua(?:\s+dau ra|\s+san pham|\s+du kien)`],
    ["content", String.raw `noi dung(?:\s+thuc hien|\s+chinh|\s+cu the)?`],
    ["form", String.raw `hinh thuc(?:\s+thuc hien|\s+tuyen truyen)?`],
    ["budget", String.raw `kinh phi(?:\s+thuc hien)?|nguon kinh phi|du toan kinh phi`],
    ["note", "ghi chu"],
];
const LABEL_RE = new RegExp(`(${LABELS.map(([, re]) => re).join("|")})\\s*[:：]`, "g");
const KIND_RES = LABELS.map(([kind, re]) => [kind, new RegExp(`^(?:${re})$`)]);
function kindOf(foldedLabel) {
    for (const [kind, re] of KIND_RES)
        if (re.test(foldedLabel))
            return kind;
    return null;
}
/**
 * Labels in a line of text. At the start of the line every label counts; further in, only labels
 * after a separator (";", "(", ".", ",", " - ") count, so "chủ trì, phối hợp với …" in a sentence
 * is not read as a label.
 */
export function scanLabels(text, { anywhere = true } = {}) {
    const f = fold(text);
    const hits = [];
    LABEL_RE.lastIndex = 0;
    for (let m = LABEL_RE.exec(f); m; m = LABEL_RE.exec(f)) {
        const start = m.index;
        const before = f.slice(0, start);
        const atStart = /^[\s\-–—+•*·]*(?:\(\s*)?$/.test(before);
        const afterSep = /(?:[;(.]|,|\s[-–]|\n)\s*$/.test(before);
        if (!atStart && !(anywhere && afterSep))
            continue;
        const kind = kindOf(m[1].trim());
        if (!kind)
            continue;
        // Product, content, form and note labels only count at the start of a line: in running text
        // "nội dung:" and "kết quả:" are ordinary words.
        if (!atStart && (kind === "content" || kind === "form" || kind === "note" || kind === "product"))
            continue;
        hits.push({
            start,
            end: m.index + m[0].length,
            kind,
            label: text.slice(start, start + m[1].length),
        });
    }
    if (hits.length === 0)
        return { before: text, parts: [] };
    const parts = hits.map((h, i) => {
        const next = hits[i + 1]?.start ?? text.length;
        return { kind: h.kind, label: h.label.trim(), value: cleanPartValue(text.slice(h.end, next)) };
    });
    return {
        before: text.slice(0, hits[0].start).replace(/[\s(;,.\-–]+$/u, ""),
        parts,
    };
}
function cleanPartValue(value) {
    let v = value.trim();
    // A part inside parentheses closes with the parenthesis: "(Chủ trì: Phòng Nội vụ)".
    const open = (v.match(/\(/g) ?? []).length;
    const close = (v.match(/\)/g) ?? []).length;
    if (close > open)
        v = v.replace(/\)\s*[.;,]?\s*$/u, "");
    return v
        .replace(/^[\s:;,]+/u, "")
        .replace(/[\s;,]+$/u, "")
        .trim();
}
/** Whether a line is only a label with nothing after it ("- Thời gian thực hiện:"), so sub-bullets carry the value. */
export function isBareLabel(part) {
    return part.value.replace(/[.…]+$/u, "").trim() === "";
}
//# sourceMappingURL=fields.js.map