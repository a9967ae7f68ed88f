import site from "virtual:kehoach/site";
import { siteHub, siteHubStart } from "@kehoach/hub/browser";
import { HubStatus } from "@kehoach/hub/react";
import { localToday, periodPhraseEn } from "@kehoach/report-model";
import { SiteShell } from "@kehoach/site-kit/browser/shell";
import { Alert } from "@kehoach/ui/alert";
import { Button } from "@kehoach/ui/button";
import { Tabs } from "@kehoach/ui/tabs";
import { useToast } from "@kehoach/ui/toast";
import { useState } from "react";
import { HubPeriod } from "./hub/HubPeriod.js";
import { HubConflictNotice, HubReview, useHubConflicts } from "./hub/HubReview.js";
import { useLanguage } from "./i18n/context.js";
import { useOffice } from "./state/use-office.js";
import { AgencyTab } from "./views/AgencyTab.js";
import { CollectTab } from "./views/CollectTab.js";
import { Dashboard } from "./views/Dashboard.js";
import { PeriodPicker } from "./views/PeriodPicker.js";
import { ReportTab } from "./views/ReportTab.js";
import { TaskList } from "./views/TaskList.js";

export function App() {
  const { t, lang } = useLanguage();
  const office = useOffice();
  const toast = useToast();
  const { plan, report, load } = office;
  // With a province hub: entries two devices of the unit changed apart, to review.
  const hubConflicts = useHubConflicts(plan);
  const [reviewing, setReviewing] = useState(false);
  // The monitoring office: the agency that watches the plan ("theo dõi"), else its first lead.
  const issuer =
    plan?.implementation.find((d) => d.items.some((i) => i.roles?.includes("monitor")))?.agency.name ??
    plan?.issuer.name ??
    site.officialName;
  const today = localToday();
  const defaultDate = report
    ? today >= report.window.from && today <= report.window.to
      ? today
      : report.window.to
    : today;
  const contradictions = report?.contradictions.length ?? 0;
  const save = office.saveState;
  // The header says where the data is only while that is true: a refused write says so instead.
  const saveText = () =>
    load.kind === "loading"
      ? t.app.loading
      : save.kind === "failed"
        ? t.app.unsaved(save.unsaved)
        : save.kind === "saving"
          ? t.app.saving
          : save.kind === "saved"
            ? t.app.savedAt(new Date(save.at).toLocaleTimeString(t.locale))
            : t.app.storedHere;

  return (
    <SiteShell
      site={site}
      appTitle={<h1 className="rg-app-title">{t.app.title}</h1>}
      headerActions={
        <>
          <HubStatus
            hub={siteHub()}
            words={t.hub}
            startError={siteHubStart().error}
            review={{ handles: (id) => id.startsWith("progress:"), open: () => setReviewing(true) }}
          />
          <output className="rg-save-state" aria-live="polite" data-state={office.saveState.kind}>
            {saveText()}
          </output>
        </>
      }
    >
      <div className="rg-page">
        {save.kind === "failed" ? (
          <Alert
            tone="error"
            live
            title={t.app.saveFailedTitle}
            actions={
              <Button variant="secondary" onClick={() => void office.retryNow()}>
                {t.app.retryNow}
              </Button>
            }
          >
            {save.failure.kind === "quota"
              ? t.app.saveFailedQuota
              : t.app.saveFailedRefused(save.failure.detail)}{" "}
            {t.app.saveFailedKept}
          </Alert>
        ) : null}
        {load.kind === "error" ? (
          <Alert tone="error" title={t.app.loadFailed}>
            {load.reason === "storage"
              ? t.app.loadFailedStorage(load.detail)
              : t.app.loadFailedWhy[load.reason]}
          </Alert>
        ) : null}
        {load.kind === "ready" && plan && report ? (
          <>
            <PeriodPicker office={office} />
            {office.period ? <HubPeriod plan={plan} period={office.period} /> : null}
            <HubConflictNotice count={hubConflicts.length} onReview={() => setReviewing(true)} />
            <HubReview
              plan={plan}
              conflicts={hubConflicts}
              open={reviewing}
              onClose={() => setReviewing(false)}
            />
            <Tabs
              label={t.app.steps}
              items={[
                {
                  value: "progress",
                  label: t.app.tabProgress,
                  content: (
                    <div>
                      <h2>
                        {t.app.progressHeading(
                          lang === "en" ? periodPhraseEn(report.period) : report.periodPhrase,
                        )}
                      </h2>
                      {office.carryItems.length > 0 ? (
                        <Alert
                          tone="info"
                          title={t.app.carryTitle(office.carryItems.length)}
                          actions={
                            <Button
                              variant="secondary"
                              onClick={async () => {
                                const n = await office.carryOver();
                                toast.show({
                                  tone: "success",
                                  title: t.app.carried(n ?? 0),
                                });
                              }}
                            >
                              {t.app.carryAction}
                            </Button>
                          }
                        >
                          {t.app.carryText}
                        </Alert>
                      ) : null}
                      {contradictions > 0 ? (
                        <Alert tone="warning" title={t.app.contradictionsTitle(contradictions)}>
                          {t.app.contradictionsText}
                        </Alert>
                      ) : null}
                      <TaskList
                        key={`${plan.id}|${report.periodKey}`}
                        plan={plan}
                        log={office.log}
                        window={report.window}
                        periodKey={report.periodKey}
                        defaultDate={defaultDate}
                        onSave={(entry) => void office.saveEntry(entry)}
                      />
                    </div>
                  ),
                },
                {
                  value: "collect",
                  label: t.app.tabCollect,
                  content: <CollectTab office={office} issuer={issuer} />,
                },
                { value: "dashboard", label: t.app.tabDashboard, content: <Dashboard report={report} /> },
                { value: "report", label: t.app.tabReport, content: <ReportTab office={office} /> },
                {
                  value: "agency",
                  label: t.app.tabAgency,
                  content: <AgencyTab office={office} />,
                },
              ]}
            />
          </>
        ) : load.kind === "loading" ? (
          <p>{t.app.loading}</p>
        ) : null}
      </div>
    </SiteShell>
  );
}
