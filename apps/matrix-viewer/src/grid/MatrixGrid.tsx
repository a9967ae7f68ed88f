// biome-ignore-all lint/a11y/useSemanticElements: a grid virtualised on both axes cannot be a <table> (rows and cells are positioned one by one); it follows the ARIA grid pattern instead.
// biome-ignore-all lint/a11y/useFocusableInteractive: cells are focusable through a roving tabindex (cellProps); rows and headers are not meant to take focus in the grid pattern.
// biome-ignore-all lint/a11y/useKeyWithClickEvents: the grid's keydown handler gives every click its key (Enter, Space).
import type { Role } from "@kehoach/plan-model";
import { ScrollFrame } from "@kehoach/ui/scroll-frame";
import {
  type KeyboardEvent,
  type ReactNode,
  type UIEvent,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import { ROLE_CODES } from "../model/labels.js";
import "./grid.css";

// A grid virtualised on both axes (300 agencies × 1,000 tasks is 300,000 cells; about a
// thousand are in the DOM at a time), with the header rows and the first two columns sticky,
// and the ARIA grid pattern: one cell is the tab stop, the arrow keys move it (Home/End,
// PageUp/PageDown, Ctrl+Home/End too), Enter opens a cell or opens and closes a group.
// aria-rowcount, aria-colcount and the indices keep the true size known to screen readers.

export interface GridRow {
  key: string;
  /** A section title row ("Cơ quan chuyên môn (3)") or a row of cells. */
  section?: boolean;
  label: string;
  /** A second, smaller line under the label. */
  note?: string | undefined;
  /** Full text for the tooltip when the label is shortened. */
  title?: string | undefined;
  /** 1 for a member shown under its group. */
  depth?: number;
  expandable?: boolean;
  expanded?: boolean;
  total?: { text: string; description: string } | undefined;
}

export interface GridColumn {
  key: string;
  /** Bold first line: the task's number, or the agency's name. */
  label: string;
  /** Smaller text under it: the task's title. */
  note?: string | undefined;
  title: string;
  total: { text: string; description: string };
}

export interface MatrixGridProps {
  captionId: string;
  rows: readonly GridRow[];
  columns: readonly GridColumn[];
  roles: (row: GridRow, column: GridColumn) => readonly Role[];
  /** The names of the roles, in the screen's language, read out for the codes in a cell. */
  roleLabels: Readonly<Record<Role, string>>;
  cornerLabel: string;
  totalLabel: string;
  totalsRowLabel: string;
  /** Wider columns for long labels (agencies across, when transposed). */
  wideColumns?: boolean;
  onToggleRow?: (row: GridRow) => void;
  onCellActivate?: (row: GridRow, column: GridColumn) => void;
  /** Height of the scrolling area. */
  blockSize?: string;
  /** The line shown while columns are hidden to the right (given how many). */
  moreColumnsHint?: (hidden: number) => string;
}

export const ROW_HEIGHT = 36;
const HEADER_HEIGHT = 104;
const TOTALS_HEIGHT = 34;
const ROW_HEADER_WIDTH = 320;
const TOTAL_WIDTH = 84;
const OVERSCAN_ROWS = 6;
const OVERSCAN_COLUMNS = 4;
/** A few tasks share the width there is, up to this much each (a title reads in a column this wide). */
const MAX_FILL_WIDTH = 280;

interface Range {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

export function MatrixGrid({
  captionId,
  rows,
  columns,
  roles,
  roleLabels,
  cornerLabel,
  totalLabel,
  totalsRowLabel,
  wideColumns = false,
  onToggleRow,
  onCellActivate,
  blockSize = "min(70vh, 44rem)",
  moreColumnsHint,
}: MatrixGridProps) {
  const fixedWidth = ROW_HEADER_WIDTH + TOTAL_WIDTH;
  // Columns are never narrower than a role code needs; when there are few, they share the width
  // the grid has, so three tasks' titles are read in full and every row spans the grid.
  const [viewWidth, setViewWidth] = useState(0);
  const minimum = wideColumns ? 112 : 60;
  const share = columns.length > 0 ? Math.floor((viewWidth - fixedWidth) / columns.length) : 0;
  const columnWidth = Math.max(minimum, Math.min(MAX_FILL_WIDTH, share));
  const headBlock = HEADER_HEIGHT + TOTALS_HEIGHT;
  const totalWidth = fixedWidth + columns.length * columnWidth;
  const totalHeight = headBlock + rows.length * ROW_HEIGHT;

  const scroller = useRef<HTMLDivElement>(null);
  const view = useRef({ top: 0, left: 0, width: 1200, height: 700 });
  const [range, setRange] = useState<Range>({ r0: 0, r1: 0, c0: 0, c1: 0 });

  const computeRange = useCallback((): Range => {
    const { top, left, width, height } = view.current;
    const bodyHeight = Math.max(0, height - headBlock);
    const bodyWidth = Math.max(0, width - fixedWidth);
    return {
      r0: Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN_ROWS),
      r1: Math.min(rows.length, Math.ceil((top + bodyHeight) / ROW_HEIGHT) + OVERSCAN_ROWS),
      c0: Math.max(0, Math.floor(left / columnWidth) - OVERSCAN_COLUMNS),
      c1: Math.min(columns.length, Math.ceil((left + bodyWidth) / columnWidth) + OVERSCAN_COLUMNS),
    };
  }, [rows.length, columns.length, columnWidth, headBlock, fixedWidth]);

  // Columns off to the right, for the line under the grid that says they are there: followed on
  // every scroll, not only when the rendered range changes.
  const [hiddenRight, setHiddenRight] = useState(0);
  const refresh = useCallback(() => {
    const next = computeRange();
    setRange((prev) =>
      prev.r0 === next.r0 && prev.r1 === next.r1 && prev.c0 === next.c0 && prev.c1 === next.c1 ? prev : next,
    );
    const { left, width } = view.current;
    setHiddenRight(
      Math.max(0, columns.length - Math.floor((left + Math.max(0, width - fixedWidth)) / columnWidth)),
    );
  }, [computeRange, columns.length, columnWidth, fixedWidth]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => {
      view.current = {
        top: el.scrollTop,
        left: el.scrollLeft,
        width: el.clientWidth,
        height: el.clientHeight,
      };
      setViewWidth(el.clientWidth);
      refresh();
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [refresh]);

  const frame = useRef(0);
  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const el = event.currentTarget;
    view.current = { ...view.current, top: el.scrollTop, left: el.scrollLeft };
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      refresh();
    });
  };
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  // Keyboard: the active cell is the grid's one tab stop. Column 0 is the row header, 1 the total,
  // 2… the cells. Section rows are titles, passed over by the arrows.
  const [active, setActive] = useState({ row: firstItem(rows), col: 0 });
  const wantFocus = useRef(false);
  const row = Math.min(active.row, rows.length - 1);
  const col = Math.min(active.col, columns.length + 1);

  const move = (nextRow: number, nextCol: number) => {
    const r = nearestItem(rows, Math.max(0, Math.min(rows.length - 1, nextRow)), nextRow >= row ? 1 : -1);
    const c = Math.max(0, Math.min(columns.length + 1, nextCol));
    wantFocus.current = true;
    setActive({ row: r, col: c });
    scrollIntoView(r, c);
  };

  const scrollIntoView = (r: number, c: number) => {
    const el = scroller.current;
    if (!el) return;
    const top = r * ROW_HEIGHT;
    const bodyHeight = el.clientHeight - headBlock;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + bodyHeight) el.scrollTop = top + ROW_HEIGHT - bodyHeight;
    if (c >= 2) {
      const left = (c - 2) * columnWidth;
      const bodyWidth = el.clientWidth - fixedWidth;
      if (left < el.scrollLeft) el.scrollLeft = left;
      else if (left + columnWidth > el.scrollLeft + bodyWidth) el.scrollLeft = left + columnWidth - bodyWidth;
    }
    view.current = { ...view.current, top: el.scrollTop, left: el.scrollLeft };
    refresh();
  };

  useEffect(() => {
    if (!wantFocus.current) return;
    const cell = scroller.current?.querySelector<HTMLElement>(`[data-cell="${row}:${col}"]`);
    if (cell) {
      cell.focus({ preventScroll: true });
      wantFocus.current = false;
    }
  });

  const pageRows = Math.max(
    1,
    Math.floor(((scroller.current?.clientHeight ?? 700) - headBlock) / ROW_HEIGHT) - 1,
  );
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const ctrl = event.ctrlKey || event.metaKey;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(row + 1, col),
      ArrowUp: () => move(row - 1, col),
      ArrowRight: () => move(row, col + 1),
      ArrowLeft: () => move(row, col - 1),
      PageDown: () => move(row + pageRows, col),
      PageUp: () => move(row - pageRows, col),
      Home: () => (ctrl ? move(0, 0) : move(row, 0)),
      End: () => (ctrl ? move(rows.length - 1, columns.length + 1) : move(row, columns.length + 1)),
      Enter: () => activate(),
      " ": () => activate(),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
  const activate = () => {
    const r = rows[row];
    if (!r || r.section) return;
    if (col === 0 && r.expandable) onToggleRow?.(r);
    const c = columns[col - 2];
    if (col >= 2 && c) onCellActivate?.(r, c);
  };

  const activeRendered =
    row >= range.r0 && row < range.r1 && (col < 2 || (col - 2 >= range.c0 && col - 2 < range.c1));
  const visibleColumns = columns.slice(range.c0, range.c1);
  const cellProps = (r: number, c: number) => ({
    "data-cell": `${r}:${c}`,
    tabIndex: r === row && c === col ? 0 : -1,
    onClick: () => {
      setActive({ row: r, col: c });
      const gr = rows[r];
      const gc = columns[c - 2];
      if (gr && gc) onCellActivate?.(gr, gc);
    },
  });

  return (
    <>
      <ScrollFrame
        edges={{ start: false, end: hiddenRight > 0 }}
        hint={moreColumnsHint ? () => moreColumnsHint(hiddenRight) : undefined}
      >
        <div
          ref={scroller}
          className="mx-grid"
          role="grid"
          aria-labelledby={captionId}
          aria-rowcount={rows.length + 2}
          aria-colcount={columns.length + 2}
          tabIndex={activeRendered ? -1 : 0}
          style={{ blockSize }}
          onScroll={onScroll}
          onKeyDown={onKeyDown}
          onFocus={(event) => {
            if (event.target === event.currentTarget && !activeRendered) move(row, col);
          }}
        >
          <div className="mx-canvas" style={{ width: totalWidth, height: totalHeight }}>
            <div className="mx-head" role="rowgroup" style={{ width: totalWidth, height: headBlock }}>
              <div
                className="mx-row mx-row--header"
                role="row"
                aria-rowindex={1}
                style={{ height: HEADER_HEIGHT }}
              >
                <div
                  className="mx-corner"
                  role="columnheader"
                  aria-colindex={1}
                  style={{ width: ROW_HEADER_WIDTH }}
                >
                  {cornerLabel}
                </div>
                <div
                  className="mx-total mx-total--head"
                  role="columnheader"
                  aria-colindex={2}
                  style={{ left: ROW_HEADER_WIDTH, width: TOTAL_WIDTH }}
                >
                  {totalLabel}
                </div>
                {visibleColumns.map((c, i) => (
                  <div
                    key={c.key}
                    className="mx-colhead"
                    role="columnheader"
                    aria-colindex={range.c0 + i + 3}
                    data-col-key={c.key}
                    title={c.title}
                    style={{ left: fixedWidth + (range.c0 + i) * columnWidth, width: columnWidth }}
                  >
                    <span className="mx-colhead__label">{c.label}</span>
                    {c.note ? <span className="mx-colhead__note">{c.note}</span> : null}
                  </div>
                ))}
              </div>
              <div
                className="mx-row mx-row--totals"
                role="row"
                aria-rowindex={2}
                style={{ height: TOTALS_HEIGHT }}
              >
                <div
                  className="mx-rowhead mx-rowhead--totals"
                  role="rowheader"
                  aria-colindex={1}
                  style={{ width: ROW_HEADER_WIDTH }}
                >
                  {totalsRowLabel}
                </div>
                <div
                  className="mx-total mx-total--blank"
                  role="gridcell"
                  aria-colindex={2}
                  style={{ left: ROW_HEADER_WIDTH, width: TOTAL_WIDTH }}
                />
                {visibleColumns.map((c, i) => (
                  <div
                    key={c.key}
                    className="mx-cell mx-cell--total"
                    role="gridcell"
                    aria-colindex={range.c0 + i + 3}
                    data-col-key={c.key}
                    title={c.total.description}
                    style={{ left: fixedWidth + (range.c0 + i) * columnWidth, width: columnWidth }}
                  >
                    {c.total.text}
                  </div>
                ))}
              </div>
            </div>
            {rows.slice(range.r0, range.r1).map((r, i) => {
              const index = range.r0 + i;
              const top = headBlock + index * ROW_HEIGHT;
              if (r.section) {
                return (
                  <div
                    key={r.key}
                    className="mx-row mx-row--section"
                    role="row"
                    aria-rowindex={index + 3}
                    style={{ top, height: ROW_HEIGHT, width: totalWidth }}
                  >
                    <div className="mx-section" role="rowheader" aria-colindex={1}>
                      {r.label}
                    </div>
                  </div>
                );
              }
              return (
                <div
                  key={r.key}
                  className="mx-row"
                  role="row"
                  aria-rowindex={index + 3}
                  data-row-key={r.key}
                  style={{ top, height: ROW_HEIGHT, width: totalWidth }}
                >
                  <div
                    className={`mx-rowhead${r.depth ? " mx-rowhead--member" : ""}`}
                    role="rowheader"
                    aria-colindex={1}
                    {...(r.expandable ? { "aria-expanded": r.expanded ?? false } : {})}
                    title={r.title ?? r.label}
                    style={{ width: ROW_HEADER_WIDTH }}
                    {...cellProps(index, 0)}
                    onClick={() => {
                      setActive({ row: index, col: 0 });
                      if (r.expandable) onToggleRow?.(r);
                    }}
                  >
                    {r.expandable ? (
                      <span className="mx-disclosure" aria-hidden="true">
                        {r.expanded ? "▾" : "▸"}
                      </span>
                    ) : null}
                    <span className="mx-rowhead__text">
                      <span className="mx-rowhead__label">{r.label}</span>
                      {r.note ? <span className="mx-rowhead__note">{r.note}</span> : null}
                    </span>
                  </div>
                  <div
                    className="mx-total"
                    role="gridcell"
                    aria-colindex={2}
                    title={r.total?.description}
                    style={{ left: ROW_HEADER_WIDTH, width: TOTAL_WIDTH }}
                    {...cellProps(index, 1)}
                  >
                    {r.total?.text}
                  </div>
                  {visibleColumns.map((c, j) => {
                    const cellRoles = roles(r, c);
                    return (
                      <div
                        key={c.key}
                        className="mx-cell"
                        role="gridcell"
                        aria-colindex={range.c0 + j + 3}
                        data-col-key={c.key}
                        style={{ left: fixedWidth + (range.c0 + j) * columnWidth, width: columnWidth }}
                        {...cellProps(index, range.c0 + j + 2)}
                      >
                        {cellRoles.length > 0 ? <RoleMarks roles={cellRoles} labels={roleLabels} /> : null}
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
        </div>
      </ScrollFrame>
    </>
  );
}

/**
 * Role codes in shapes of their own (filled, outlined, dashed, …), with the words for screen readers.
 * The codes are the appendix's own Vietnamese abbreviations ("CT", "ĐN") in either language.
 */
export function RoleMarks({
  roles,
  labels,
}: {
  roles: readonly Role[];
  /** The names of the roles in the screen's language. */
  labels: Readonly<Record<Role, string>>;
}): ReactNode {
  return (
    <>
      {roles.map((r) => (
        <span key={r} className={`mx-role mx-role--${r}`} aria-hidden="true" lang="vi">
          {ROLE_CODES[r]}
        </span>
      ))}
      <span className="mx-sr">{roles.map((r) => labels[r]).join(", ")}</span>
    </>
  );
}

function firstItem(rows: readonly GridRow[]): number {
  const i = rows.findIndex((r) => !r.section);
  return i === -1 ? 0 : i;
}

function nearestItem(rows: readonly GridRow[], from: number, step: 1 | -1): number {
  for (let i = from; i >= 0 && i < rows.length; i += step) if (!rows[i]?.section) return i;
  for (let i = from; i >= 0 && i < rows.length; i -= step) if (!rows[i]?.section) return i;
  return from;
}
