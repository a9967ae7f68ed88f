import { parseLabel, TOP_RANK } from "./labels.js";
function node(style, label, text, para, lines, parent) {
    return { style, label, text, para, lines: { ...lines }, children: [], body: [], seq: [], parent };
}
export function labelOf(para) {
    if (para.autoLabel) {
        const auto = parseLabel(`${para.autoLabel} ${para.text}`);
        if (auto)
            return auto;
    }
    return parseLabel(para.text);
}
export function buildOutline(blocks) {
    const first = blocks[0]?.lines ?? { from: 1, to: 1 };
    const root = node("root", "", "", undefined, first);
    const stack = [root];
    const top = () => stack[stack.length - 1];
    for (const block of blocks) {
        const label = block.kind === "para" ? labelOf(block) : null;
        if (!label || block.kind !== "para") {
            const t = top();
            t.body.push(block);
            t.seq.push({ kind: "block", block });
            extend(t, block.lines);
            continue;
        }
        const rank = TOP_RANK[label.style];
        if (rank !== undefined) {
            while (stack.length > 1) {
                const s = top().style;
                const r = TOP_RANK[s];
                if (r !== undefined && r < rank)
                    break;
                stack.pop();
            }
        }
        else {
            const at = stack.findIndex((n) => n.style === label.style);
            if (at > 0)
                stack.length = at;
        }
        const parent = top();
        const child = node(label.style, label.label, label.rest.trim(), block, block.lines, parent);
        parent.children.push(child);
        parent.seq.push({ kind: "node", node: child });
        extend(parent, block.lines);
        stack.push(child);
    }
    return root;
}
function extend(n, lines) {
    for (let x = n; x; x = x.parent) {
        if (lines.from < x.lines.from)
            x.lines.from = lines.from;
        if (lines.to > x.lines.to)
            x.lines.to = lines.to;
    }
}
/** Every node under `n` (not `n` itself), depth first in document order. */
export function descendants(n) {
    const out = [];
    const visit = (x) => {
        for (const c of x.children) {
            out.push(c);
            visit(c);
        }
    };
    visit(n);
    return out;
}
/** The item's own heading plus everything under it, as plain text lines (for prose fields). */
export function flatText(n) {
    const out = [];
    for (const item of n.seq) {
        if (item.kind === "block") {
            if (item.block.kind === "para")
                out.push(item.block.text);
            else
                out.push(...item.block.rows.map((r) => r.cells.join(" | ")));
        }
        else {
            out.push(item.node.para ? item.node.para.text : item.node.text);
            out.push(...flatText(item.node));
        }
    }
    return out;
}
//# sourceMappingURL=outline.js.map