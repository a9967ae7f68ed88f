import { toIsoDate } from "@kehoach/text-vi";
import {
  type Agency,
  type AgencyDirectory,
  type AgencyMatcher,
  createAgencyMatcher,
  createDirectory,
  type DefaultSigner,
  type Issuer,
  type Locality,
  type Plan,
  type Signer,
  unitDisplayName,
  unitOn,
} from "../index.js";

// What the editor offers from the locality the site was built for (localities/<slug>): the
// agencies that issue plans, their signers, the directory the agency pickers search, and the
// matcher that turns "VHXH" or "Phòng Văn hoá – Xã hội xã" into the canonical name.

export interface LocalityContext {
  locality: Locality;
  directory: AgencyDirectory;
  /** Agencies that issue documents of their own (a UBND, a phòng): the plan's possible issuers. */
  issuers: Agency[];
  /** "xã Kim Liên": the unit as written in running text. */
  unitName: string;
}

export function localityContext(locality: Locality): LocalityContext {
  const directory = createDirectory(locality);
  const unit = unitOn(directory, locality.unitId);
  return {
    locality,
    directory,
    issuers: locality.agencies.filter((a) => a.issuing !== undefined),
    unitName: unit ? unitDisplayName(unit) : locality.name,
  };
}

/** The matcher for one plan: its own abbreviations count, and names are resolved as of its date. */
export function planMatcher(
  ctx: LocalityContext,
  plan: Pick<Plan, "abbreviations" | "issuedOn">,
): AgencyMatcher {
  return createAgencyMatcher(ctx.directory, {
    abbreviations: plan.abbreviations,
    asOf: toIsoDate(plan.issuedOn) ?? undefined,
  });
}

/** The header of a plan issued by `agency`: its name, the header lines, the symbol and the place. */
export function issuerFields(agency: Agency): { issuer: Issuer; symbol: string; place: string } | undefined {
  const issuing = agency.issuing;
  if (!issuing) return undefined;
  const parentBody = issuing.parentBodyLines?.join(" ");
  return {
    issuer: {
      ...(parentBody ? { parentBody } : {}),
      name: agency.name,
      headerLines: issuing.headerLines,
      agencyId: agency.id,
    },
    symbol: `KH-${issuing.symbol}`,
    place: issuing.place,
  };
}

export function signersFor(ctx: LocalityContext, agencyId: string | undefined): DefaultSigner[] {
  return ctx.locality.signers.filter((s) => agencyId === undefined || s.agencyId === agencyId);
}

/** A default signer as the plan stores it (without the directory's bookkeeping). */
export function toSigner(signer: DefaultSigner): Signer {
  const { agencyId: _agency, validFrom: _from, validTo: _to, ...rest } = signer;
  return rest;
}

/** "KT. Chủ tịch – Phó Chủ tịch Trần Thị Minh Hương": how a signer is offered in a list. */
export function describeSigner(signer: Signer): string {
  const authority = [
    signer.collective ? `TM. ${signer.collective}` : "",
    signer.delegation && signer.headTitle ? `${signer.delegation}. ${signer.headTitle}` : "",
  ]
    .filter(Boolean)
    .join(", ");
  const who = [signer.title, signer.name].filter(Boolean).join(" ");
  return authority ? `${who} (${authority})` : who;
}
