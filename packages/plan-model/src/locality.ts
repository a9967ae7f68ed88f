import { en, lowerFirst, say, type Wording } from "@kehoach/text-vi";
import type { PathSegment } from "./field-labels.js";
import {
  deepClean,
  fail,
  issuePath,
  issueWording,
  type LoadProblem,
  MAX_PLAN_FILE_BYTES,
  nestingDepth,
  notJson,
  problemAt,
} from "./load.js";
import { LIMITS } from "./schema/common.js";
import { type Locality, LocalitySchema } from "./schema/locality.js";

export type LocalityLoadResult = { ok: true; locality: Locality } | { ok: false; problems: LoadProblem[] };

/**
 * Reads a locality.json. As with plans, the whole locality loads or nothing does, and every
 * problem is listed: a wrong shape, and references that point nowhere (a parent unit, a group
 * member, a signer's agency that the file does not define).
 */
export function parseLocalityJson(text: string): LocalityLoadResult {
  if (text.length > MAX_PLAN_FILE_BYTES) {
    return fail([], say("Tệp quá lớn; giới hạn là 20 MB.", en`The file is too large; the limit is 20 MB.`));
  }
  if (text.trim() === "") {
    return fail(
      [],
      say("Tệp rỗng: không có dữ liệu địa phương.", en`The file is empty: it holds no locality data.`),
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail([], notJson(text));
  }
  return validateLocalityData(data);
}

export function validateLocalityData(data: unknown): LocalityLoadResult {
  if (nestingDepth(data, LIMITS.depth) > LIMITS.depth) {
    return fail(
      [],
      say(
        `Dữ liệu lồng nhau quá sâu (hơn ${LIMITS.depth} cấp).`,
        en`The data is nested too deeply (more than ${LIMITS.depth} levels).`,
      ),
    );
  }
  const cleaned = deepClean(data);
  const result = LocalitySchema.safeParse(cleaned, { reportInput: true });
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) =>
        problemAt(issuePath(issue), namedAgency(issuePath(issue), issueWording(issue), cleaned)),
      ),
    };
  }
  const problems = checkReferences(result.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, locality: result.data };
}

