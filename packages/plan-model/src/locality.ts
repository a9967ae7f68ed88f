import { describePath, formatPath, type PathSegment } from "./field-labels.js";
import { describeJsonErrorLocation } from "./json-error.js";
import { deepClean, fail, type LoadProblem, MAX_PLAN_FILE_BYTES, nestingDepth, toProblem } from "./load.js";
import { LIMITS } from "./schema/common.js";
import { type Locality, LocalitySchema } from "./schema/locality.js";

export type LocalityLoadResult = { ok: true; locality: Locality } | { ok: false; problems: LoadProblem[] };

/**
 * Reads a locality.json. As with plans, the whole locality loads or nothing does, and every
 * problem is listed: a wrong shape, and references that point nowhere (a parent unit, a group
 * member, a signer's agency that the file does not define).
 */
export function parseLocalityJson(text: string): LocalityLoadResult {
  if (text.length > MAX_PLAN_FILE_BYTES) return asLocality(fail([], "Tệp quá lớn; giới hạn là 20 MB."));
  if (text.trim() === "") return asLocality(fail([], "Tệp rỗng: không có dữ liệu địa phương."));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return asLocality(fail([], `Tệp không phải JSON hợp lệ${describeJsonErrorLocation(text)}.`));
  }
  return validateLocalityData(data);
}

export function validateLocalityData(data: unknown): LocalityLoadResult {
  if (nestingDepth(data, LIMITS.depth) > LIMITS.depth) {
    return asLocality(fail([], `Dữ liệu lồng nhau quá sâu (hơn ${LIMITS.depth} cấp).`));
  }
  const cleaned = deepClean(data);
  const result = LocalitySchema.safeParse(cleaned, { reportInput: true });
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => namedAgency(toProblem(issue), cleaned)),
    };
  }
  const problems = checkReferences(result.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, locality: result.data };
}

