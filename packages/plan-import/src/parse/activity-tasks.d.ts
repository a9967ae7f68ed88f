import type { TaskDraft } from "./draft.js";
import { type OutlineNode } from "./outline.js";
type SectionKind = "content" | "implementation" | "other" | "neutral";
export declare function sectionKind(heading: string): SectionKind;
export interface UnlabelledTasks {
    tasks: TaskDraft[];
    /** Nodes read as tasks, so the plan's sections put the task list in their place. */
    nodes: Set<OutlineNode>;
    /** Tasks read before that these replace (an agency's items read without their agency). */
    replaced: Set<TaskDraft>;
}
/**
 * Tasks without labels under the body's outline, besides the `found` ones (labelled prose and
 * tables). `fallback` reads the duties of "Tổ chức thực hiện" and every section that is neither
 * purposes nor implementation: it is used when nothing else gave a task.
 */
export declare function unlabelledTasks(root: OutlineNode, found: readonly TaskDraft[], fallback: boolean): UnlabelledTasks;
export {};
//# sourceMappingURL=activity-tasks.d.ts.map