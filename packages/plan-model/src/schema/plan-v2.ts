import { z } from "zod";
import { IsoDateSchema, LIMITS, line, list, PartialDateSchema, paragraph, requiredLine } from "./common.js";
import { DocRefSchema } from "./doc-ref.js";
import { type TimeSpec, TimeSpecSchema } from "./time-spec.js";

// A ký hiệu: the document type's abbreviation, then the issuer's, joined by "-" ("KH-UBND"). A
// group may join two abbreviations with "&", as offices write "KH-SGD&ĐT" for Sở Giáo dục và Đào tạo.
const SYMBOL_GROUP = "[A-Za-zĐđ]+(?:&[A-Za-zĐđ]+)*";
const SYMBOL_PATTERN = new RegExp(`^${SYMBOL_GROUP}(?:-${SYMBOL_GROUP})+$`, "u");
const SYMBOL_OR_EMPTY = new RegExp(`^$|^${SYMBOL_GROUP}(?:-${SYMBOL_GROUP})+$`, "u");

// Plan format 2: the whole plan of plan-domain.md §1 (legal bases and parent plan as document
// references, the plan's slots, tasks as a tree with roles, time as TimeSpec, reporting duties,
// recipients, signer, appendices, the decision that may issue it) and per-document waivers.
// Slots hold the structured data; `sections` arrange them in the author's order and wording.

/** Chủ trì, tham mưu, phối hợp, theo dõi (đôn đốc), đề nghị (a request to bodies not under orders). */
export const ROLES = ["lead", "advisor", "support", "monitor", "requested"] as const;
export type Role = (typeof ROLES)[number];
export const RoleSchema = z.enum(ROLES);

/** An agency as the plan names it, and the directory entry it was matched to, if any. */
export const AgencyRefSchema = z.object({
  /** As written in the plan: "Phòng VH&TT", "UBND các xã, phường". */
  name: line,
  /** Directory id (locality.json) once matched; a group id for "UBND các xã, phường". */
  id: requiredLine.optional(),
});
export type AgencyRef = z.infer<typeof AgencyRefSchema>;

export const RoleAssignmentSchema = z.object({
  role: RoleSchema,
  agency: AgencyRefSchema,
  /** The role label as written when it was not a standard one ("Cơ quan tham mưu"). */
  label: line.optional(),
  /** Set by a person who checked a role mapped from a non-standard label. */
  confirmed: z.boolean().optional(),
});
export type RoleAssignment = z.infer<typeof RoleAssignmentSchema>;

export const FORM_CODES = [
  "massMedia",
  "portal",
  "radio",
  "bulletin",
  "print",
  "visual",
  "contest",
  "training",
  "conference",
  "integrated",
  "mobile",
  "cultural",
  "dialogue",
  "publication",
  "hotline",
  "socialMedia",
  "other",
] as const;
export type FormCode = (typeof FORM_CODES)[number];
/** A communication form: a code for counting and reports, and the wording of the plan. */
export const FormEntrySchema = z.object({ code: z.enum(FORM_CODES).optional(), text: paragraph });
export type FormEntry = z.infer<typeof FormEntrySchema>;

