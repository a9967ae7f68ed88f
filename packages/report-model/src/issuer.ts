import {
  type Abbreviation,
  type AgencyDirectory,
  createAgencyMatcher,
  type Issuer,
} from "@kehoach/plan-model";
import { toneKey } from "@kehoach/text-vi";

// Whether a name written in a plan or a báo cáo ("Ủy ban nhân dân xã", "UBND xã Kim Liên") is the
// issuer itself: a báo cáo is never addressed to its own issuer, and a reporting duty by which
// others report to the issuer is not the issuer's own.

export interface IssuerMatchOptions {
  directory?: AgencyDirectory | undefined;
  abbreviations?: readonly Abbreviation[] | undefined;
  asOf?: string | undefined;
}

/**
 * A test for "is this the issuer": the same directory agency when the directory knows both names,
 * else the same words, one a shortening of the other ("Ủy ban nhân dân xã" of "Ủy ban nhân dân xã
 * Kim Liên"), tone placement and case aside.
 */
export function issuerMatcher(
  issuer: Pick<Issuer, "name" | "agencyId">,
  options: IssuerMatchOptions = {},
): (name: string, id?: string) => boolean {
  const issuerKey = toneKey(issuer.name);
  const matcher = options.directory
    ? createAgencyMatcher(options.directory, { abbreviations: options.abbreviations, asOf: options.asOf })
    : undefined;
  const resolve = (name: string, id?: string) => {
    // An id of another locality's directory (a plan written elsewhere) says nothing here.
    if (id && (!options.directory || options.directory.agencies.has(id))) return id;
    const found = matcher?.match(name);
    return found?.status === "matched" ? found.agency.id : undefined;
  };
  const issuerId = resolve(issuer.name, issuer.agencyId);
  return (name, id) => {
    const other = resolve(name, id);
    if (issuerId && other) return issuerId === other;
    const key = toneKey(name);
    return key !== "" && (issuerKey.startsWith(key) || key.startsWith(issuerKey));
  };
}
