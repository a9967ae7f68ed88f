import { readFile } from "node:fs/promises";
import { createDirectory, type Locality, type Plan, parseLocalityJson } from "@kehoach/plan-model";
import { localityContext, planFromTemplate } from "@kehoach/plan-model/editing";
import { samplePlan } from "@kehoach/plan-model/sample";
import { describe, expect, it } from "vitest";
import { defaultDraft, superiorBody } from "./defaults.js";
import { reportFindings } from "./findings.js";
import { buildPeriodReport } from "./report.js";

async function locality(slug: string): Promise<Locality> {
  const read = parseLocalityJson(
    await readFile(new URL(`../../../localities/${slug}/locality.json`, import.meta.url), "utf8"),
  );
  if (!read.ok) throw new Error(`${slug} locality does not load`);
  return read.locality;
}

const q2 = { kind: "quarter", year: 2026, quarter: 2 } as const;

function cchcPlan(kimLien: Locality): Plan {
  return planFromTemplate("cchc", localityContext(kimLien), {
    id: "cchc-2026",
    year: 2026,
    issuerId: "ubnd-xa",
  });
}

describe("Kính gửi of a new báo cáo", () => {
  it("goes to the province's UBND for a commune plan made from the CCHC template, never to the commune itself", async () => {
    const kimLien = await locality("kim-lien");
    const plan = cchcPlan(kimLien);
    // The template's duty is the agencies reporting to the commune: not the commune's own duty.
    expect(plan.reporting[0]?.recipient.name).toBe("Ủy ban nhân dân xã Kim Liên");
    const draft = defaultDraft(plan, q2, { directory: createDirectory(kimLien) });
    expect(draft.addressees).toEqual(["Ủy ban nhân dân tỉnh Nghệ An"]);
    expect(draft.sentUpward).toBe(true);
    // Without a directory there is nobody to name: left blank for the person, not the issuer.
    const blind = defaultDraft(plan, q2);
    expect(blind.addressees).toEqual([]);
    expect(blind.sentUpward).toBe(false);
  });

  it("keeps the body the plan itself names for the issuer's own reports", async () => {
    const kimLien = await locality("kim-lien");
    const draft = defaultDraft(samplePlan, q2, { directory: createDirectory(kimLien) });
    expect(draft.addressees).toEqual(["Sở Nội vụ tỉnh Nghệ An"]);
  });

  it("finds the body above from the directory: a phòng's UBND, a sở's and a commune's province UBND, a district's province", async () => {
    const kimLien = createDirectory(await locality("kim-lien"));
    const ngheAn = createDirectory(await locality("nghe-an"));
    const namDan = createDirectory(await locality("nam-dan"));
    const name = (dir: typeof kimLien, issuer: { name: string; agencyId?: string }, asOf?: string) =>
      superiorBody(dir, issuer, asOf)?.name;
    expect(name(kimLien, { name: "Phòng Văn hóa - Xã hội", agencyId: "phong-vhxh" })).toBe(
      "Ủy ban nhân dân xã Kim Liên",
    );
    expect(name(kimLien, { name: "UBND xã Kim Liên" })).toBe("Ủy ban nhân dân tỉnh Nghệ An");
    expect(name(ngheAn, { name: "Sở Nội vụ", agencyId: "so-noi-vu" })).toBe("Ủy ban nhân dân tỉnh Nghệ An");
    expect(name(ngheAn, { name: "Ủy ban nhân dân xã Kim Liên", agencyId: "ubnd-xa-kim-lien" })).toBe(
      "Ủy ban nhân dân tỉnh Nghệ An",
    );
    expect(
      name(namDan, { name: "Ủy ban nhân dân huyện Nam Đàn", agencyId: "ubnd-huyen" }, "2024-06-01"),
    ).toBe("Ủy ban nhân dân tỉnh Nghệ An");
    // The province has nobody above it in its own directory.
    expect(name(ngheAn, { name: "Ủy ban nhân dân tỉnh Nghệ An", agencyId: "ubnd-tinh" })).toBeUndefined();
  });
});

describe("a báo cáo addressed to its own issuer", () => {
  it("is a finding, an error when issuing, however the issuer's name is written", async () => {
    const kimLien = await locality("kim-lien");
    const directory = createDirectory(kimLien);
    const plan = cchcPlan(kimLien);
    for (const addressee of ["Ủy ban nhân dân xã Kim Liên", "UBND xã Kim Liên", "Uỷ ban nhân dân xã"]) {
      const draft = { ...defaultDraft(plan, q2), sentUpward: true, addressees: [addressee] };
      const report = buildPeriodReport({
        plan,
        period: q2,
        cutoff: { closingDay: 14 },
        log: [],
        draft,
        today: "2026-06-16",
      });
      const issued = reportFindings(report, draft, { mode: "issued", directory });
      expect(issued.findings.find((f) => f.rule === "report-addressed-to-issuer")).toMatchObject({
        severity: "error",
        path: "report.addressees[0]",
      });
      expect(issued.blocking).toBe(true);
    }
  });
});
