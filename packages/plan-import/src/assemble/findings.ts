import type { Wording } from "@kehoach/text-vi";
import type { FieldTrace, FindingCode, FindingSeverity, ImportFinding, LineRange } from "../types.js";

/**
 * The findings of one import, each an index the traces of fields and tasks point at. A finding is
 * added with its wording in both languages (`say(vi, en`…`)`): none can lack its English.
 */
export class Findings {
  readonly list: ImportFinding[] = [];
  add(
    code: FindingCode,
    severity: FindingSeverity,
    message: Wording,
    lines?: LineRange,
    target?: string,
  ): number {
    this.list.push({
      code,
      severity,
      message: message.vi,
      messageEn: message.en.text,
      ...(message.en.quotes.length > 0 ? { quotes: message.en.quotes.map((q) => ({ ...q })) } : {}),
      ...(lines ? { lines } : {}),
      ...(target ? { target } : {}),
    });
    return this.list.length - 1;
  }
}

/** Where each header field came from. */
export class Fields {
  readonly list: FieldTrace[] = [];
  trace(target: string, lines: LineRange | undefined, ids: number[] = []): void {
    if (lines) this.list.push({ target, lines, findings: ids });
  }
}

/** Severity of the notes parsers make; the rest are "info". */
export const NOTE_SEVERITY: Partial<Record<FindingCode, FindingSeverity>> = {
  "decision-without-plan": "warning",
  "agency-split-uncertain": "warning",
  "task-role-advisor": "warning",
  "table-row-shifted": "warning",
  "table-row-continued": "info",
  "table-row-unaligned": "info",
  "table-header-repeated": "info",
  "task-time-from-list": "warning",
  "task-merged": "info",
  "table-matrix": "info",
  "task-lead-from-implementation": "warning",
};
