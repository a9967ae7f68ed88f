import {
  type Agency,
  type AgencyDirectory,
  groupMembers,
  type Locality,
  unitDisplayName,
} from "@kehoach/plan-model";

// How a locality maps onto the hub. Every unit or agency of the directory that carries a
// `hubCode` reports through the hub and gets one database, one role and one user, all named from
// that code, so they never change when a name does. The province's roll-up database is named
// from the locality's slug. Role = database name, so a signed-in user's roles say which database
// is theirs.

/** A unit (a commune, a ward) or an agency (a department) with its own database on the hub. */
export interface HubUnit {
  /** The hubCode of the directory: "xa-kim-lien". */
  code: string;
  kind: "unit" | "agency";
  /** Its id in the locality directory. */
  directoryId: string;
  /** As people name it: "xã Kim Liên", "Sở Nội vụ". */
  name: string;
  database: string;
  /** Members with this role read and write the database. */
  role: string;
  /** The account provisioning creates for the unit. */
  user: string;
}

export interface HubLayout {
  locality: string;
  localityName: string;
  province: { database: string; role: string; user: string; name: string };
  /** The service account the replication jobs into the province database run as. */
  replicator: { user: string };
  units: HubUnit[];
}

const PREFIX = "kh_";

/** "kh_nghe-an": the province's roll-up database, and the role of the province's readers. */
export function provinceDatabase(slug: string): string {
  return `${PREFIX}${slug}`;
}

/** "kh_nghe-an_xa-kim-lien": a unit's database and role. Slugs and codes hold no "_", so names never collide. */
export function unitDatabase(slug: string, code: string): string {
  return `${PREFIX}${slug}_${code}`;
}

/** "xa-kim-lien@nghe-an": the unit's account. */
export function unitUser(slug: string, code: string): string {
  return `${code}@${slug}`;
}

export function hubLayout(locality: Locality): HubLayout {
  const slug = locality.slug;
  const unit = (kind: HubUnit["kind"], code: string, directoryId: string, name: string): HubUnit => ({
    code,
    kind,
    directoryId,
    name,
    database: unitDatabase(slug, code),
    role: unitDatabase(slug, code),
    user: unitUser(slug, code),
  });
  const units: HubUnit[] = [
    ...locality.units.flatMap((u) => (u.hubCode ? [unit("unit", u.hubCode, u.id, unitDisplayName(u))] : [])),
    ...locality.agencies.flatMap((a) => (a.hubCode ? [unit("agency", a.hubCode, a.id, a.name)] : [])),
  ];
  return {
    locality: slug,
    localityName: locality.name,
    province: {
      database: provinceDatabase(slug),
      role: provinceDatabase(slug),
      user: slug,
      name: `tổng hợp của ${locality.name}`,
    },
    replicator: { user: `${slug}.replicator` },
    units,
  };
}

/**
 * The hub units that answer for an agency a plan names: the agency itself when it has a database
 * (a department), else the nearest agency above it that has one, else its administrative unit's
 * (the UBND of a commune reports in the commune's database); a group expands to its members on
 * the plan's date ("UBND các xã, phường" is every commune).
 */
export function hubUnitsOfAgency(
  directory: AgencyDirectory,
  layout: HubLayout,
  agencyId: string,
  asOf?: string,
): HubUnit[] {
  const byAgency = new Map(layout.units.filter((u) => u.kind === "agency").map((u) => [u.directoryId, u]));
  const byUnit = new Map(layout.units.filter((u) => u.kind === "unit").map((u) => [u.directoryId, u]));
  const one = (agency: Agency): HubUnit | undefined => {
    const seen = new Set<string>();
    for (
      let a: Agency | undefined = agency;
      a && !seen.has(a.id);
      a = directory.agencies.get(a.parentId ?? "")
    ) {
      seen.add(a.id);
      const own = byAgency.get(a.id);
      if (own) return own;
    }
    return agency.unitId ? byUnit.get(agency.unitId) : undefined;
  };
  const agency = directory.agencies.get(agencyId);
  if (!agency) return [];
  const members = agency.kind === "group" ? groupMembers(directory, agency.id, asOf) : [agency];
  const found = new Map<string, HubUnit>();
  for (const member of members) {
    const unit = one(member);
    if (unit) found.set(unit.code, unit);
  }
  return [...found.values()];
}
