import type { AdministrativeUnit, Agency, Locality, UnitType } from "../schema/locality.js";

// The agency directory of a locality, asked "as of" a date: a KH dated 19/3/2024 names "UBND thị
// xã Phước Long" even when it is rendered in 2026, and a group such as "UBND các xã, phường"
// expands to the communes that existed on that date (nd30-layout §12.3).

export interface AgencyDirectory {
  locality: Locality;
  agencies: ReadonlyMap<string, Agency>;
  units: ReadonlyMap<string, AdministrativeUnit>;
}

export function createDirectory(locality: Locality): AgencyDirectory {
  return {
    locality,
    agencies: new Map(locality.agencies.map((a) => [a.id, a])),
    units: new Map(locality.units.map((u) => [u.id, u])),
  };
}

/** Whether something with validFrom/validTo exists on an ISO date; without a date, everything does. */
export function isValidOn(
  item: { validFrom?: string | undefined; validTo?: string | undefined },
  date?: string,
): boolean {
  if (!date) return true;
  return (!item.validFrom || item.validFrom <= date) && (!item.validTo || date <= item.validTo);
}

/** The agency's name on a date: a dated name if one applies, else the canonical name. */
export function agencyNameOn(agency: Agency, date?: string): string {
  if (date) {
    const dated = agency.names.find((n) => isValidOn(n, date));
    if (dated) return dated.name;
  }
  return agency.name;
}

/**
 * The agency that stands for `id` on a date: itself while it exists, else its successor that
 * exists then (following merges forward, or predecessors backward for an earlier date).
 */
export function agencyOn(dir: AgencyDirectory, id: string, date?: string): Agency | undefined {
  const seen = new Set<string>();
  const queue = [id];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    if (seen.has(current)) continue;
    seen.add(current);
    const agency = dir.agencies.get(current);
    if (!agency) continue;
    if (isValidOn(agency, date)) return agency;
    const forward = !!date && !!agency.validTo && date > agency.validTo;
    queue.push(...(forward ? agency.successors : agency.predecessors));
  }
  return undefined;
}

/** The unit as written in running text: "xã Kim Liên", "thị xã Phước Long", "Quận 1". */
export function unitDisplayName(unit: AdministrativeUnit): string {
  const word = UNIT_WORDS[unit.type];
  // A numbered or eponymous unit keeps its generic word capitalised: "Quận 1", "Phường 5".
  if (/^\d/.test(unit.name)) return `${word.charAt(0).toUpperCase()}${word.slice(1)} ${unit.name}`;
  return `${word} ${unit.name}`;
}

/** Địa danh of the date line: the proper name, or "Quận 1" when the name is a number. */
export function unitPlaceName(unit: AdministrativeUnit): string {
  return /^\d/.test(unit.name) ? unitDisplayName(unit) : unit.name;
}

export const UNIT_WORDS: Record<UnitType, string> = {
  tinh: "tỉnh",
  thanh_pho_truc_thuoc_tw: "thành phố",
  huyen: "huyện",
  quan: "quận",
  thi_xa: "thị xã",
  thanh_pho_thuoc_tinh: "thành phố",
  thanh_pho_thuoc_tp_tw: "thành phố",
  xa: "xã",
  phuong: "phường",
  thi_tran: "thị trấn",
  dac_khu: "đặc khu",
  thon: "thôn",
  ban: "bản",
  ap: "ấp",
  to_dan_pho: "tổ dân phố",
  khu_pho: "khu phố",
  tieu_khu: "tiểu khu",
};

/** The unit on a date, following merges as for agencies. */
export function unitOn(dir: AgencyDirectory, id: string, date?: string): AdministrativeUnit | undefined {
  const seen = new Set<string>();
  const queue = [id];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    if (seen.has(current)) continue;
    seen.add(current);
    const unit = dir.units.get(current);
    if (!unit) continue;
    if (isValidOn(unit, date)) return unit;
    const forward = !!date && !!unit.validTo && date > unit.validTo;
    queue.push(...(forward ? unit.successors : unit.predecessors));
  }
  return undefined;
}

/** The members of a group on a date (by its list or its rule); nested groups are expanded too. */
export function groupMembers(dir: AgencyDirectory, groupId: string, date?: string): Agency[] {
  const out = new Map<string, Agency>();
  const visit = (id: string, depth: number) => {
    const group = dir.agencies.get(id);
    if (!group || depth > 5) return;
    const direct = group.members
      ? group.members.flatMap((m) => {
          const a = dir.agencies.get(m);
          return a ? [a] : [];
        })
      : group.memberRule
        ? [...dir.agencies.values()].filter((a) =>
            matchesRule(dir, a, group.memberRule as NonNullable<Agency["memberRule"]>),
          )
        : [];
    for (const member of direct) {
      if (!isValidOn(member, date) || member.id === group.id) continue;
      if (member.kind === "group") visit(member.id, depth + 1);
      else out.set(member.id, member);
    }
  };
  visit(groupId, 0);
  return [...out.values()];
}

function matchesRule(dir: AgencyDirectory, agency: Agency, rule: NonNullable<Agency["memberRule"]>): boolean {
  if (agency.kind === "group") return false;
  if (rule.kinds && !rule.kinds.includes(agency.kind)) return false;
  if (rule.parentAgencyId && agency.parentId !== rule.parentAgencyId) return false;
  if (rule.unitTypes || rule.parentUnitId) {
    const unit = agency.unitId ? dir.units.get(agency.unitId) : undefined;
    if (!unit) return false;
    if (rule.unitTypes && !rule.unitTypes.includes(unit.type)) return false;
    if (rule.parentUnitId && unit.parentId !== rule.parentUnitId) return false;
  }
  return true;
}
