import type { PartialDate } from "@kehoach/text-vi";
import { z } from "zod";
import { line, PartialDateSchema } from "./common.js";

/**
 * A cited document: "Kế hoạch số 96/KH-UBND ngày 19/03/2024 của UBND tỉnh". Every part is
 * optional because citations in real plans are often partial ("Kế hoạch của tỉnh"); `text` keeps
 * the citation as written.
 */
export interface DocRef {
  text?: string | undefined;
  /** Tên loại as written in the citation: "Kế hoạch", "Quyết định", "Nghị quyết", "Chỉ thị". */
  type?: string | undefined;
  /** "96"; for "14/2019/QĐ-TTg" the number is "14" and the year 2019. */
  number?: string | undefined;
  year?: number | undefined;
  /** "KH-UBND", "QĐ-TTg", or "CT/TU" for a Party document ("28-CT/TU"). */
  symbol?: string | undefined;
  date?: PartialDate | undefined;
  /** "UBND tỉnh", "Chủ tịch UBND huyện": the issuer as written. */
  issuer?: string | undefined;
  /** What the document is about ("về thông tin, tuyên truyền cải cách hành chính năm 2024"). */
  summary?: string | undefined;
}

export const DocRefSchema = z.object({
  text: line.optional(),
  type: line.optional(),
  number: z.string().max(40).optional(),
  year: z.number().int().min(1900).max(2200).optional(),
  symbol: z.string().max(80).optional(),
  date: PartialDateSchema.optional(),
  issuer: line.optional(),
  summary: line.optional(),
}) satisfies z.ZodType<DocRef>;
