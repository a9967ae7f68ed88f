import type { Audience, Budget, ImplementationDuty, ReportingDuty, Section } from "@kehoach/plan-model";
import type { Block } from "../source/blocks.js";
import { type OutlineNode } from "./outline.js";
export interface SectionsResult {
    sections: Section[];
    purposes: string[];
    requirements: string[];
    audiences: Audience[];
    budget: Budget | undefined;
    implementation: ImplementationDuty[];
    reporting: ReportingDuty[];
}
export declare function buildSections(root: OutlineNode, isTaskNode: (n: OutlineNode) => boolean, isTaskTable: (b: Block) => boolean): SectionsResult;
//# sourceMappingURL=sections.d.ts.map