import type { Block, Paragraph } from "../source/blocks.js";
import type { LineRange } from "../types.js";
import { type LabelStyle, parseLabel, TOP_RANK } from "./labels.js";

// The numbered outline of a document body. Plans number freely (I. → 1. → a) → - → +, or
// 2.1 → a), or A. → I. → 1.), so levels are not fixed per style: a style seen for the first time
// opens a level below the current one, and a style already open closes everything below it. Only
// "Phần", "Điều", Roman numerals and capital letters always open a top division.

export interface OutlineNode {
  style: LabelStyle | "root";
  label: string;
  /** The heading text after the label. */
  text: string;
  para: Paragraph | undefined;
  lines: LineRange;
  children: OutlineNode[];
  /** Paragraphs and tables directly under this item, in order. */
  body: Block[];
  /** Body and children in document order. */
  seq: ({ kind: "node"; node: OutlineNode } | { kind: "block"; block: Block })[];
  parent: OutlineNode | undefined;
}

function node(
  style: OutlineNode["style"],
  label: string,
  text: string,
  para: Paragraph | undefined,
  lines: LineRange,
  parent?: OutlineNode,
): OutlineNode {
  return { style, label, text, para, lines: { ...lines }, children: [], body: [], seq: [], parent };
}

export function labelOf(para: Paragraph) {
  if (para.autoLabel) {
    const auto = parseLabel(`${para.autoLabel} ${para.text}`);
    if (auto) return auto;
  }
  return parseLabel(para.text);
}

export function buildOutline(blocks: readonly Block[]): OutlineNode {
  const first = blocks[0]?.lines ?? { from: 1, to: 1 };
  const root = node("root", "", "", undefined, first);
  const stack: OutlineNode[] = [root];
  const top = () => stack[stack.length - 1] as OutlineNode;
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
        const s = top().style as LabelStyle;
        const r = TOP_RANK[s];
        if (r !== undefined && r < rank) break;
        stack.pop();
      }
    } else {
      const at = stack.findIndex((n) => n.style === label.style);
      if (at > 0) stack.length = at;
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

function extend(n: OutlineNode, lines: LineRange): void {
  for (let x: OutlineNode | undefined = n; x; x = x.parent) {
    if (lines.from < x.lines.from) x.lines.from = lines.from;
    if (lines.to > x.lines.to) x.lines.to = lines.to;
  }
}

/** Every node under `n` (not `n` itself), depth first in document order. */
export function descendants(n: OutlineNode): OutlineNode[] {
  const out: OutlineNode[] = [];
  const visit = (x: OutlineNode) => {
    for (const c of x.children) {
      out.push(c);
      visit(c);
    }
  };
  visit(n);
  return out;
}

/** The item's own heading plus everything under it, as plain text lines (for prose fields). */
export function flatText(n: OutlineNode): string[] {
  const out: string[] = [];
  for (const item of n.seq) {
    if (item.kind === "block") {
      if (item.block.kind === "para") out.push(item.block.text);
      else out.push(...item.block.rows.map((r) => r.cells.join(" | ")));
    } else {
      out.push(item.node.para ? item.node.para.text : item.node.text);
      out.push(...flatText(item.node));
    }
  }
  return out;
}
