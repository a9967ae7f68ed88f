import type { Block } from "../source/blocks.js";
import type { LineRange } from "../types.js";
import { type ClosingDraft } from "./closing.js";
import type { DraftNote, TaskDraft } from "./draft.js";
import { type HeaderDraft, type Located } from "./header.js";
import { type OutlineNode } from "./outline.js";
export interface AppendixDraft {
    label: string;
    title: string;
    backRef: Located<string> | undefined;
    blocks: Block[];
    lines: LineRange;
}
export interface DecisionDraft {
    header: HeaderDraft;
    closing: ClosingDraft;
    articles: Located<string>[];
    proposal: Located<string> | undefined;
    lines: LineRange;
}
export interface ParsedDocument {
    header: HeaderDraft;
    decision: DecisionDraft | undefined;
    body: OutlineNode;
    bodyBlocks: Block[];
    closingSentence: Located<string> | undefined;
    closing: ClosingDraft;
    appendices: AppendixDraft[];
    tasks: TaskDraft[];
    /** Tables that became tasks, by block. */
    taskTables: Set<Block>;
    /** Outline nodes read as tasks without labels (activities, items under an agency's heading). */
    taskNodes: Set<OutlineNode>;
    notes: DraftNote[];
}
export declare function parseDocument(all: Block[]): ParsedDocument;
//# sourceMappingURL=document.d.ts.map