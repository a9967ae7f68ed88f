import type { Role } from "@kehoach/plan-model";
import type { MatrixView } from "./filters.js";
import { KIND_LABELS, type RowKind } from "./labels.js";
import type { Workspace, WsAgency } from "./workspace.js";

// The rows of the matrix as shown: a title row for each kind of agency, the agencies under it,
// and under an opened group its members from the locality directory. A member shown there holds
// the group's roles: what the plan asks of "UBND các xã, phường" it asks of each xã.

export type MatrixRow =
  | { type: "section"; key: string; kind: RowKind; label: string; count: number }
  | {
      type: "agency";
      key: string;
      agency: WsAgency;
      /** For a member shown under its group: the group's key (roles come from the group). */
      viaGroup?: WsAgency | undefined;
      expandable: boolean;
      expanded: boolean;
    };

export function matrixRows(view: MatrixView, expanded: ReadonlySet<string>, ws: Workspace): MatrixRow[] {
  const rows: MatrixRow[] = [];
  const counts = new Map<RowKind, number>();
  for (const a of view.agencies) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  let kind: RowKind | null = null;
  for (const agency of view.agencies) {
    if (agency.kind !== kind) {
      kind = agency.kind;
      rows.push({
        type: "section",
        key: `kind:${kind}`,
        kind,
        label: KIND_LABELS[kind],
        count: counts.get(kind) ?? 0,
      });
    }
    const expandable = agency.members.length > 0;
    const isOpen = expandable && expanded.has(agency.key);
    rows.push({ type: "agency", key: agency.key, agency, expandable, expanded: isOpen });
    if (isOpen) {
      for (const m of agency.members) {
        const member: WsAgency = ws.agencyByKey.get(m.key) ?? {
          key: m.key,
          id: m.key,
          name: m.name,
          kind: "unknown",
          group: false,
          spellings: [],
          aliases: [],
          members: [],
          search: { tone: "", ascii: "" },
        };
        rows.push({
          type: "agency",
          key: `${agency.key}>${m.key}`,
          agency: member,
          viaGroup: agency,
          expandable: false,
          expanded: false,
        });
      }
    }
  }
  return rows;
}

/** The roles in a row's cell: a member under an opened group shows the group's roles. */
export function rowRoles(view: MatrixView, row: MatrixRow, taskKey: string): readonly Role[] {
  if (row.type !== "agency") return [];
  return view.roles(row.viaGroup ? row.viaGroup.key : row.agency.key, taskKey);
}

export function rowTotal(view: MatrixView, row: MatrixRow): ReturnType<MatrixView["agencyTotal"]> | null {
  if (row.type !== "agency") return null;
  return view.agencyTotal(row.viaGroup ? row.viaGroup.key : row.agency.key);
}
