import { type LoadProblem, MAX_PLAN_FILE_BYTES, type Plan, parsePlanJson } from "../index.js";
import { fail, tooLarge } from "../load.js";

// A plan file from another office or an older version: read whole or refused whole. A refused
// file changes nothing stored and says what is wrong and where; an accepted one whose id is
// already in the library comes in as a copy, so importing never overwrites a plan.

export type ImportResult = { ok: true; plan: Plan; copied: boolean } | { ok: false; problems: LoadProblem[] };

export function importPlanText(
  text: string,
  existingIds: ReadonlySet<string>,
  newId: () => string,
): ImportResult {
  const read = parsePlanJson(text);
  if (!read.ok) return read;
  if (!existingIds.has(read.plan.id)) return { ok: true, plan: read.plan, copied: false };
  return { ok: true, plan: { ...read.plan, id: newId() }, copied: true };
}

export async function readPlanFile(
  file: Blob,
  existingIds: ReadonlySet<string>,
  newId: () => string,
): Promise<ImportResult> {
  if (file.size > MAX_PLAN_FILE_BYTES) {
    return fail([], tooLarge(file.size));
  }
  return importPlanText(await file.text(), existingIds, newId);
}
