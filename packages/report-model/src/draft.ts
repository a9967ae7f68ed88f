import { SignerSchema } from "@kehoach/plan-model";
import { z } from "zod";

// What a person decides about the báo cáo itself, kept with the period's data: the document's
// number and date, where it goes, who signs, and the narrative sections as edited. A narrative
// section left undefined follows the facts (it is re-drafted as the data changes); once edited
// it is the person's text and is kept as typed.

const text = z.string().max(20_000);
const line = z.string().max(1_000);

export const NARRATIVE_KEYS = ["direction", "strengths", "weaknesses", "nextSteps", "proposals"] as const;
export type NarrativeKey = (typeof NARRATIVE_KEYS)[number];

export const NARRATIVE_LABELS: Record<NarrativeKey, string> = {
  direction: "Công tác chỉ đạo, điều hành",
  strengths: "Ưu điểm",
  weaknesses: "Tồn tại, hạn chế và nguyên nhân",
  nextSteps: "Phương hướng, nhiệm vụ kỳ tới",
  proposals: "Đề xuất, kiến nghị",
};

export const ReportDraftSchema = z.object({
  /** Trích yếu; a default is built from the plan and the period when absent. */
  subject: line.optional(),
  /** Số of the báo cáo, given after signature; blank in a draft. */
  number: z
    .string()
    .regex(/^\d{0,6}$/)
    .optional(),
  /** Day of issue (ISO); the draft prints blanks for the day and month when absent. */
  issuedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** The report goes to the level above: it then carries "Kính gửi". */
  sentUpward: z.boolean().default(true),
  addressees: z.array(line).max(20).default([]),
  /** Nơi nhận after "Như trên", without the Lưu line. */
  recipients: z.array(line).max(50).default([]),
  /** What follows "Lưu: ", e.g. "VT, VHXH". */
  archive: line.optional(),
  signer: SignerSchema.optional(),
  narrative: z.object(Object.fromEntries(NARRATIVE_KEYS.map((k) => [k, text.optional()]))).default({}),
});
export type ReportDraft = z.infer<typeof ReportDraftSchema>;
export type Narrative = Record<NarrativeKey, string>;

export function emptyDraft(): ReportDraft {
  return ReportDraftSchema.parse({});
}
