import { z } from "zod";
import { PeriodEntrySchema } from "./entry.js";
import type { IssuedReturn } from "./return-authority.js";

// The record an office keeps of a return it issued, as data read back from storage or a backup
// file: what authorises a later import, so it is checked whole before it is trusted. The shape is
// return-authority.ts's `IssuedReturn`; the compiler holds the two together.

export const IssuedReturnSchema = z.object({
  returnId: z.string().min(1).max(200),
  planId: z.string().min(1).max(1_000),
  periodKey: z.string().min(1).max(300),
  agencyKey: z.string().min(1).max(1_100),
  agencyName: z.string().max(1_000),
  issuedAt: z.string().max(40),
  taskIds: z.array(z.string().min(1).max(300)).max(5_000).optional(),
  base: z.array(PeriodEntrySchema).max(20_000),
  lastImported: z.array(PeriodEntrySchema).max(20_000).optional(),
}) satisfies z.ZodType<IssuedReturn>;
