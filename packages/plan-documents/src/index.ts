export { planFileName } from "./file-name.js";
export { type MatrixAppendixOptions, matrixAppendix, matrixAppendixDocument } from "./matrix-appendix.js";
export { planDocument } from "./plan-document.js";
export {
  type PlanToVanBanOptions,
  planToVanBan,
  signerBlock,
  taskTable,
  toRoman,
} from "./plan-to-van-ban.js";
export { type PlanProblem, planProblemOf } from "./problem-source.js";
export * from "./report-to-van-ban.js";
export {
  type ReportingSectionInput,
  reportingSection,
  reportingTable,
  type UnitReportingCounts,
} from "./reporting-section.js";
