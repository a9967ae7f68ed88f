import { Alert } from "@kehoach/ui/alert";
import { Badge } from "@kehoach/ui/badge";
import { useT } from "../i18n/context.js";
import type { Findings } from "../model/findings.js";
import type { Workspace } from "../model/workspace.js";

export function findingCount(f: Findings): number {
  return f.missingLead.length + f.leadAlsoSupport.length + f.idleAgencies.length + f.unresolved.length;
}

/** What the monitoring office checks first, each item saying where it is. */
export function FindingsView({ ws, findings }: { ws: Workspace; findings: Findings }) {
  const t = useT();
  if (findingCount(findings) === 0) {
    return (
      <Alert tone="success" title={t.findingsHeading}>
        {t.findingsNone}
      </Alert>
    );
  }
  const where = (planIndex: number, text: string) =>
    ws.plans.length > 1 ? t.findingWhere(ws.planLabels[planIndex] ?? "", text) : text;
  return (
    <section className="mv-findings" aria-labelledby="mv-findings-heading">
      <h2 id="mv-findings-heading">{t.findingsHeading}</h2>
      {findings.missingLead.length > 0 ? (
        <section aria-labelledby="mv-f-lead">
          <h3 id="mv-f-lead">
            <Badge tone="error">{findings.missingLead.length}</Badge>{" "}
            {t.missingLeadHeading(findings.missingLead.length)}
          </h3>
          <ul>
            {findings.missingLead.map((f) => (
              <li key={`${f.planIndex}:${f.path}`}>
                <strong>{where(f.planIndex, f.where)}</strong>: {f.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {findings.leadAlsoSupport.length > 0 ? (
        <section aria-labelledby="mv-f-both">
          <h3 id="mv-f-both">
            <Badge tone="warning">{findings.leadAlsoSupport.length}</Badge>{" "}
            {t.leadSupportHeading(findings.leadAlsoSupport.length)}
          </h3>
          <ul>
            {findings.leadAlsoSupport.map((f) => (
              <li key={`${f.planIndex}:${f.path}`}>
                <strong>{where(f.planIndex, f.where)}</strong>: {f.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {findings.unresolved.length > 0 ? (
        <section aria-labelledby="mv-f-names">
          <h3 id="mv-f-names">
            <Badge tone="warning">{findings.unresolved.length}</Badge>{" "}
            {t.unresolvedHeading(findings.unresolved.length)}
          </h3>
          <ul>
            {findings.unresolved.map((u) => (
              <li key={u.name}>
                {t.unresolvedItem(u.name, u.tasks.join(", "))}
                {u.candidates.length > 0
                  ? ` ${(u.status === "ambiguous" ? t.ambiguousSuggest : t.unresolvedSuggest)(u.candidates.map((c) => `“${c}”`).join(", "))}`
                  : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {findings.idleAgencies.length > 0 ? (
        <section aria-labelledby="mv-f-idle">
          <h3 id="mv-f-idle">
            <Badge tone="info">{findings.idleAgencies.length}</Badge>{" "}
            {t.idleHeading(findings.idleAgencies.length)}
          </h3>
          <ul>
            {findings.idleAgencies.map((a) => (
              <li key={a.key}>
                {a.name} <span className="mv-muted">({t.kinds[a.kind]})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
