import type { PlanV2, PlanV2Input } from "./schema/plan-v2.js";

export { CURRENT_SCHEMA_VERSION } from "./migrate/index.js";
export type { DocRef } from "./schema/doc-ref.js";
export type {
  Abbreviation,
  AgencyRef,
  Appendix,
  Archive,
  Audience,
  Basis,
  Budget,
  ContentBlock,
  Decision,
  DutyItem,
  FormCode,
  FormEntry,
  ImplementationDuty,
  Indicator,
  Issuer,
  ParArea,
  Recipient,
  Recipients,
  ReportCadence,
  ReportingDuty,
  Role,
  RoleAssignment,
  Section,
  Signer,
  Slot,
  Target,
  Task,
  Waiver,
} from "./schema/plan-v2.js";
export type {
  Cadence,
  DurationSpec,
  PeriodSpec,
  TimeAnchor,
  TimeKind,
  TimeSpec,
} from "./schema/time-spec.js";

/** A plan in the current format (2). */
export type Plan = PlanV2;
/** A plan as another system may hand it in: slots that default to empty may be left out. */
export type PlanInput = PlanV2Input;