function checkReferences(locality: Locality): LoadProblem[] {
  const problems: LoadProblem[] = [];
  const add = (path: PathSegment[], message: string) =>
    problems.push({ path: formatPath(path), where: describePath(path), message });
  const unitIds = new Set<string>();
  locality.units.forEach((unit, i) => {
    if (unitIds.has(unit.id)) add(["units", i, "id"], `Mã đơn vị "${unit.id}" bị trùng.`);
    unitIds.add(unit.id);
  });
  const agencyIds = new Set<string>();
  locality.agencies.forEach((agency, i) => {
    if (agencyIds.has(agency.id) || unitIds.has(agency.id))
      add(["agencies", i, "id"], `Mã "${agency.id}" bị trùng.`);
    agencyIds.add(agency.id);
  });
  const hubCodes = new Map<string, string>();
  const claimHubCode = (code: string | undefined, owner: string, path: PathSegment[]) => {
    if (!code) return;
    const first = hubCodes.get(code);
    if (first) add(path, `Mã trên máy chủ tỉnh "${code}" đã dùng cho ${first}.`);
    else hubCodes.set(code, owner);
  };
  locality.units.forEach((unit, i) => {
    claimHubCode(unit.hubCode, `đơn vị "${unit.id}"`, ["units", i, "hubCode"]);
  });
  locality.agencies.forEach((agency, i) => {
    claimHubCode(agency.hubCode, `cơ quan "${agency.id}"`, ["agencies", i, "hubCode"]);
  });
  const edocCodes = new Map<string, string>();
  locality.agencies.forEach((agency, i) => {
    if (!agency.edocCode) return;
    const first = edocCodes.get(agency.edocCode);
    if (first)
      add(
        ["agencies", i, "edocCode"],
        `Mã định danh điện tử "${agency.edocCode}" đã dùng cho cơ quan "${first}".`,
      );
    else edocCodes.set(agency.edocCode, agency.id);
  });
  if (!unitIds.has(locality.unitId))
    add(["unitId"], `Không có đơn vị hành chính mã "${locality.unitId}" trong danh sách units.`);
  locality.units.forEach((unit, i) => {
    if (unit.parentId && !unitIds.has(unit.parentId))
      add(["units", i, "parentId"], missing("đơn vị", unit.parentId));
    for (const [key, ids] of [
      ["predecessors", unit.predecessors],
      ["successors", unit.successors],
    ] as const) {
      ids.forEach((id, j) => {
        if (!unitIds.has(id)) add(["units", i, key, j], missing("đơn vị", id));
      });
    }
    if (unit.validFrom && unit.validTo && unit.validTo < unit.validFrom) {
      add(["units", i, "validTo"], "Ngày hết hiệu lực đứng trước ngày bắt đầu.");
    }
  });
  locality.agencies.forEach((agency, i) => {
    if (agency.unitId && !unitIds.has(agency.unitId))
      add(["agencies", i, "unitId"], missing("đơn vị", agency.unitId));
    if (agency.parentId && !agencyIds.has(agency.parentId)) {
      add(["agencies", i, "parentId"], missing("cơ quan", agency.parentId));
    }
    agency.members?.forEach((id, j) => {
      if (!agencyIds.has(id)) add(["agencies", i, "members", j], missing("cơ quan", id));
    });
    const rule = agency.memberRule;
    if (rule?.parentUnitId && !unitIds.has(rule.parentUnitId)) {
      add(["agencies", i, "memberRule", "parentUnitId"], missing("đơn vị", rule.parentUnitId));
    }
    if (rule?.parentAgencyId && !agencyIds.has(rule.parentAgencyId)) {
      add(["agencies", i, "memberRule", "parentAgencyId"], missing("cơ quan", rule.parentAgencyId));
    }
    if (agency.kind === "group" && !agency.members && !agency.memberRule) {
      add(["agencies", i], "Nhóm cơ quan cần danh sách thành viên (members) hoặc quy tắc (memberRule).");
    }
    if (agency.kind !== "group" && (agency.members || agency.memberRule)) {
      add(["agencies", i, "kind"], 'Chỉ nhóm cơ quan (kind "group") mới có thành viên.');
    }
    for (const [key, ids] of [
      ["predecessors", agency.predecessors],
      ["successors", agency.successors],
    ] as const) {
      ids.forEach((id, j) => {
        if (!agencyIds.has(id)) add(["agencies", i, key, j], missing("cơ quan", id));
      });
    }
  });
  locality.signers.forEach((signer, i) => {
    if (!agencyIds.has(signer.agencyId)) add(["signers", i, "agencyId"], missing("cơ quan", signer.agencyId));
  });
  return problems;
}

/**
 * A problem inside an agency names the agency as the file writes it, not only its position:
 * "Cơ quan “Phòng Văn hóa - Xã hội”: thiếu thông tin bắt buộc; …" under "Cơ quan 4 › Loại".
 */
function namedAgency(problem: LoadProblem, data: unknown): LoadProblem {
  const index = /^agencies\[(\d+)\]/.exec(problem.path)?.[1];
  if (index === undefined) return problem;
  const agencies = (data as { agencies?: unknown } | null)?.agencies;
  const agency = Array.isArray(agencies)
    ? (agencies[Number(index)] as { name?: unknown } | undefined)
    : undefined;
  const name = typeof agency?.name === "string" && agency.name.trim() !== "" ? agency.name.trim() : undefined;
  if (!name) return problem;
  const message = problem.message.charAt(0).toLowerCase() + problem.message.slice(1);
  return { ...problem, message: `Cơ quan “${name}”: ${message}` };
}

function missing(what: string, id: string): string {
  return `Không có ${what} mã "${id}" trong tệp.`;
}

function asLocality(result: { ok: false; problems: LoadProblem[] } | { ok: true }): LocalityLoadResult {
  return result as LocalityLoadResult;
}
