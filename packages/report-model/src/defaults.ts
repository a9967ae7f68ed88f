import {
  type Agency,
  type AgencyDirectory,
  agencyNameOn,
  agencyOn,
  createAgencyMatcher,
  type Issuer,
  isValidOn,
  type Plan,
  type ReportPeriod,
  unitOn,
} from "@kehoach/plan-model";
import { asciiKey, toneKey } from "@kehoach/text-vi";
import { emptyDraft, type ReportDraft } from "./draft.js";
import { issuerMatcher } from "./issuer.js";

// A new báo cáo starts from what the plan already says: it goes where the plan says its issuer
// reports (the level above, hence "Kính gửi"), else to the body above the issuer in the locality
// directory; copies go to those the plan reported to "để b/c"; it is signed as the plan was. A
// báo cáo never goes to its own issuer: a duty by which others report to the issuer is theirs.

export interface DefaultDraftOptions {
  /** The locality directory: where the body above the issuer is found when the plan names none. */
  directory?: AgencyDirectory | undefined;
  /** ISO date the names are taken as of (agencies renamed or merged); today's structure when absent. */
  asOf?: string | undefined;
}

export function defaultDraft(
  plan: Plan,
  period: ReportPeriod,
  options: DefaultDraftOptions = {},
): ReportDraft {
  const same = issuerMatcher(plan.issuer, { ...options, abbreviations: plan.abbreviations });
  const duties = plan.reporting.filter(
    (d) => same(d.reporter.name, d.reporter.id) && !same(d.recipient.name, d.recipient.id),
  );
  const duty = duties.find((d) => d.cadences.includes(period.kind)) ?? duties[0];
  const superior =
    duty || !options.directory ? undefined : superiorBody(options.directory, plan.issuer, options.asOf);
  const addressees = duty
    ? [duty.recipient.name]
    : superior && options.directory
      ? [agencyNameOn(superior, options.asOf)]
      : [];
  const addresseeKeys = addressees.map(toneKey);
  const recipients = plan.recipients.items
    .map((item) => item.text)
    .filter((text) => /để b\/c|để báo cáo/iu.test(text))
    .filter((text) => !addresseeKeys.some((key) => toneKey(text).startsWith(key)));
  return {
    ...emptyDraft(),
    sentUpward: addressees.length > 0,
    addressees,
    recipients,
    ...(plan.signer ? { signer: plan.signer } : {}),
  };
}

/**
 * The body a unit's báo cáo goes up to, from the locality directory: for an agency that is part of
 * another (a phòng of the UBND, a sở of the province), that agency; for the UBND (or HĐND) of a
 * unit, the UBND (or HĐND) of the unit above (a commune's province, a district's province).
 * Undefined when the directory does not say, and never the issuer itself.
 */
export function superiorBody(
  directory: AgencyDirectory,
  issuer: Pick<Issuer, "name" | "agencyId">,
  asOf?: string,
): Agency | undefined {
  const byId = issuer.agencyId ? agencyOn(directory, issuer.agencyId, asOf) : undefined;
  const byName = () => {
    const found = createAgencyMatcher(directory, { asOf }).match(issuer.name);
    return found.status === "matched" ? found.agency : undefined;
  };
  const self = byId ?? byName();
  if (!self) return undefined;
  const above = self.parentId
    ? agencyOn(directory, self.parentId, asOf)
    : sameBodyOfParentUnit(directory, self, asOf);
  return above && above.id !== self.id ? above : undefined;
}

const BODY_NAMES: Partial<Record<Agency["kind"], string>> = {
  ubnd: "uy ban nhan dan",
  hdnd: "hoi dong nhan dan",
};

function sameBodyOfParentUnit(directory: AgencyDirectory, self: Agency, asOf?: string): Agency | undefined {
  const body = BODY_NAMES[self.kind];
  const unit = self.unitId ? unitOn(directory, self.unitId, asOf) : undefined;
  const parent = unit?.parentId ? unitOn(directory, unit.parentId, asOf) : undefined;
  if (!body || !parent) return undefined;
  // A unit's own directory lists the level above as "co_quan_cap_tren"; a province's lists its UBND as "ubnd".
  return [...directory.agencies.values()].find(
    (a) =>
      a.unitId === parent.id &&
      isValidOn(a, asOf) &&
      (a.kind === self.kind || (a.kind === "co_quan_cap_tren" && asciiKey(a.name).startsWith(body))),
  );
}
