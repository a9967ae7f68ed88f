import type { PeriodEntry } from "@kehoach/report-model";
import { afterEach, describe, expect, it } from "vitest";
import {
  openReportStore,
  type ProgressLogSource,
  REPORT_DB_NAME,
  setProgressLogSource,
} from "./report-store.js";

// A site on a province hub keeps the report generator's activity log on the unit's replicated
// copy: the report store sends the log there and keeps everything else in its own database.

const entry = (taskId: string, percent: number): PeriodEntry => ({
  id: `${taskId}@2026-Q2`,
  taskId,
  date: "2026-05-10",
  state: "in_progress",
  percent,
  indicators: [],
  evidence: [],
});

function mapSource(): ProgressLogSource & { data: Map<string, PeriodEntry[]> } {
  const data = new Map<string, PeriodEntry[]>();
  return {
    data,
    log: async (planId) => [...(data.get(planId) ?? [])],
    putEntry: async (planId, e) => {
      data.set(planId, [...(data.get(planId) ?? []).filter((x) => x.id !== e.id), e]);
    },
    replaceLog: async (planId, entries) => {
      data.set(planId, [...entries]);
    },
    allEntries: async () => [...data].flatMap(([planId, list]) => list.map((e) => ({ planId, entry: e }))),
  };
}

afterEach(() => setProgressLogSource(undefined));

describe("the report store with the log elsewhere", () => {
  it("writes and reads the log through the source, and keeps drafts and settings in its own database", async () => {
    const source = mapSource();
    setProgressLogSource(() => source);
    const store = await openReportStore();
    await store.putEntry("kh", entry("t1", 40));
    await store.replaceLog("kh", [entry("t1", 50), entry("t2", 10)]);
    expect((await store.log("kh")).map((e) => e.percent)).toEqual([50, 10]);
    await store.setMeta("report-generator:planId", "kh");
    expect(await store.getMeta("report-generator:planId")).toBe("kh");
    const { records } = await store.everything();
    expect(records.entries.map((r) => [r.planId, r.entry.id])).toEqual([
      ["kh", "t1@2026-Q2"],
      ["kh", "t2@2026-Q2"],
    ]);
    store.close();

    // The browser's own log was never touched, and is what a store without the source reads.
    setProgressLogSource(undefined);
    const own = await openReportStore(REPORT_DB_NAME);
    expect(await own.log("kh")).toEqual([]);
    expect(await own.getMeta("report-generator:planId")).toBe("kh");
    own.close();
  });

  it("restores a backup's entries into the source, the rest into the database", async () => {
    const source = mapSource();
    setProgressLogSource(() => source);
    const store = await openReportStore();
    await store.putAll({
      entries: [{ planId: "kh2", entry: entry("t9", 90) }],
      drafts: [],
      issued: [],
      returns: [],
    });
    expect(source.data.get("kh2")?.map((e) => e.id)).toEqual(["t9@2026-Q2"]);
    store.close();
  });
});