export const IndicatorSchema = z.object({
  id: requiredLine,
  /** "Tin, bài đăng trên Trang thông tin điện tử xã". */
  label: line,
  /** "tin, bài", "buổi", "lượt người", "mét". */
  unit: line,
  target: z.number().min(0).max(1e12).optional(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/** A task, a group of tasks ("2.2. Duy trì … chuyên trang, chuyên mục"), or a sub-task. */
export interface Task {
  id: string;
  /** "group" for a heading that only gathers tasks; absent or "task" otherwise. */
  kind?: "group" | "task" | undefined;
  /** Numbering as in the source: "a", "2.2.b", "9". */
  ref?: string | undefined;
  /** The task as the plan states it ("Nhiệm vụ" column, or the italic heading). */
  title: string;
  /** Details ("Nội dung:" bullets) when the plan gives them apart from the title. */
  content?: string | undefined;
  forms?: FormEntry[] | undefined;
  product?: string | undefined;
  roles: RoleAssignment[];
  time: TimeSpec;
  channels?: string[] | undefined;
  /** "tiếng Dân tộc": when the task must be carried out in a minority language. */
  language?: string | undefined;
  audiences?: string[] | undefined;
  embeddedRefs?: z.infer<typeof DocRefSchema>[] | undefined;
  slogans?: string[] | undefined;
  indicators?: Indicator[] | undefined;
  /** Weight in the parent's progress roll-up; 1 when absent. */
  weight?: number | undefined;
  /** The task of the superior's plan this one carries out ("2.3" of KH 96/KH-UBND). */
  parentPlanTask?: string | undefined;
  children?: Task[] | undefined;
}

const taskFields = {
  id: requiredLine,
  kind: z.enum(["group", "task"]).optional(),
  ref: z.string().max(40).optional(),
  title: paragraph,
  content: paragraph.optional(),
  forms: list(FormEntrySchema).optional(),
  product: line.optional(),
  roles: list(RoleAssignmentSchema),
  time: TimeSpecSchema,
  channels: list(line).optional(),
  language: line.optional(),
  audiences: list(line).optional(),
  embeddedRefs: list(DocRefSchema).optional(),
  slogans: list(line).optional(),
  indicators: list(IndicatorSchema).optional(),
  weight: z.number().min(0).max(1000).optional(),
  parentPlanTask: line.optional(),
};

// Nesting is bounded before any schema runs (see load.ts), so the tree can be defined as itself.
export const TaskSchema: z.ZodType<Task> = z
  .lazy(() => z.object({ ...taskFields, children: z.array(TaskSchema).max(LIMITS.tasks).optional() }))
  .meta({
    id: "Task",
    description: "A task, a group of tasks, or a sub-task, with its roles and time.",
  }) as z.ZodType<Task>;

export const IssuerSchema = z.object({
  /** Tên cơ quan chủ quản trực tiếp, printed upright above the issuing body; absent for a UBND. */
  parentBody: line.optional(),
  /** Tên cơ quan ban hành as a sentence-case name: "Ủy ban nhân dân xã Kim Liên". */
  name: line,
  /** Where the header breaks the name ("Ủy ban nhân dân" / "xã Kim Liên"); joined, they must give the name. */
  headerLines: z.array(requiredLine).max(4).optional(),
  /** The issuing agency in the locality's directory. */
  agencyId: requiredLine.optional(),
});
export type Issuer = z.infer<typeof IssuerSchema>;

export const SignerSchema = z.object({
  /** TM. <collective>: the collective body signed for, e.g. "Ủy ban nhân dân". */
  collective: line.optional(),
  /** KT. (deputy for the head), Q. (acting head), TL. (by order), TUQ. (by authorisation). */
  delegation: z.enum(["KT", "Q", "TL", "TUQ"]).optional(),
  /** The head's title after KT./TL./TUQ.: "Chủ tịch". */
  headTitle: line.optional(),
  /** The signer's own title: "Phó Chủ tịch". */
  title: line,
  /** Họ tên, without academic titles; a draft may leave it blank. */
  name: line.optional(),
});
export type Signer = z.infer<typeof SignerSchema>;

/** A slot of structured data placed in the text by a section. */
export const SLOTS = [
  "tasks",
  "purposes",
  "requirements",
  "audiences",
  "themes",
  "forms",
  "targets",
  "budget",
  "implementation",
  "reporting",
] as const;
export type Slot = (typeof SLOTS)[number];

export const ContentBlockSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("paragraph"), text: paragraph }),
  /** A numbered khoản title inside a section ("1. Mục đích"); the number is given when rendering. */
  z.object({ kind: z.literal("heading"), text: line }),
  /** Where a slot of the plan (the task table, the purposes, …) stands in the text. */
  z.object({ kind: z.literal("slot"), slot: z.enum(SLOTS) }),
]);
export type ContentBlock = z.infer<typeof ContentBlockSchema>;

export const SectionSchema = z.object({
  id: requiredLine,
  /** A mục title ("Mục đích, yêu cầu"); numbered I., II. … and set in capitals when rendered. */
  heading: line,
  content: list(ContentBlockSchema),
});
export type Section = z.infer<typeof SectionSchema>;

export const BasisSchema = z.object({
  /** Căn cứ … (a legal ground) / Thực hiện … (a superior's plan) / Theo đề nghị của … (in a QĐ). */
  kind: z.enum(["can_cu", "thuc_hien", "de_nghi"]),
  /** The line as written. */
  text: paragraph,
  /** The documents the line cites; empty when it cites none. */
  refs: list(DocRefSchema).default([]),
});
export type Basis = z.infer<typeof BasisSchema>;

export const AbbreviationSchema = z.object({ short: requiredLine, long: line });
export type Abbreviation = z.infer<typeof AbbreviationSchema>;

export const AUDIENCE_TAGS = [
  "officials",
  "massOrganisations",
  "publicServiceUnits",
  "businesses",
  "citizens",
  "ethnicMinorities",
  "youth",
  "other",
] as const;
export const AudienceSchema = z.object({ tag: z.enum(AUDIENCE_TAGS).optional(), text: paragraph });
export type Audience = z.infer<typeof AudienceSchema>;