function checkReferences(locality: Locality): LoadProblem[] {
  const problems: LoadProblem[] = [];
  const add = (path: PathSegment[], wording: Wording) => problems.push(problemAt(path, wording));
  const unitIds = new Set<string>();
  locality.units.forEach((unit, i) => {
    if (unitIds.has(unit.id))
      add(
        ["units", i, "id"],
        say(`Mã đơn vị "${unit.id}" bị trùng.`, en`The unit id ${unit.id} is used twice.`),
      );
    unitIds.add(unit.id);
  });
  const agencyIds = new Set<string>();
  locality.agencies.forEach((agency, i) => {
    if (agencyIds.has(agency.id) || unitIds.has(agency.id))
      add(["agencies", i, "id"], say(`Mã "${agency.id}" bị trùng.`, en`The id ${agency.id} is used twice.`));
    agencyIds.add(agency.id);
  });
  const hubCodes = new Map<string, Wording>();
  const claimHubCode = (code: string | undefined, owner: Wording, path: PathSegment[]) => {
    if (!code) return;
    const first = hubCodes.get(code);
    if (first)
      add(
        path,
        say(
          `Mã trên máy chủ tỉnh "${code}" đã dùng cho ${first.vi}.`,
          en`The provincial server code ${code} is already used for ${first.en}.`,
        ),
      );
    else hubCodes.set(code, owner);
  };
  locality.units.forEach((unit, i) => {
    claimHubCode(unit.hubCode, say(`đơn vị "${unit.id}"`, en`unit ${unit.id}`), ["units", i, "hubCode"]);
  });
  locality.agencies.forEach((agency, i) => {
    claimHubCode(agency.hubCode, say(`cơ quan "${agency.id}"`, en`agency ${agency.id}`), [
      "agencies",
      i,
      "hubCode",
    ]);
  });
  const edocCodes = new Map<string, string>();
  locality.agencies.forEach((agency, i) => {
    if (!agency.edocCode) return;
    const first = edocCodes.get(agency.edocCode);
    if (first)
      add(
        ["agencies", i, "edocCode"],
        say(
          `Mã định danh điện tử "${agency.edocCode}" đã dùng cho cơ quan "${first}".`,
          en`The electronic identification code ${agency.edocCode} is already used for agency ${first}.`,
        ),
      );
    else edocCodes.set(agency.edocCode, agency.id);
  });
  if (!unitIds.has(locality.unitId))
    add(
      ["unitId"],
      say(
        `Không có đơn vị hành chính mã "${locality.unitId}" trong danh sách units.`,
        en`There is no administrative unit with the id ${locality.unitId} in the list of units.`,
      ),
    );
  locality.units.forEach((unit, i) => {
    if (unit.parentId && !unitIds.has(unit.parentId))
      add(["units", i, "parentId"], missing("unit", unit.parentId));
    for (const [key, ids] of [
      ["predecessors", unit.predecessors],
      ["successors", unit.successors],
    ] as const) {
      ids.forEach((id, j) => {
        if (!unitIds.has(id)) add(["units", i, key, j], missing("unit", id));
      });
    }
    if (unit.validFrom && unit.validTo && unit.validTo < unit.validFrom) {
      add(
        ["units", i, "validTo"],
        say("Ngày hết hiệu lực đứng trước ngày bắt đầu.", en`The end of validity comes before its start.`),
      );
    }
  });
  locality.agencies.forEach((agency, i) => {
    if (agency.unitId && !unitIds.has(agency.unitId))
      add(["agencies", i, "unitId"], missing("unit", agency.unitId));
    if (agency.parentId && !agencyIds.has(agency.parentId)) {
      add(["agencies", i, "parentId"], missing("agency", agency.parentId));
    }
    agency.members?.forEach((id, j) => {
      if (!agencyIds.has(id)) add(["agencies", i, "members", j], missing("agency", id));
    });
    const rule = agency.memberRule;
    if (rule?.parentUnitId && !unitIds.has(rule.parentUnitId)) {
      add(["agencies", i, "memberRule", "parentUnitId"], missing("unit", rule.parentUnitId));
    }
    if (rule?.parentAgencyId && !agencyIds.has(rule.parentAgencyId)) {
      add(["agencies", i, "memberRule", "parentAgencyId"], missing("agency", rule.parentAgencyId));
    }
    if (agency.kind === "group" && !agency.members && !agency.memberRule) {
      add(
        ["agencies", i],
        say(
          "Nhóm cơ quan cần danh sách thành viên (members) hoặc quy tắc (memberRule).",
          en`A group of agencies needs a list of members (members) or a rule (memberRule).`,
        ),
      );
    }
    if (agency.kind !== "group" && (agency.members || agency.memberRule)) {
      add(
        ["agencies", i, "kind"],
        say(
          'Chỉ nhóm cơ quan (kind "group") mới có thành viên.',
          en`Only a group of agencies (kind "group") has members.`,
        ),
      );
    }
    for (const [key, ids] of [
      ["predecessors", agency.predecessors],
      ["successors", agency.successors],
    ] as const) {
      ids.forEach((id, j) => {
        if (!agencyIds.has(id)) add(["agencies", i, key, j], missing("agency", id));
      });
    }
  });
  locality.signers.forEach((signer, i) => {
    if (!agencyIds.has(signer.agencyId)) add(["signers", i, "agencyId"], missing("agency", signer.agencyId));
  });
  return problems;
}

/**
 * A problem inside an agency names the agency as the file writes it, not only its position:
 * "Cơ quan “Phòng Văn hóa - Xã hội”: thiếu thông tin bắt buộc; …" under "Cơ quan 4 › Loại".
 */
function namedAgency(path: readonly PathSegment[], wording: Wording, data: unknown): Wording {
  if (path[0] !== "agencies" || typeof path[1] !== "number") return wording;
  const agencies = (data as { agencies?: unknown } | null)?.agencies;
  const agency = Array.isArray(agencies) ? (agencies[path[1]] as { name?: unknown } | undefined) : undefined;
  const name = typeof agency?.name === "string" && agency.name.trim() !== "" ? agency.name.trim() : undefined;
  if (!name) return wording;
  const message = wording.vi.charAt(0).toLowerCase() + wording.vi.slice(1);
  return say(`Cơ quan “${name}”: ${message}`, en`Agency ${name}: ${lowerFirst(wording.en)}`);
}

const KINDS = {
  unit: { vi: "đơn vị", en: en`unit` },
  agency: { vi: "cơ quan", en: en`agency` },
} as const;

function missing(kind: keyof typeof KINDS, id: string): Wording {
  const what = KINDS[kind];
  return say(
    `Không có ${what.vi} mã "${id}" trong tệp.`,
    en`There is no ${what.en} with the id ${id} in the file.`,
  );
}
