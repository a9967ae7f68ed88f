import type { Plan } from "@kehoach/plan-model";
import { leadingAgencies } from "./agencies.js";
import type { AgencyReturn } from "./agency-return.js";
import type { PeriodEntry } from "./entry.js";
import { periodKey } from "./period.js";

// A return file is a claim to write into the office's log: it is honoured only as far as the
// office issued it. The office keeps a record of every return it issues (its id, the agency, the
// tasks, what it had then); a file whose id the office never issued, that speaks for another
// agency, or that carries a task or an entry the office did not give that agency is refused whole,
// with a message naming the task, and nothing is written.

/** What the office recorded when it issued a return. */
export interface IssuedReturn {
  returnId: string;
  planId: string;
  periodKey: string;
  agencyKey: string;
  agencyName: string;
  issuedAt: string;
  /** The tasks issued in it. Absent in records written before this field existed: then the plan's. */
  taskIds?: string[];
  /** The office's entries of the window for those tasks, when the return was issued. */
  base: PeriodEntry[];
  /**
   * What the office took from this return at its last import: the common past of a corrected
   * return sent again, so that only what changed since is compared.
   */
  lastImported?: PeriodEntry[];
}

export type ReturnAuthority =
  | { ok: true; issued: IssuedReturn; base: PeriodEntry[] }
  | { ok: false; message: string };

const UNTOUCHED = "Không nhập tệp này; dữ liệu hiện có giữ nguyên.";

/**
 * Whether the office issued this return, to this agency, for these tasks; and the base the merge
 * compares against (the last import from this return, or what the office had when it issued it).
 */
export function authoriseReturn(
  ret: AgencyReturn,
  issued: IssuedReturn | undefined,
  plan: Plan,
  ours: readonly PeriodEntry[],
): ReturnAuthority {
  const from = `Tệp của ${ret.agency.name}`;
  if (!issued) {
    return {
      ok: false,
      message: `${from} có mã phiếu “${ret.returnId}” mà văn phòng chưa từng xuất trên máy này: chỉ nhận tệp do chính văn phòng xuất cho cơ quan. ${UNTOUCHED}`,
    };
  }
  if (issued.planId !== ret.planId || issued.periodKey !== periodKey(ret.period)) {
    return {
      ok: false,
      message: `${from}: mã phiếu “${ret.returnId}” được xuất cho kế hoạch hoặc kỳ khác. ${UNTOUCHED}`,
    };
  }
  if (issued.agencyKey !== ret.agency.key) {
    return {
      ok: false,
      message: `Tệp ghi là của ${ret.agency.name}, nhưng mã phiếu “${ret.returnId}” được xuất cho ${issued.agencyName}. ${UNTOUCHED}`,
    };
  }
  const led = new Set(leadingAgencies(plan).find((a) => a.key === issued.agencyKey)?.taskIds ?? []);
  const allowed = new Set((issued.taskIds ?? [...led]).filter((id) => led.has(id)));
  const titles = new Map(ret.tasks.map((t) => [t.id, `${t.number}. ${t.title}`]));
  const foreign = ret.tasks.filter((t) => !allowed.has(t.id));
  if (foreign.length > 0) {
    return {
      ok: false,
      message: `${from} có nhiệm vụ không giao cho ${issued.agencyName} trong phiếu này: ${foreign.map((t) => `“${t.number}. ${t.title}”`).join("; ")}. ${UNTOUCHED}`,
    };
  }
  const strayEntry = ret.entries.find((e) => !allowed.has(e.taskId));
  if (strayEntry) {
    return {
      ok: false,
      message: `${from} có số liệu của nhiệm vụ “${titles.get(strayEntry.taskId) ?? strayEntry.taskId}”, không giao cho ${issued.agencyName}. ${UNTOUCHED}`,
    };
  }
  // Entries are known by task and id together: an entry whose id the office holds under another
  // task would otherwise replace that task's entry.
  const taskOfId = new Map(ours.map((e) => [e.id, e.taskId]));
  const borrowed = ret.entries.find((e) => {
    const owner = taskOfId.get(e.id);
    return owner !== undefined && owner !== e.taskId;
  });
  if (borrowed) {
    return {
      ok: false,
      message: `${from}: số liệu “${borrowed.id}” ghi cho nhiệm vụ “${titles.get(borrowed.taskId) ?? borrowed.taskId}” nhưng mã đó thuộc nhiệm vụ khác của văn phòng. ${UNTOUCHED}`,
    };
  }
  return { ok: true, issued, base: issued.lastImported ?? issued.base };
}