/** The six areas of administrative reform of Nghị quyết 76/NQ-CP. */
export const PAR_AREAS = [
  "institutions",
  "procedures",
  "organisation",
  "civilService",
  "publicFinance",
  "digitalGovernment",
] as const;
export type ParArea = (typeof PAR_AREAS)[number];

export const TargetSchema = z.object({
  id: requiredLine,
  /** As written: "100% Cổng/Trang thông tin điện tử … tăng cường nội dung tuyên truyền". */
  text: paragraph,
  /** The indicator the report measures it by (an indicator id of a task, or a catalogue code). */
  indicator: line.optional(),
  value: z.number().min(0).max(1e12).optional(),
  unit: line.optional(),
  taskIds: list(requiredLine).optional(),
});
export type Target = z.infer<typeof TargetSchema>;

export const BudgetSchema = z.object({
  /** "ngân sách nhà nước theo phân cấp", "nguồn kinh phí hợp pháp khác". */
  sources: list(line),
  /** In đồng, when the plan gives a figure. */
  amount: z.number().min(0).max(1e15).optional(),
  /** The budget paragraph as written. */
  text: paragraph.optional(),
});
export type Budget = z.infer<typeof BudgetSchema>;

export const DutyItemSchema = z.object({
  text: paragraph,
  /** Roles the item gives the agency: "Theo dõi, kiểm tra, đôn đốc" is monitor. */
  roles: list(RoleSchema).optional(),
  /** "phối hợp với …": the agencies it works with. */
  partners: list(AgencyRefSchema).optional(),
  /** "Ban hành trước 15/02/2021". */
  deadline: TimeSpecSchema.optional(),
  /** The item asks the agency to issue its own plan (a cascade the tracker follows). */
  childPlan: z.boolean().optional(),
});
export type DutyItem = z.infer<typeof DutyItemSchema>;

/** One entry of "Tổ chức thực hiện": what one agency (or group) is to do. */
export const ImplementationDutySchema = z.object({
  id: requiredLine,
  agency: AgencyRefSchema,
  /** Other agencies the same heading names: "Các cơ quan chuyên môn; UBND các xã, phường". */
  coAgencies: list(AgencyRefSchema).optional(),
  /** The heading as written: "Thị Đoàn (Thành viên Ban chỉ đạo CCHC thị xã)". */
  heading: line.optional(),
  /** "Đề nghị …": a request to bodies the issuer cannot give orders to. */
  requested: z.boolean().optional(),
  items: list(DutyItemSchema),
});
export type ImplementationDuty = z.infer<typeof ImplementationDutySchema>;

export const REPORT_CADENCES = ["month", "quarter", "halfYear", "nineMonths", "year", "adhoc"] as const;
export type ReportCadence = (typeof REPORT_CADENCES)[number];

export const ReportingDutySchema = z.object({
  id: requiredLine,
  reporter: AgencyRefSchema,
  recipient: AgencyRefSchema,
  /** "(qua Phòng Nội vụ)". */
  via: AgencyRefSchema.optional(),
  cadences: list(z.enum(REPORT_CADENCES)),
  /** "lồng ghép trong báo cáo cải cách hành chính". */
  embeddedIn: line.optional(),
  text: paragraph.optional(),
});
export type ReportingDuty = z.infer<typeof ReportingDutySchema>;

export const RecipientSchema = z.object({
  /** The line as written, without the leading "-" and final ";": "Sở Nội vụ tỉnh Nghệ An (để b/c)". */
  text: line,
  agency: AgencyRefSchema.optional(),
});
export type Recipient = z.infer<typeof RecipientSchema>;

/** "Lưu: VT, NV (30b)": the văn thư copy, the drafting units, and the number of copies. */
export const ArchiveSchema = z.object({
  vt: z.boolean(),
  units: list(requiredLine),
  copies: z.number().int().min(1).max(100_000).optional(),
});
export type Archive = z.infer<typeof ArchiveSchema>;

export const RecipientsSchema = z.object({
  items: list(RecipientSchema),
  archive: ArchiveSchema,
});
export type Recipients = z.infer<typeof RecipientsSchema>;

export const AppendixSchema = z.object({
  id: requiredLine,
  /** The label as written above the title: "PHỤ LỤC", "Phụ lục I". */
  label: line.optional(),
  /** "Nhiệm vụ tuyên truyền cải cách hành chính năm 2023". */
  title: line,
  /** "(Kèm theo Kế hoạch số 06/KH-UBND ngày 11/01/2023 của UBND thành phố)". */
  backRef: DocRefSchema.optional(),
  content: list(ContentBlockSchema),
});
export type Appendix = z.infer<typeof AppendixSchema>;

