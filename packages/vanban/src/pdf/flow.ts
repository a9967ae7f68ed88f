import { PageCanvas } from "./canvas.js";

// The vertical flow of a section and its cutting into pages. Every item is a box of known
// height; the paginator moves a box to the next page when it does not fit, and moves a chain of
// boxes marked keepWithNext together (a heading with the first lines of its text, the first and
// last two lines of a paragraph, the last lines of the body with the signature), unless the
// chain is taller than a page. A table row that starts a page is preceded by the header rows.

export interface FlowItem {
  height: number;
  /** Space above the box; dropped at the top of a page. */
  spaceBefore: number;
  keepWithNext?: boolean;
  /** Rows to draw above this one when it starts a page (the repeated table header). */
  repeat?: FlowItem[];
  /** Draws the box with its top-left corner at (x, top); y grows downwards. */
  draw(canvas: PageCanvas, x: number, top: number): void;
}

export interface PageGeometry {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Section {
  geometry: PageGeometry;
  /**
   * The boxes, produced as the paginator asks for them: only the few it is deciding about are
   * alive at once, so a 1,000-page document does not hold 40,000 laid-out lines in memory.
   */
  items: Iterable<FlowItem>;
  /** Drawn at the foot of the section's first page (ô 13), whose text area it shortens. */
  firstPageFooter?: { height: number; draw(canvas: PageCanvas, x: number, top: number): void } | undefined;
}

export interface PageInfo {
  /** 1-based number of the page inside its section (pages of a phụ lục count from 1). */
  numberInSection: number;
  geometry: PageGeometry;
}

const EPSILON = 0.01;

/** Lays the section's items onto pages; `emit` receives each page as soon as it is complete. */
export function paginate(section: Section, emit: (canvas: PageCanvas, info: PageInfo) => void): void {
  const g = section.geometry;
  const source = section.items[Symbol.iterator]();
  const ahead: FlowItem[] = [];
  /** The k-th item from the current one, pulled from the source when first needed. */
  const at = (k: number): FlowItem | undefined => {
    while (ahead.length <= k) {
      const next = source.next();
      if (next.done) return undefined;
      ahead.push(next.value);
    }
    return ahead[k];
  };
  const fullBody = g.height - g.top - g.bottom;
  let numberInSection = 1;
  let canvas = new PageCanvas(g.width, g.height);
  let y = g.top;
  let empty = true;

  const bottom = () =>
    g.height - g.bottom - (numberInSection === 1 ? (section.firstPageFooter?.height ?? 0) : 0);
  const closePage = () => {
    if (numberInSection === 1 && section.firstPageFooter) {
      section.firstPageFooter.draw(canvas, g.left, g.height - g.bottom - section.firstPageFooter.height);
    }
    emit(canvas, { numberInSection, geometry: g });
  };
  const newPage = () => {
    closePage();
    numberInSection++;
    canvas = new PageCanvas(g.width, g.height);
    y = g.top;
    empty = true;
  };
  const repeatHeight = (item: FlowItem) => (item.repeat ?? []).reduce((sum, r) => sum + r.height, 0);

  for (let item = at(0); item !== undefined; ahead.shift(), item = at(0)) {
    const need = (empty ? repeatHeight(item) : item.spaceBefore) + item.height;
    if (!empty) {
      // The chain this item starts, measured as it would stand on a fresh page.
      let chain = repeatHeight(item) + item.height;
      for (let j = 0; at(j)?.keepWithNext && chain <= fullBody; j++) {
        const next = at(j + 1);
        if (!next) break;
        chain += next.spaceBefore + next.height;
      }
      const chainHere = chain - repeatHeight(item) + item.spaceBefore;
      const chainFitsAPage = chain <= fullBody + EPSILON;
      if ((chainFitsAPage && y + chainHere > bottom() + EPSILON) || y + need > bottom() + EPSILON) newPage();
    }
    if (empty) {
      for (const header of item.repeat ?? []) {
        header.draw(canvas, g.left, y);
        y += header.height;
      }
    } else {
      y += item.spaceBefore;
    }
    item.draw(canvas, g.left, y);
    y += item.height;
    empty = false;
  }
  closePage();
}
