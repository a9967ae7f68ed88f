import { inspectPdf } from "@kehoach/pdf-inspect";
import { describe, expect, it } from "vitest";
import { checkNd30, formatFailures } from "../compliance/index.js";
import { renderWithPdfmake } from "../fixtures/pdfmake-render.js";
import { nd30Profile, type SizeSet } from "../profile.js";
import { allSpecimens } from "../specimens/index.js";

// pdfmake's output measured by the same checklist as the PDF renderer's: every specimen, in both
// size sets, rendered by pdfmake 0.3 from the definition this entry builds.

const RULES_MEASURED: Record<string, number[]> = {
  "ke-hoach": [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 16],
  "ke-hoach-du-thao": [1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13, 14],
  "quyet-dinh-ban-hanh-ke-hoach": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16],
  "quyet-dinh": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 16],
  "bao-cao": [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 16],
  "to-trinh": [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 16],
  "cong-van": [1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 16],
};

describe.each([13, 14] as SizeSet[])("pdfmake's output against Nghị định 30, size set %i", (set) => {
  const profile = nd30Profile(set);
  it.each(allSpecimens().map((s) => [s.id, s] as const))(
    "%s passes every measured item of §14.2",
    async (id, specimen) => {
      const pdf = await inspectPdf(await renderWithPdfmake(specimen.doc, { profile }));
      const report = checkNd30(pdf, {
        sizeSet: set,
        marginsMm: profile.marginsMm,
        sentUpward: id === "bao-cao",
      });
      expect(formatFailures(report)).toBe("");
      const measured = new Set(report.checks.map((c) => c.rule));
      expect([...measured].sort((a, b) => a - b)).toEqual(expect.arrayContaining(RULES_MEASURED[id] ?? []));
    },
  );
});