/** A Quyết định that issues the plan as its attachment (nd30-layout §7.2). */
export const DecisionSchema = z.object({
  number: z
    .string()
    .regex(/^\d{1,6}$/, { message: "invalid_number" })
    .optional(),
  symbol: z.string().regex(SYMBOL_PATTERN, { message: "invalid_symbol" }),
  place: line.optional(),
  issuedOn: PartialDateSchema.optional(),
  /** Trích yếu of the QĐ: "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026". */
  title: line,
  /** Tên chức danh/cơ quan ban hành above the căn cứ: "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ KIM LIÊN". */
  authority: line.optional(),
  bases: list(BasisSchema),
  /** "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội." */
  proposal: paragraph.optional(),
  /** Điều 1, Điều 2, … each as written (without "Điều n."). */
  articles: list(paragraph),
  effectiveFrom: PartialDateSchema.optional(),
  signer: SignerSchema.optional(),
  recipients: RecipientsSchema.optional(),
});
export type Decision = z.infer<typeof DecisionSchema>;

/** A decision, kept with the plan, that a finding of a rule is accepted, and why. */
export const WaiverSchema = z.object({
  /** The rule id: "task-missing-lead". */
  rule: requiredLine,
  /** Machine path of the finding it accepts ("tasks[1]"); absent: every finding of the rule. */
  path: line.optional(),
  reason: paragraph.refine((text) => text.trim().length > 0, { message: "waiver_reason" }),
  by: line.optional(),
  on: IsoDateSchema.optional(),
});
export type Waiver = z.infer<typeof WaiverSchema>;

export const PlanV2Schema = z.object({
  schemaVersion: z.literal(2),
  id: requiredLine,
  /** The locality directory (localities/<slug>/locality.json) the plan was written against. */
  locality: line.optional(),
  issuer: IssuerSchema,
  /** Registration number; absent while the plan is a draft waiting for its number. */
  number: z
    .string()
    .regex(/^\d{1,6}$/, { message: "invalid_number" })
    .optional(),
  /** "KH-UBND": type abbreviation and issuer abbreviation, as the agency configures them; "" when not yet given. */
  symbol: z.string().regex(SYMBOL_OR_EMPTY, { message: "invalid_symbol" }),
  /** Địa danh of the date line: "Kim Liên". */
  place: line,
  issuedOn: PartialDateSchema,
  planYear: z.number().int().min(1900).max(2200),
  /** A plan for several years (2021–2025); the plan year is then the first of them. */
  period: z
    .object({ from: z.number().int().min(1900).max(2200), to: z.number().int().min(1900).max(2200) })
    .optional(),
  /** Trích yếu: "Tuyên truyền cải cách hành chính năm 2026 trên địa bàn xã Kim Liên". */
  title: line,
  /** The QĐ that issues the plan, when it is issued that way. */
  decision: DecisionSchema.optional(),
  /** Căn cứ / Thực hiện lines. */
  bases: list(BasisSchema),
  /** The superior's plan this plan carries out. */
  parentPlan: DocRefSchema.optional(),
  /** "(sau đây viết tắt là CCHC)": abbreviations the plan defines. */
  abbreviations: list(AbbreviationSchema).default([]),
  /** The sentence that leads into the sections: "… ban hành Kế hoạch … như sau:". */
  intro: paragraph.optional(),
  purposes: list(paragraph).default([]),
  requirements: list(paragraph).default([]),
  audiences: list(AudienceSchema).default([]),
  themes: list(z.enum(PAR_AREAS)).default([]),
  /** Indices the plan addresses: "PAR_INDEX", "SIPAS", "PAPI", "PCI", or another name. */
  indices: list(line).default([]),
  forms: list(FormEntrySchema).default([]),
  sections: z.array(SectionSchema).max(LIMITS.sections),
  tasks: z.array(TaskSchema).max(LIMITS.tasks),
  targets: list(TargetSchema).default([]),
  budget: BudgetSchema.optional(),
  implementation: list(ImplementationDutySchema).default([]),
  reporting: list(ReportingDutySchema).default([]),
  closing: paragraph.optional(),
  recipients: RecipientsSchema,
  signer: SignerSchema.optional(),
  appendices: list(AppendixSchema).default([]),
  waivers: list(WaiverSchema).default([]),
});

export type PlanV2 = z.infer<typeof PlanV2Schema>;
/** What a caller may hand in: slots with a default may be left out. */
export type PlanV2Input = z.input<typeof PlanV2Schema>;
