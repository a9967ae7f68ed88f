// @kehoach/plan-model/editing: the pure logic of writing a plan, for any editor (the plan builder
// is one): paths into a plan, the task tree's moves, new plans from a template, carrying a plan
// forward to the next year, reading a plan file, the locality as an editor needs it, and what a
// typed time is understood as. No React, no storage, no browser API.
export {
  type CarryForwardResult,
  carryForward,
  type ReviewItem,
  type ReviewKind,
} from "./carry-forward.js";
export { type ImportResult, importPlanText, readPlanFile } from "./import-json.js";
export {
  describeSigner,
  issuerFields,
  type LocalityContext,
  localityContext,
  planMatcher,
  signersFor,
  toSigner,
} from "./locality.js";
export { type CommunicationOutlineOptions, communicationOutline } from "./outline.js";
export { agenciesOutsideDirectory, type OutsideAgency } from "./outside-directory.js";
export {
  formatPath,
  getIn,
  insertAt,
  moveItem,
  type Path,
  parsePath,
  removeAt,
  setIn,
  updateIn,
} from "./paths.js";
export {
  agencyKey,
  canonicalRef,
  involvedAgencies,
  joinNumbers,
  type RecipientSuggestion,
  suggestDuties,
  suggestRecipients,
} from "./suggestions.js";
export {
  countTasks,
  getTask,
  indentTask,
  insertTask,
  isInside,
  moveTaskBy,
  moveTaskTo,
  newTask,
  outdentTask,
  removeTask,
  type TaskPath,
  taskPaths,
  taskPlanPath,
  updateTask,
} from "./task-tree.js";
export {
  blankPlan,
  cchcCommunicationPlan,
  planFromTemplate,
  type TemplateId,
  type TemplateInput,
} from "./templates.js";
export { describeTime, dmy, type TimeUnderstanding } from "./time-understanding.js";
