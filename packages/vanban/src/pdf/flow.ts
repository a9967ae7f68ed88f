import { PageCanvas } from "./canvas.js";

// The vertical flow of a section and its cutting into pages. Every item is a box of known
// height; the paginator moves a box to the next page when it does not fit, and moves a chain of
// boxes marked keepWithNext together (a heading with the first lines of its text, the first and
// last two lines of a paragraph, the last lines of the body with the signature), unless the
// chain is taller than a page. A box that can be cut (a table row) is cut where the page ends,
// and a table row that starts a page is preceded by the header rows.
//
// Keeping a chain together never leaves more than a quarter of the page empty: when moving the
// chain would, and the chain ends in a box that can be cut, the chain stays and that box is cut
// at the foot of the page. The one chain that may leave more is the signature with the last two
// lines of the text, which the decree's practice never separates and which cannot be cut.

export interface FlowItem {
  height: number;
  /** Space above the box; dropped at the top of a page. */
  spaceBefore: number;
  keepWithNext?: boolean;
  /** Rows to draw above this one when it starts a page (the repeated table header). */
  repeat?: FlowItem[];
  /** Draws the box with its top-left corner at (x, top); y grows downwards. */
  draw(canvas: PageCanvas, x: number, top: number): void;
  /**
   * Cuts the box so that its first part is at most `room` high: both parts, or undefined when
   * it cannot be cut there (each part of a table row keeps two lines at least).
   */
  split?(room: number): [FlowItem, FlowItem] | undefined;
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
  /** Drawn in the top margin of the section's first page (ô 14), where later pages have their number. */
  firstPageMark?: ((canvas: PageCanvas) => void) | undefined;
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
  /** The most a kept chain may leave empty at the foot of a page: a quarter of the page. */
  const keepLimit = g.height / 4;
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
    if (numberInSection === 1) section.firstPageMark?.(canvas);
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
  /** Height the item takes where it stands now: its space above, or the repeated header. */
  const lead = (item: FlowItem) => (empty ? repeatHeight(item) : item.spaceBefore);
  const place = (item: FlowItem) => {
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
  };
  /**
   * Places the item, cutting it at the foot of the page when it does not fit and can be cut
   * there; the rest takes its place at the head of the queue, for the next page.
   */
  const placeOrCut = (item: FlowItem): boolean => {
    const room = bottom() - y - lead(item);
    if (item.height <= room + EPSILON) {
      place(item);
      return true;
    }
    const parts = item.split?.(room);
    if (!parts) return false;
    place(parts[0]);
    ahead[0] = parts[1];
    newPage();
    return true;
  };

  for (let item = at(0); item !== undefined; item = at(0)) {
    if (!empty) {
      // The chain this item starts, measured as it would stand on a fresh page.
      let chain = repeatHeight(item) + item.height;
      let last = 0;
      for (let j = 0; at(j)?.keepWithNext && chain <= fullBody; j++) {
        const next = at(j + 1);
        if (!next) break;
        chain += next.spaceBefore + next.height;
        last = j + 1;
      }
      const chainHere = chain - repeatHeight(item) + item.spaceBefore;
      const room = bottom() - y;
      if (last > 0 && chainHere > room + EPSILON) {
        // On a fresh page the chain fits whole, or its last box can be cut to fit.
        const canStartAPage = chain <= fullBody + EPSILON || at(last)?.split !== undefined;
        // Moving the chain leaves `room` empty: up to a quarter page it moves; past that it
        // stays, its last box cut at the foot of the page, when it can be.
        if (canStartAPage && room <= keepLimit + EPSILON) newPage();
        else if (keepChainHere(last, room)) continue;
        else if (canStartAPage) newPage();
        // A chain taller than a page that cannot be cut is laid out box by box.
      }
    }
    if (!placeOrCut(item)) {
      // Only an item alone on a fresh page may overrun it (a box taller than a page that cannot be cut).
      if (!empty) {
        newPage();
        continue;
      }
      place(item);
    }
    if (ahead[0] === item) ahead.shift();
  }
  closePage();

  /**
   * Places items 0 … last − 1 of the queue and the first part of item `last`, cut to what the page
   * still holds; false, with nothing placed, when the last item cannot be cut to fit.
   */
  function keepChainHere(last: number, room: number): boolean {
    let used = 0;
    for (let k = 0; k < last; k++) {
      const item = at(k) as FlowItem;
      used += item.spaceBefore + item.height;
    }
    const end = at(last) as FlowItem;
    const parts = end.split?.(room - used - end.spaceBefore);
    if (!parts) return false;
    for (let k = 0; k < last; k++) place(ahead.shift() as FlowItem);
    place(parts[0]);
    ahead[0] = parts[1];
    newPage();
    return true;
  }
}
