import type { Plan, ReportPeriod } from "@kehoach/plan-model";
import { toneKey } from "@kehoach/text-vi";
import { emptyDraft, type ReportDraft } from "./draft.js";

// A new báo cáo starts from what the plan already says: it goes to the body the plan's reporting
// duty names (the level above, hence "Kính gửi"), copies to those the plan reported to "để b/c",
// and is signed as the plan was.

export function defaultDraft(plan: Plan, period: ReportPeriod): ReportDraft {
  const issuer = toneKey(plan.issuer.name);
  const duties = plan.reporting.filter((d) => {
    const reporter = toneKey(d.reporter.name);
    return issuer.startsWith(reporter) || reporter.startsWith(issuer) || d.embeddedIn !== undefined;
  });
  const duty = duties.find((d) => d.cadences.includes(period.kind)) ?? duties[0] ?? undefined;
  const addressees = duty ? [duty.recipient.name] : [];
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
