import { inspectPdf } from "@kehoach/pdf-inspect";
import { describe, expect, it } from "vitest";
import { loadTinosFromNodeModules } from "../fonts/node.js";
import { renderPdf } from "../pdf/index.js";
import { nd30Profile, type SizeSet } from "../profile.js";
import { allSpecimens } from "../specimens/index.js";
import { checkNd30, formatFailures } from "./index.js";

// The compliance suite: every specimen, in both size sets, rendered to PDF and measured item by
// item against nd30-layout §14.2. A failure names the element with its measured and expected
// values, e.g. "[5] Đường kẻ dưới Tiêu ngữ (trang 1): đo được 0,90, cần 0,98 – 1,02".

const fonts = await loadTinosFromNodeModules();

/** The §14.2 items each kind of document must have been measured on (not merely passed). */
const RULES_MEASURED: Record<string, number[]> = {
  "ke-hoach": [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 16],
  "ke-hoach-du-thao": [1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13, 14],
  "quyet-dinh-ban-hanh-ke-hoach": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16],
  "quyet-dinh": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 16],
  "bao-cao": [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 16],
  "to-trinh": [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 16],
  "cong-van": [1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 16],
};

describe.each([13, 14] as SizeSet[])("Nghị định 30 compliance, size set %i", (set) => {
  const profile = nd30Profile(set);
  it.each(allSpecimens().map((s) => [s.id, s] as const))(
    "%s passes every measured item of §14.2",
    async (id, specimen) => {
      const pdf = await inspectPdf(await renderPdf(specimen.doc, { fonts, profile }));
      const report = checkNd30(pdf, {
        sizeSet: set,
        marginsMm: profile.marginsMm,
        sentUpward: id === "bao-cao",
      });
      expect(formatFailures(report)).toBe("");
      expect(report.sizeSet).toBe(set);
      const measured = new Set(report.checks.map((c) => c.rule));
      expect([...measured].sort((a, b) => a - b)).toEqual(expect.arrayContaining(RULES_MEASURED[id] ?? []));
    },
  );
});

describe("what the suite recognises in the specimens", () => {
  it("reads a QĐ, its attached plan and the plan's two phụ lục as four sections", async () => {
    const specimen = allSpecimens().find((s) => s.id === "quyet-dinh-ban-hanh-ke-hoach");
    const pdf = await inspectPdf(await renderPdf(specimen!.doc, { fonts }));
    const report = checkNd30(pdf);
    expect(report.sections.map((s) => s.documentKind ?? s.kind)).toEqual([
      "QD",
      "KH",
      "appendix",
      "appendix",
    ]);
    const labels = report.checks.filter((c) => c.element === "Phụ lục: đánh số").map((c) => c.measured);
    expect(labels).toEqual(['"Phụ lục I"', '"Phụ lục II"']);
  });
});
