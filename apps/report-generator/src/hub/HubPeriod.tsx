import { periodState, setPeriodState, siteHubDocs } from "@kehoach/hub/browser";
import type { Plan, ReportPeriod } from "@kehoach/plan-model";
import { Button } from "@kehoach/ui/button";
import { StatusPill } from "@kehoach/ui/status-pill";
import { useEffect, useState } from "react";
import { useT } from "../i18n/context.js";

// With the province hub, the unit says when its report for the period is complete: the province
// view then counts the period as sent. It can be opened again (a correction after sending).

export function HubPeriod({ plan, period }: { plan: Plan; period: ReportPeriod }) {
  const t = useT();
  const docs = siteHubDocs();
  const [sentAt, setSentAt] = useState<string | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const current = siteHubDocs();
    if (!current) return;
    void periodState(current, plan.id, period).then((doc) => {
      if (live) setSentAt(doc?.status === "submitted" ? (doc.submittedAt ?? doc.updatedAt) : null);
    });
    return () => {
      live = false;
    };
  }, [plan.id, period]);
  if (!docs || sentAt === undefined) return null;
  const mark = async (status: "submitted" | "open") => {
    try {
      const doc = await setPeriodState(docs, plan.id, period, status);
      setSentAt(status === "submitted" ? (doc.submittedAt ?? doc.updatedAt) : null);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section className="rg-hub-period" aria-labelledby="rg-hub-period-heading">
      <h2 id="rg-hub-period-heading">{t.hubReport.heading}</h2>
      <p>
        <StatusPill
          tone={sentAt ? "success" : "neutral"}
          label={sentAt ? t.hubReport.sent(new Date(sentAt).toLocaleString(t.locale)) : t.hubReport.notSent}
        />{" "}
        {t.hubReport.explain}
      </p>
      {error ? <p className="rg-hub-period__error">{error}</p> : null}
      <Button variant="secondary" onClick={() => void mark(sentAt ? "open" : "submitted")}>
        {sentAt ? t.hubReport.reopen : t.hubReport.send}
      </Button>
    </section>
  );
}
