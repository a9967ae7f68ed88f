import site from "virtual:kehoach/site";
import { localToday } from "@kehoach/report-model";
import { Alert } from "@kehoach/ui/alert";
import { AppShell } from "@kehoach/ui/app-shell";
import { Button } from "@kehoach/ui/button";
import { Tabs } from "@kehoach/ui/tabs";
import { useToast } from "@kehoach/ui/toast";
import { useOffice } from "./state/use-office.js";
import { AgencyTab } from "./views/AgencyTab.js";
import { CollectTab } from "./views/CollectTab.js";
import { Dashboard } from "./views/Dashboard.js";
import { PeriodPicker } from "./views/PeriodPicker.js";
import { ReportTab } from "./views/ReportTab.js";
import { TaskList } from "./views/TaskList.js";

export function App() {
  const office = useOffice();
  const toast = useToast();
  const { plan, report, load } = office;
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

  return (
    <AppShell
      localityName={site.shortName}
      officialName={site.officialName}
      logoSrc={site.logoUrl}
      apps={site.apps.map((app) => ({ id: app.id, href: app.href, label: app.title }))}
      currentApp={site.app}
      basePath={site.basePath}
      appTitle={<h1 className="rg-app-title">Báo cáo tiến độ</h1>}
      headerActions={
        <output className="rg-save-state" aria-live="polite">
          {load.kind === "loading"
            ? "Đang mở dữ liệu…"
            : office.savedAt
              ? `Đã lưu lúc ${new Date(office.savedAt).toLocaleTimeString("vi-VN")}`
              : "Dữ liệu lưu trên trình duyệt này"}
        </output>
      }
    >
      <div className="rg-page">
        {load.kind === "error" ? (
          <Alert tone="error" title="Không mở được dữ liệu">
            {load.message}
          </Alert>
        ) : null}
        {load.kind === "ready" && plan && report ? (
          <>
            <PeriodPicker office={office} />
            <Tabs
              label="Các bước báo cáo"
              items={[
                {
                  value: "progress",
                  label: "Tiến độ",
                  content: (
                    <div>
                      <h2>Tiến độ {report.periodPhrase}</h2>
                      {office.carryItems.length > 0 ? (
                        <Alert
                          tone="info"
                          title={`${office.carryItems.length} nhiệm vụ chưa hoàn thành ở kỳ trước`}
                          actions={
                            <Button
                              variant="secondary"
                              onClick={async () => {
                                const n = await office.carryOver();
                                toast.show({
                                  tone: "success",
                                  title: `Đã chuyển ${n ?? 0} nhiệm vụ sang kỳ này`,
                                });
                              }}
                            >
                              Chuyển sang kỳ này
                            </Button>
                          }
                        >
                          Chuyển tình trạng và tỷ lệ của các nhiệm vụ này sang kỳ đang báo cáo (không chuyển
                          số liệu, tài liệu kiểm chứng).
                        </Alert>
                      ) : null}
                      {contradictions > 0 ? (
                        <Alert tone="warning" title={`${contradictions} điểm mâu thuẫn cần kiểm tra`}>
                          Tình trạng ghi nhận không khớp với ngày tháng ở một số nhiệm vụ; báo cáo dùng tình
                          trạng tính theo ngày tháng. Xem chi tiết ở từng nhiệm vụ.
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
                  label: "Thu thập từ cơ quan",
                  content: <CollectTab office={office} issuer={issuer} />,
                },
                { value: "dashboard", label: "Tổng quan", content: <Dashboard report={report} /> },
                { value: "report", label: "Báo cáo", content: <ReportTab office={office} /> },
                {
                  value: "agency",
                  label: "Cơ quan điền báo cáo",
                  content: <AgencyTab store={office.store.current} />,
                },
              ]}
            />
          </>
        ) : load.kind === "loading" ? (
          <p>Đang mở dữ liệu…</p>
        ) : null}
      </div>
    </AppShell>
  );
}
