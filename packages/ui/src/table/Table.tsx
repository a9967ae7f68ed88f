import { compareVi } from "@kehoach/text-vi";
import {
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { cx } from "../internal/cx.js";
import { SortIcon } from "../internal/icons.js";
import { useMessages } from "../messages/context.js";
import "../internal/base.css";
import "./table.css";

export interface TableColumn<Row> {
  key: string;
  /** Plain text: it is also read in the sort button's name. */
  header: string;
  cell: (row: Row) => ReactNode;
  /** Makes the column sortable; strings sort in Vietnamese order, null last. */
  sortValue?: (row: Row) => string | number | null;
  align?: "start" | "end" | "center";
  /** A CSS width ("8rem", "30%"). */
  width?: string;
  /** The cell that names its row (a th scope=row); usually the task's name. */
  rowHeader?: boolean;
}

export type SortDirection = "ascending" | "descending";
export interface TableSort {
  key: string;
  direction: SortDirection;
}

export interface TableProps<Row> {
  /** The table's name, shown above it (WCAG 1.3.1). */
  caption: ReactNode;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Enter (or a double click) on a row; makes rows keyboard-navigable with the arrow keys. */
  onRowActivate?: (row: Row) => void;
  /** The row shown as current (aria-current), e.g. the one open beside the table. */
  currentKey?: string | null;
  sort?: TableSort | null;
  defaultSort?: TableSort | null;
  onSortChange?: (sort: TableSort) => void;
  /** Above this many rows only the visible ones are rendered. */
  virtualizeAbove?: number;
  /** Row height in px when virtualised (rows are laid out at exactly this height). */
  rowHeight?: number;
  /** Height of the scrolling area; the header stays visible (sticky) inside it. */
  maxBlockSize?: string;
  /** Shown in place of the rows when there are none. */
  empty?: ReactNode;
  className?: string;
}

const OVERSCAN = 8;

/**
 * A data table: sortable columns (aria-sort), a sticky header inside its own scroll area, rows
 * reachable with the arrow keys, and windowed rendering for long lists (aria-rowcount and
 * aria-rowindex keep the true size known to screen readers).
 */
export function Table<Row>({
  caption,
  columns,
  rows,
  rowKey,
  onRowActivate,
  currentKey = null,
  sort,
  defaultSort = null,
  onSortChange,
  virtualizeAbove = 300,
  rowHeight = 44,
  maxBlockSize = "32rem",
  empty,
  className,
}: TableProps<Row>) {
  const messages = useMessages();
  const captionId = `kh-table-${useId()}`;
  const [innerSort, setInnerSort] = useState<TableSort | null>(defaultSort);
  const activeSort = sort === undefined ? innerSort : sort;

  const sorted = useMemo(() => {
    const column = columns.find((c) => c.key === activeSort?.key);
    if (!column?.sortValue || !activeSort) return rows;
    const value = column.sortValue;
    const sign = activeSort.direction === "ascending" ? 1 : -1;
    return [...rows].sort((a, b) => {
      const x = value(a);
      const y = value(b);
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      if (typeof x === "number" && typeof y === "number") return sign * (x - y);
      return sign * compareVi(String(x), String(y));
    });
  }, [rows, columns, activeSort]);

  const toggleSort = (key: string) => {
    const next: TableSort = {
      key,
      direction: activeSort?.key === key && activeSort.direction === "ascending" ? "descending" : "ascending",
    };
    if (sort === undefined) setInnerSort(next);
    onSortChange?.(next);
  };

  // Windowing: only rows inside the scrolled view (plus some overscan) are in the DOM.
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(800);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setViewHeight(el.clientHeight || 800);
    const observer = new ResizeObserver(() => setViewHeight(el.clientHeight || 800));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const virtual = sorted.length > virtualizeAbove;
  const first = virtual ? Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN) : 0;
  const last = virtual
    ? Math.min(sorted.length, Math.ceil((scrollTop + viewHeight) / rowHeight) + OVERSCAN)
    : sorted.length;
  const visible = sorted.slice(first, last);

  // Keyboard navigation: one row is the tab stop; arrows move it (and scroll it into view).
  const [focusIndex, setFocusIndex] = useState(0);
  const wantFocus = useRef(false);
  const rowRefs = useRef(new Map<number, HTMLTableRowElement>());
  const navigable = onRowActivate !== undefined;
  useEffect(() => {
    if (focusIndex > sorted.length - 1) setFocusIndex(Math.max(0, sorted.length - 1));
  }, [sorted.length, focusIndex]);
  useEffect(() => {
    if (!wantFocus.current) return;
    const row = rowRefs.current.get(focusIndex);
    if (row) {
      wantFocus.current = false;
      row.focus({ preventScroll: !virtual });
      if (!virtual) row.scrollIntoView({ block: "nearest" });
    }
  });
  const moveTo = useCallback(
    (index: number) => {
      const clamped = Math.max(0, Math.min(sorted.length - 1, index));
      wantFocus.current = true;
      setFocusIndex(clamped);
      const el = scroller.current;
      if (virtual && el) {
        const header = el.querySelector("thead")?.getBoundingClientRect().height ?? rowHeight;
        const top = clamped * rowHeight;
        if (top < el.scrollTop) el.scrollTop = top;
        else if (top + rowHeight > el.scrollTop + el.clientHeight - header) {
          el.scrollTop = top + rowHeight - el.clientHeight + header;
        }
        setScrollTop(el.scrollTop);
      }
    },
    [sorted.length, virtual, rowHeight],
  );
  const focusRendered = focusIndex >= first && focusIndex < last;
  const pageSize = Math.max(1, Math.floor(viewHeight / rowHeight) - 1);
  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, row: Row) => {
    const keys: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: sorted.length - 1,
      PageDown: index + pageSize,
      PageUp: index - pageSize,
    };
    const target = keys[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === "Enter" && event.target === event.currentTarget) {
      event.preventDefault();
      onRowActivate?.(row);
    }
  };

  const sortLabel = (column: TableColumn<Row>) => {
    const state = activeSort?.key === column.key ? ` (${messages.table[activeSort.direction]})` : "";
    return `${messages.table.sortBy(column.header)}${state}`;
  };

  return (
    <div className={cx("kh-table", className)} data-slot="table">
      <section
        ref={scroller}
        className="kh-table__scroller kh-focusable"
        style={{ maxBlockSize }}
        // The scroll area is a tab stop when no row is (a plain table, or a windowed one whose
        // current row is scrolled away): keyboard users can still reach and scroll it.
        tabIndex={navigable && focusRendered ? -1 : 0}
        onFocus={(event) => {
          if (navigable && event.target === event.currentTarget && sorted.length > 0) moveTo(focusIndex);
        }}
        aria-labelledby={captionId}
        onScroll={virtual ? (event) => setScrollTop(event.currentTarget.scrollTop) : undefined}
      >
        <table
          aria-rowcount={sorted.length + 1}
          {...(navigable ? { "aria-describedby": `${captionId}-hint` } : {})}
        >
          <caption id={captionId} className="kh-table__caption">
            {caption}
          </caption>
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((column) => {
                const direction = activeSort?.key === column.key ? activeSort.direction : "none";
                return (
                  <th
                    key={column.key}
                    scope="col"
                    style={column.width ? { inlineSize: column.width } : undefined}
                    data-align={column.align ?? "start"}
                    {...(column.sortValue ? { "aria-sort": direction } : {})}
                  >
                    {column.sortValue ? (
                      <button
                        type="button"
                        className="kh-table__sort kh-focusable"
                        aria-label={sortLabel(column)}
                        onClick={() => toggleSort(column.key)}
                      >
                        {column.header}
                        <SortIcon direction={direction} className="kh-table__sort-icon" />
                      </button>
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {sorted.length === 0 && (
              <tr>
                <td colSpan={columns.length} className="kh-table__empty">
                  {empty ?? messages.table.empty}
                </td>
              </tr>
            )}
            {virtual && first > 0 && (
              // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row that holds the scroll height of rows not rendered.
              <tr aria-hidden="true" className="kh-table__spacer" style={{ blockSize: first * rowHeight }} />
            )}
            {visible.map((row, offset) => {
              const index = first + offset;
              const key = rowKey(row);
              return (
                <tr
                  key={key}
                  ref={(el) => {
                    if (el) rowRefs.current.set(index, el);
                    else rowRefs.current.delete(index);
                  }}
                  aria-rowindex={index + 2}
                  {...(currentKey === key ? { "aria-current": "true" as const } : {})}
                  {...(navigable
                    ? {
                        tabIndex: index === focusIndex ? 0 : -1,
                        onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>) =>
                          onRowKeyDown(event, index, row),
                        onFocus: (event) => {
                          if (event.target === event.currentTarget) setFocusIndex(index);
                        },
                        onDoubleClick: () => onRowActivate?.(row),
                        "data-navigable": true,
                      }
                    : {})}
                  style={virtual ? { blockSize: rowHeight } : undefined}
                  className="kh-table__row"
                >
                  {columns.map((column) => {
                    const Cell = column.rowHeader ? "th" : "td";
                    return (
                      <Cell
                        key={column.key}
                        {...(column.rowHeader ? { scope: "row" } : {})}
                        data-align={column.align ?? "start"}
                      >
                        {column.cell(row)}
                      </Cell>
                    );
                  })}
                </tr>
              );
            })}
            {virtual && last < sorted.length && (
              // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row that holds the scroll height of rows not rendered.
              <tr
                aria-hidden="true"
                className="kh-table__spacer"
                style={{ blockSize: (sorted.length - last) * rowHeight }}
              />
            )}
          </tbody>
        </table>
      </section>
      {navigable && (
        <p id={`${captionId}-hint`} className="kh-table__hint">
          {messages.table.keyboardHint} {messages.table.rows(sorted.length)}.
        </p>
      )}
    </div>
  );
}
