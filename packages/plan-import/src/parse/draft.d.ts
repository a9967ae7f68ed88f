import type { Role } from "@kehoach/plan-model";
import type { FindingCode, LineRange } from "../types.js";
export interface RoleDraft {
    role: Role;
    /** The label as written ("Cơ quan tham mưu"), when the role came from a label. */
    label: string;
    names: string[];
    lines: LineRange | undefined;
}
export interface DraftNote {
    code: FindingCode;
    message: string;
    lines?: LineRange | undefined;
}
export interface TaskDraft {
    kind: "task" | "group";
    ref: string;
    title: string;
    content?: string | undefined;
    product?: string | undefined;
    forms?: string | undefined;
    note?: string | undefined;
    roles: RoleDraft[];
    /** The time as written; undefined when the task has no time field at all, "" when it was empty. */
    time: string | undefined;
    lines: LineRange;
    parts: {
        title?: LineRange;
        leads?: LineRange;
        supports?: LineRange;
        time?: LineRange;
    };
    from: "prose" | "table";
    notes: DraftNote[];
    children: TaskDraft[];
}
export declare function roleFromKind(kind: string): Role | null;
/** Splits a list of agencies into a role draft, noting fragments that may have been two agencies. */
export declare function roleDraft(role: Role, label: string, text: string, lines: LineRange | undefined, notes: DraftNote[]): RoleDraft;
/**
 * Agencies written as a sentence instead of under separate labels: "Phòng Nội vụ chủ trì, phối hợp
 * với các phòng, ban", "Sở Nội vụ (chủ trì); Sở Tài chính, Báo tỉnh (phối hợp)". Returns the parts
 * with their roles; text without such words is all of `fallback`.
 */
export declare function rolesInSentence(text: string, fallback: Role): {
    role: Role;
    text: string;
}[];
//# sourceMappingURL=draft.d.ts.map