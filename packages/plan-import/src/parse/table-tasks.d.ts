import type { Table } from "../source/blocks.js";
import { type ColumnKind } from "./columns.js";
import { type DraftNote, type TaskDraft } from "./draft.js";
export interface TableTasks {
    tasks: TaskDraft[];
    notes: DraftNote[];
    columns: ColumnKind[];
}
export declare function looksLikeTime(cell: string): boolean;
export declare function looksLikeAgencies(cell: string): boolean;
export declare function tableTasks(table: Table): TableTasks | null;
//# sourceMappingURL=table-tasks.d.ts.map