import { matrixAppendixDocument, planFileName } from "@kehoach/plan-documents";
import type { MatrixRow as ModelRow, Plan, ResponsibilityMatrix, Role } from "@kehoach/plan-model";
import { nd30Profile } from "@kehoach/vanban";
import { pdfRenderer } from "@kehoach/vanban/browser/pdf";
import type { MatrixView } from "../model/filters.js";
import { DOCUMENT_SECTION_LABELS } from "../model/labels.js";
import { type MatrixRow, rowRoles } from "../model/rows.js";

// The phụ lục "Bảng phân công nhiệm vụ" of what the matrix shows (filters and opened groups
// included), attached to the plan it belongs to, rendered by the document runtime's worker with
// the Vietnamese subset of Tinos. This module is itself loaded only when someone asks for the PDF.

/** The view as the plan model's matrix: the shape the phụ lục is made from. */
export function viewToMatrix(view: MatrixView, rows: readonly MatrixRow[]): ResponsibilityMatrix {
  const out: ModelRow[] = [];
  for (const row of rows) {
    if (row.type !== "agency") continue;
    const cells: Record<string, Role[]> = {};
    for (const t of view.tasks) {
      const roles = rowRoles(view, row, t.key);
      if (roles.length > 0) cells[t.key] = [...roles];
    }
    out.push({
      agency: {
        key: row.key,
        id: row.agency.id,
        name: row.viaGroup ? `${row.agency.name} (thuộc ${lowerFirst(row.viaGroup.name)})` : row.agency.name,
        spellings: row.agency.spellings,
        group: row.agency.group,
        generic: row.agency.kind === "generic",
      },
      cells,
    });
  }
  return {
    tasks: view.tasks.map((t) => ({ id: t.key, number: t.number, title: t.title, path: "" })),
    rows: out,
    unresolved: [],
  };
}

/** The văn bản of the phụ lục: the same tree for the PDF and the Word file. */
export function appendixDocument(plan: Plan, view: MatrixView, rows: readonly MatrixRow[]) {
  const matrix = viewToMatrix(view, rows);
  const kindOf = new Map(
    rows.flatMap((r) =>
      r.type === "agency" ? [[r.key, r.viaGroup ? r.viaGroup.kind : r.agency.kind] as const] : [],
    ),
  );
  return matrixAppendixDocument(plan, matrix, {
    taskDetails: new Map(view.tasks.map((t) => [t.key, { product: t.product, time: t.timeText }])),
    sectionOf: (agency) => {
      const kind = kindOf.get(agency.key);
      return kind ? DOCUMENT_SECTION_LABELS[kind] : undefined;
    },
  });
}

const appendixFileName = (plan: Plan, extension: "pdf" | "docx") =>
  planFileName(plan, extension).replace(new RegExp(`\\.${extension}$`), ` - Phụ lục phân công.${extension}`);

export async function exportAppendixPdf(
  plan: Plan,
  view: MatrixView,
  rows: readonly MatrixRow[],
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const doc = appendixDocument(plan, view, rows);
  const bytes = await pdfRenderer().render(doc, nd30Profile(14));
  return { bytes, fileName: appendixFileName(plan, "pdf") };
}

/** The same phụ lục as an editable Word file; the Word engine is loaded only now. */
export async function exportAppendixDocx(
  plan: Plan,
  view: MatrixView,
  rows: readonly MatrixRow[],
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const { renderDocx } = await import("@kehoach/vanban/docx");
  const bytes = await renderDocx(appendixDocument(plan, view, rows), { profile: nd30Profile(14) });
  return { bytes, fileName: appendixFileName(plan, "docx") };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
