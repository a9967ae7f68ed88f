import { type TaskDraft } from "./draft.js";
import type { OutlineNode } from "./outline.js";
/** Tasks under an outline node, as a tree: tasks with their sub-tasks, groups only among tasks. */
export declare function proseTasks(root: OutlineNode): TaskDraft[];
//# sourceMappingURL=prose-tasks.d.ts.map