import { type TaskDraft } from "./draft.js";
import type { OutlineNode } from "./outline.js";
/** The agency a heading names ("1. Công an tỉnh:", "Đề nghị Ủy ban MTTQ Việt Nam tỉnh:"), or undefined. */
export declare function agencyHeading(text: string): string | undefined;
/** One task from an item under an agency heading. */
export declare function agencyItemTask(agency: string, text: string, lines: TaskDraft["lines"], ref: string, content?: string): TaskDraft;
/**
 * The tasks of an agency's heading: each numbered or bulleted item under it, or the heading's own
 * words after its colon when nothing is under it. The heading becomes a group.
 */
export declare function agencyGroup(node: OutlineNode, agency: string): TaskDraft | undefined;
//# sourceMappingURL=agency-tasks.d.ts.map