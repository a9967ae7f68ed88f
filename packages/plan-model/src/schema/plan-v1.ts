// Zod is configured for strict pages in common.ts; it must run before this file builds its schemas.
import "./common.js";
import { isValidPartialDate } from "@kehoach/text-vi";
import { z } from "zod";

// Limits keep a hostile or broken file from exhausting memory in the browser; they are far above
// what any real plan needs (the longest seed plan has 15 tasks and paragraphs under 2,000 chars).
export const LIMITS = {
  line: 1_000,
  paragraph: 20_000,
  listItems: 500,
  tasks: 5_000,
  sections: 200,
} as const;

// The schema checks shape only. A plan being written may have an empty title or task text for a
// while and must still be saved as typed; the validation rules report what is missing.
const line = z.string().max(LIMITS.line);
const requiredLine = line.trim().min(1);
const paragraph = z.string().max(LIMITS.paragraph);

export const PartialDateSchema = z
  .object({
    year: z.number().int().min(1900).max(2200),
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
  })
  .refine(isValidPartialDate, { message: "invalid_date" });

export const IssuerSchema = z.object({
  /** Tên cơ quan chủ quản trực tiếp, printed upright above the issuing body; absent for a UBND. */
  parentBody: line.optional(),
  /** Tên cơ quan ban hành as a sentence-case name: "Ủy ban nhân dân xã Kim Liên". */
  name: line,
  /** Where the header breaks the name ("Ủy ban nhân dân" / "xã Kim Liên"); joined, they must give the name. */
  headerLines: z.array(requiredLine).max(4).optional(),
});

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

export const TaskSchema = z.object({
  id: requiredLine,
  content: paragraph,
  product: line.optional(),
  leads: z.array(requiredLine).max(LIMITS.listItems),
  supports: z.array(requiredLine).max(LIMITS.listItems),
  /** Thời gian thực hiện exactly as written ("Quý II/2026", "Thường xuyên"). */
  time: line,
});

export const ContentBlockSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("paragraph"), text: paragraph }),
  /** A numbered khoản title inside a section ("1. Mục đích"); the number is given when rendering. */
  z.object({ kind: z.literal("heading"), text: line }),
  /** Where the task table stands in the text. */
  z.object({ kind: z.literal("tasks") }),
]);

export const SectionSchema = z.object({
  id: requiredLine,
  /** A mục title ("Mục đích, yêu cầu"); numbered I., II. … and set in capitals when rendered. */
  heading: line,
  content: z.array(ContentBlockSchema).max(LIMITS.listItems),
});

export const RecipientsSchema = z.object({
  items: z.array(requiredLine).max(LIMITS.listItems),
  /** What follows "Lưu: " — "VT, VHXH". */
  archive: line,
});

export const PlanV1Schema = z.object({
  schemaVersion: z.literal(1),
  id: requiredLine,
  issuer: IssuerSchema,
  /** Registration number; absent while the plan is a draft waiting for its number. */
  number: z
    .string()
    .regex(/^\d{1,6}$/, { message: "invalid_number" })
    .optional(),
  /** "KH-UBND": type abbreviation and issuer abbreviation, as the agency configures them. */
  symbol: z.string().regex(/^[A-Za-zĐđ]+(-[A-Za-zĐđ]+)+$/u, { message: "invalid_symbol" }),
  /** Địa danh of the date line: "Kim Liên". */
  place: line,
  issuedOn: PartialDateSchema,
  planYear: z.number().int().min(1900).max(2200),
  /** Trích yếu: "Tuyên truyền cải cách hành chính năm 2026 trên địa bàn xã Kim Liên". */
  title: line,
  /** Căn cứ / Thực hiện lines, each as written. */
  bases: z.array(z.object({ text: paragraph })).max(LIMITS.listItems),
  /** The sentence that leads into the sections: "… ban hành Kế hoạch … như sau:". */
  intro: paragraph.optional(),
  sections: z.array(SectionSchema).max(LIMITS.sections),
  tasks: z.array(TaskSchema).max(LIMITS.tasks),
  closing: paragraph.optional(),
  recipients: RecipientsSchema,
  signer: SignerSchema.optional(),
});

export type PlanV1 = z.infer<typeof PlanV1Schema>;
