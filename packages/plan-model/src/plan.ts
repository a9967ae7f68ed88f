import type { z } from "zod";
import type {
  ContentBlockSchema,
  IssuerSchema,
  PlanV1,
  RecipientsSchema,
  SectionSchema,
  SignerSchema,
  TaskSchema,
} from "./schema/plan-v1.js";

/** The newest plan format; files of older versions are migrated to it when loaded. */
export const CURRENT_SCHEMA_VERSION = 1;

export type Plan = PlanV1;
export type Issuer = z.infer<typeof IssuerSchema>;
export type Signer = z.infer<typeof SignerSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type ContentBlock = z.infer<typeof ContentBlockSchema>;
export type Recipients = z.infer<typeof RecipientsSchema>;
