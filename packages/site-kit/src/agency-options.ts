import type { Locality } from "@kehoach/plan-model";
import { sortVi } from "@kehoach/text-vi";

export interface AgencyOption {
  /** The canonical name, what a plan should say: "Phòng Văn hóa - Xã hội". */
  value: string;
  /** Short names and aliases, so typing any of them finds the canonical name. */
  label: string;
}

/** The locality's agencies and groups as choices for a field, in Vietnamese order, one per name. */
export function agencyOptions(locality: Locality): AgencyOption[] {
  const byName = new Map<string, Set<string>>();
  for (const agency of locality.agencies) {
    const others = byName.get(agency.name) ?? new Set<string>();
    for (const other of [...agency.shortNames, ...agency.aliases])
      if (other !== agency.name) others.add(other);
    byName.set(agency.name, others);
  }
  return sortVi([...byName.entries()], ([name]) => name).map(([value, others]) => ({
    value,
    label: [...others].join("; "),
  }));
}
