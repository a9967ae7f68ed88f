import { inspectPdf } from "@kehoach/pdf-inspect";
import { samplePlan } from "@kehoach/plan-model/sample";
import { buildPeriodReport, defaultDraft, type PeriodEntry } from "@kehoach/report-model";
import { type HeadingBlock, nd30Profile, type TableBlock, validateVanBan } from "@kehoach/vanban";
import { loadTinosFromNodeModules } from "@kehoach/vanban/fonts/node";
import { renderPdf } from "@kehoach/vanban/pdf";
import { describe, expect, it } from "vitest";
import { blocksToText, reportSection, reportToVanBan, textBar } from "./report-to-van-ban.js";

// Quý II 2026 of the Kim Liên sample plan: the portal and the leaflet with figures, the Quý I
// task never finished (overdue by the cut-off of 14/6/2026).
const e = (p: Partial<PeriodEntry> & Pick<PeriodEntry, "id" | "taskId" | "date">): PeriodEntry => ({
  state: "in_progress",
  indicators: [],
  evidence: [],
  ...p,
});
const log: PeriodEntry[] = [
  e({ id: "t01@Q1", taskId: "t01", date: "2026-03-10", percent: 60 }),
  e({
    id: "t02@Q2",
    taskId: "t02",
    date: "2026-06-10",
    result: "Đăng tin, bài về dịch vụ công trực tuyến",
    indicators: [{ label: "Tin, bài", value: 12, unit: "tin, bài" }],
    evidence: [{ label: "Chuyên mục CCHC", url: "https://kimlien.example.vn/cchc" }],
  }),
  e({
    id: "t06@Q2",
    taskId: "t06",
    date: "2026-06-05",
    state: "done",
    completedOn: "2026-05-20",
    indicators: [{ label: "Tờ gấp", value: 2000, unit: "tờ" }],
  }),
];
const period = { kind: "quarter", year: 2026, quarter: 2 } as const;
const report = buildPeriodReport({
  plan: samplePlan,
  period,
  cutoff: { closingDay: 14 },
  log,
  draft: { ...defaultDraft(samplePlan, period), number: "42", issuedOn: "2026-06-18" },
  today: "2026-06-16",
});
const doc = reportToVanBan(report, { creationDate: "2026-06-18T08:00:00+07:00" });

describe("a period's report as a Báo cáo văn bản", () => {
  it("has the Báo cáo header, goes to the level above with Kính gửi, and is signed as the plan", () => {
    expect(doc).toMatchObject({
      kind: "BC",
      issuingBody: ["Ủy ban nhân dân", "xã Kim Liên"],
      number: "42",
      symbol: "BC-UBND",
      date: { year: 2026, month: 6, day: 18 },
      addressees: ["Sở Nội vụ tỉnh Nghệ An"],
      signer: { lines: ["TM. Ủy ban nhân dân", "KT. Chủ tịch", "Phó Chủ tịch"], name: "Trần Thị Minh Hương" },
    });
    expect(validateVanBan(doc)).toEqual([]);
  });

  it("has the sections of nd30-layout §10.3 with the results by form of communication", () => {
    const headings = doc.body.filter((b): b is HeadingBlock => b.type === "heading");
    expect(headings.filter((h) => h.level === "muc").map((h) => `${h.number}. ${h.text}`)).toEqual([
      "I. Công tác chỉ đạo, điều hành",
      "II. Kết quả thực hiện",
      "III. Đánh giá chung",
      "IV. Phương hướng, nhiệm vụ quý III năm 2026",
      "V. Đề xuất, kiến nghị",
    ]);
    const text = blocksToText(doc.body);
    expect(text).toContain("2. Tuyên truyền trên Cổng/Trang thông tin điện tử");
    expect(text).toContain("Kết quả trong kỳ: 12 tin, bài.");
    expect(text).toContain("(số liệu tính từ ngày 15/3/2026 đến ngày 14/6/2026)");
    expect(text).toContain("V. ĐỀ XUẤT, KIẾN NGHỊ\nKhông có.");
  });

  it("lists every task in the appendix with its status and evidence, and charts completion in text", () => {
    const table = doc.appendices?.[0]?.body[0] as TableBlock;
    expect(table.rows).toHaveLength(14);
    expect(table.rows[1]).toEqual({
      cells: [
        "2",
        samplePlan.tasks[1]?.title,
        "Văn phòng HĐND và UBND xã",
        "Đăng tin, bài về dịch vụ công trực tuyến\n12 tin, bài",
        "Đang thực hiện trong hạn (50%)",
        "Chuyên mục CCHC: https://kimlien.example.vn/cchc",
        "",
      ],
    });
    expect(textBar(50)).toBe("█".repeat(10));
    expect(textBar(0)).toBe("");
    const chart = blocksToText(doc.appendices?.[1]?.body ?? []);
    expect(chart).toContain("Đang thực hiện quá hạn\t3\t21,4%\t████");
  });

  it("embeds the same content as a khoản of the general CCHC report", () => {
    const section = blocksToText(reportSection(report, "4"));
    expect(section.startsWith("4. Công tác thông tin, tuyên truyền cải cách hành chính\n")).toBe(true);
    expect(section).toContain("a) Tuyên truyền trên Cổng/Trang thông tin điện tử");
    expect(section).toContain("Kết quả trong kỳ: 12 tin, bài.");
    expect(section).toContain("Tồn tại, hạn chế:");
  });

  it("prints to a PDF whose text carries the totals, the overdue task and the period's dates", async () => {
    const bytes = await renderPdf(doc, { fonts: await loadTinosFromNodeModules(), profile: nd30Profile(14) });
    const pdf = await inspectPdf(bytes);
    const text = pdf.text.replace(/\s+/g, " ");
    expect(text).toContain("Kính gửi: Sở Nội vụ tỉnh Nghệ An");
    expect(text).toContain("từ ngày 15/3/2026 đến ngày 14/6/2026");
    expect(text).toContain("đã hoàn thành 1/14 nhiệm vụ");
    expect(text).toContain("Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026");
    expect(text).toContain("BIỂU ĐỒ TIẾN ĐỘ THỰC HIỆN");
    expect(text).toContain("Như trên");
  }, 30_000);
});

