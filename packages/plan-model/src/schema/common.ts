import { isValidPartialDate } from "@kehoach/text-vi";
import { z } from "zod";

// No global switch here (the package has no side effects): a page or worker under the site's
// Content-Security-Policy tells zod there is no eval before this module loads, through
// @kehoach/site-kit/browser (pages) or @kehoach/site-kit/browser/csp (workers).

// Limits keep a hostile or broken file from exhausting memory in the browser; they are far above
// what any real plan needs (the longest seed plan has 15 tasks and paragraphs under 2,000 chars).
export const LIMITS = {
  line: 1_000,
  paragraph: 20_000,
  listItems: 500,
  tasks: 5_000,
  sections: 200,
  /** Nesting of JSON objects and arrays; a plan with sub-tasks and nested times needs about 20. */
  depth: 64,
} as const;

// Schemas check shape only. A plan being written may have an empty title or task text for a
// while and must still be saved as typed; the validation rules report what is missing.
export const line = z.string().max(LIMITS.line);
export const requiredLine = line.trim().min(1);
export const paragraph = z.string().max(LIMITS.paragraph);
export const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.listItems);

export const PartialDateSchema = z
  .object({
    year: z.number().int().min(1900).max(2200),
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
  })
  .refine(isValidPartialDate, { message: "invalid_date" });

/** A complete calendar date as ISO text, "2026-03-14": progress entries and validity dates. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "invalid_iso_date" })
  .refine(
    (text) => {
      const [y, m, d] = text.split("-").map(Number) as [number, number, number];
      return isValidPartialDate({ year: y, month: m, day: d });
    },
    { message: "invalid_date" },
  );

/** Stable identifiers: letters, digits, "-", "_" and ".", so they survive URLs and file names. */
export const IdSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u, { message: "invalid_id" });
