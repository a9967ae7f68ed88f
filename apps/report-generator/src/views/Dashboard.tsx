import type { PeriodReport } from "@kehoach/report-model";
import { formatPercent } from "@kehoach/text-vi";
import { ProgressBar } from "@kehoach/ui/progress";
import { TaskStatusPill } from "./TaskStatusPill.js";

/**
 * Completion by status and by lead agency. Each chart is a table: the figures are text, the bar
 * beside them repeats the share for the eye (its length, not its colour, carries it), and the
 * status pills differ by word and icon, so nothing depends on colour alone.
 */
export function Dashboard({ report }: { report: PeriodReport }) {
  const f = report.facts;
  return (
    <div className="rg-dashboard">
      <p className="rg-summary">
        {report.periodLabel}: {f.total} nhiệm vụ, đã hoàn thành {f.done}; quá hạn {f.counts.overdue}; tiến độ
        chung {formatPercent(f.percent)}.
      </p>
      <ProgressBar
        label="Tiến độ chung của kế hoạch (bình quân có trọng số)"
        value={f.percent}
        valueText={formatPercent(f.percent)}
      />
      <figure className="rg-chart">
        <figcaption id="chart-status">Biểu đồ 1. Nhiệm vụ theo tình trạng thực hiện</figcaption>
        <table aria-labelledby="chart-status">
          <thead>
            <tr>
              <th scope="col">Tình trạng</th>
              <th scope="col">Số nhiệm vụ</th>
              <th scope="col">Tỷ lệ</th>
              <th scope="col">
                <span className="kh-visually-hidden">Thanh tỷ lệ</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {f.byStatus.map((s) => (
              <tr key={s.status}>
                <th scope="row">
                  <TaskStatusPill status={s.status} />
                </th>
                <td className="rg-num">{s.count}</td>
                <td className="rg-num">{formatPercent(s.share)}</td>
                <td className="rg-bar-cell">
                  <Bar share={s.share} status={s.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </figure>
      <figure className="rg-chart">
        <figcaption id="chart-agency">Biểu đồ 2. Tỷ lệ hoàn thành theo cơ quan chủ trì</figcaption>
        <table aria-labelledby="chart-agency">
          <thead>
            <tr>
              <th scope="col">Cơ quan chủ trì</th>
              <th scope="col">Số nhiệm vụ</th>
              <th scope="col">Hoàn thành</th>
              <th scope="col">Đang thực hiện trong hạn</th>
              <th scope="col">Quá hạn</th>
              <th scope="col">Chưa thực hiện</th>
              <th scope="col">Tỷ lệ hoàn thành</th>
              <th scope="col">
                <span className="kh-visually-hidden">Thanh tỷ lệ</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {f.byAgency.map((a) => (
              <tr key={a.key}>
                <th scope="row">{a.name}</th>
                <td className="rg-num">{a.total}</td>
                <td className="rg-num">{a.done}</td>
                <td className="rg-num">{a.counts.in_progress}</td>
                <td className="rg-num">{a.counts.overdue}</td>
                <td className="rg-num">{a.counts.not_started}</td>
                <td className="rg-num">{formatPercent(a.doneShare)}</td>
                <td className="rg-bar-cell">
                  <Bar share={a.doneShare} status="done_on_time" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </figure>
      <section aria-labelledby="facts-heading">
        <h3 id="facts-heading">Nhiệm vụ cần chú ý</h3>
        <FactList title="Quá hạn chưa hoàn thành" items={f.overdue.map((t) => `${t.number}. ${t.title}`)} />
        <FactList
          title="Không có hoạt động trong kỳ"
          items={f.noActivity.map((t) => `${t.number}. ${t.title}`)}
        />
      </section>
    </div>
  );
}

function Bar({ share, status }: { share: number; status: string }) {
  // The bar only repeats the figure in the cell before it; it is hidden from screen readers.
  return (
    <span className="rg-bar" aria-hidden="true" data-status={status}>
      <span className="rg-bar__fill" style={{ inlineSize: `${Math.max(0, Math.min(100, share))}%` }} />
    </span>
  );
}

function FactList({ title, items }: { title: string; items: string[] }) {
  return (
    <div className="rg-facts">
      <h4>
        {title} ({items.length})
      </h4>
      {items.length === 0 ? (
        <p>Không có.</p>
      ) : (
        <ul>
          {items.map((i) => (
            <li key={i}>{i}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