describe("sentences of the báo cáo", () => {
  const withStops = buildPeriodReport({
    plan: samplePlan,
    period,
    cutoff: { closingDay: 14 },
    log: [
      e({
        id: "t03@Q2",
        taskId: "t03",
        date: "2026-06-10",
        result: "Phát 6 chuyên mục trên hệ thống truyền thanh.\nPhát lại vào cuối tuần;",
        indicators: [{ label: "Chuyên mục", value: 6, unit: "chuyên mục" }],
      }),
    ],
    draft: defaultDraft(samplePlan, period),
    today: "2026-06-16",
  });

  it("end once in Section II, whatever the results typed end with", () => {
    const line = blocksToText(reportToVanBan(withStops).body)
      .split("\n")
      .find((l) => l.startsWith("- Phát sóng")) as string;
    expect(line).toContain(
      ": Phát 6 chuyên mục trên hệ thống truyền thanh; Phát lại vào cuối tuần; 6 chuyên mục (đang thực hiện quá hạn).",
    );
    for (const block of reportToVanBan(withStops).body) {
      const text = blocksToText([block]);
      expect(text, text).not.toMatch(/[.;,:]\s*\(/u);
      expect(text, text).not.toMatch(/\.\s*\./u);
    }
  });
});

describe("a task reported done without a completion date", () => {
  const undated = buildPeriodReport({
    plan: samplePlan,
    period,
    cutoff: { closingDay: 14 },
    log: [
      ...log,
      e({ id: "t07@Q2", taskId: "t07", date: "2026-06-14", state: "done", claimed: "done_on_time" }),
    ],
    draft: defaultDraft(samplePlan, period),
    today: "2026-06-16",
  });

  it("is printed as awaiting its date, in no status and no total, never as done late on the cut-off", () => {
    const text = blocksToText(reportToVanBan(undated).body);
    expect(text).toContain("(báo đã hoàn thành, chưa có ngày hoàn thành).");
    expect(text).toMatch(
      /; báo đã hoàn thành nhưng chưa có ngày hoàn thành \(chưa tính\) 1; tiến độ chung đạt/u,
    );
    expect(text).toContain("(đúng hạn 1, quá hạn 0)");
    const charts = reportToVanBan(undated).appendices?.[1]?.body ?? [];
    const byStatus = charts.find((b) => b.type === "table") as TableBlock;
    expect(byStatus.rows.at(-1)).toEqual({
      cells: ["Báo đã hoàn thành, chưa có ngày hoàn thành", "1", "", ""],
    });
  });
});
