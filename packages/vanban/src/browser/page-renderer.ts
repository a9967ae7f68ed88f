/// <reference lib="dom" />
import { loadPdfJs, openPdf, type PdfDocument, type PdfJs } from "./pdfjs.js";
import { spaceLineBreaks } from "./reading-text.js";

// Draws a PDF page by page, as it will print: the preview is the document itself, not an
// approximation of it. Drawing happens on the page's thread, so it is
// kept away from typing: a new version is drawn once the author pauses (QUIET_MS), or at the
// latest MAX_WAIT_MS after it arrived while typing goes on; only the latest waiting version is
// drawn; and a page whose text and positions did not change keeps its drawing. A new version is
// assembled off-screen and swapped in whole, so the preview never flickers. Each page carries
// its text (pdf.js's text layer), so the preview can be read by a screen reader, searched, copied,
// with a space at every line break of a cell or a paragraph (reading-text.ts).

const QUIET_MS = 250;
const MAX_WAIT_MS = 2500;

export interface PageRendererOptions {
  /** The accessible name of page n of total ("Trang 2/5"). */
  pageLabel: (n: number, total: number) => string;
  onRendered?: (info: RenderedInfo) => void;
  onError?: (error: unknown) => void;
  /** The class of each page's frame, for the app's stylesheet; "vb-pdf-page" by default. */
  pageClassName?: string;
  /**
   * With a text layer (the default) each page is a group whose text can be read by a screen
   * reader, searched and copied; without, each page is one image named by its label.
   */
  textLayer?: boolean;
  /** A fixed scale; by default each page fills the host's width. */
  scale?: number;
  /** A performance mark set when the first page of the first version is shown (for benchmarks). */
  firstPageMark?: string;
  /** Called once, when the first page of the first version is shown. */
  onFirstPage?: () => void;
}

export interface RenderedInfo {
  pages: number;
  /** Pages drawn anew (the others kept their drawing). */
  drawn: number;
}

type PdfPage = Awaited<ReturnType<PdfDocument["getPage"]>>;
type Viewport = ReturnType<PdfPage["getViewport"]>;
type TextContent = Awaited<ReturnType<PdfPage["getTextContent"]>>;

interface ShownPage {
  signature: string;
  element: HTMLElement;
}

export class PageRenderer {
  private busy = false;
  private waiting: Uint8Array | null = null;
  private waitingSince = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last: Uint8Array | null = null;
  private current: PdfDocument | null = null;
  private shown: ShownPage[] = [];
  private destroyed = false;
  private firstPageShown = false;
  private width = 0;
  private readonly resize: ResizeObserver;

  private readonly pageLabel: (n: number, total: number) => string;
  private readonly onRendered: (info: RenderedInfo) => void;
  private readonly onError: (error: unknown) => void;

  constructor(
    private readonly host: HTMLElement,
    private readonly options: PageRendererOptions,
  ) {
    this.pageLabel = options.pageLabel;
    this.onRendered = options.onRendered ?? (() => {});
    this.onError = options.onError ?? (() => {});
    this.resize = new ResizeObserver(() => {
      const width = this.contentWidth();
      if (this.options.scale === undefined && this.last && Math.abs(width - this.width) > 4) {
        this.shown = []; // a new width redraws every page
        this.show(this.last);
      }
    });
    this.resize.observe(host);
  }

  /** A new version to show; the first one is drawn at once, later ones when typing pauses. */
  show(bytes: Uint8Array): void {
    this.last = bytes;
    const now = performance.now();
    if (this.waiting === null) this.waitingSince = now;
    this.waiting = bytes;
    if (this.busy) return;
    clearTimeout(this.timer);
    const first = this.shown.length === 0;
    const wait = first ? 0 : Math.max(0, Math.min(QUIET_MS, MAX_WAIT_MS - (now - this.waitingSince)));
    this.timer = setTimeout(() => this.next(), wait);
  }

  /** The width a page may take: the host's, inside its padding (and its scroll bar). */
  private contentWidth(): number {
    const style = getComputedStyle(this.host);
    const padding =
      (Number.parseFloat(style.paddingLeft) || 0) + (Number.parseFloat(style.paddingRight) || 0);
    return Math.max(0, this.host.clientWidth - padding);
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.timer);
    this.resize.disconnect();
    void this.current?.destroy();
  }

  private next(): void {
    const bytes = this.waiting;
    this.waiting = null;
    if (bytes && !this.destroyed) void this.draw(bytes);
  }

  private async draw(bytes: Uint8Array): Promise<void> {
    this.busy = true;
    try {
      const lib = await loadPdfJs();
      const doc = await openPdf(bytes);
      if (this.destroyed) {
        void doc.destroy();
        return;
      }
      this.width = this.contentWidth();
      const progressive = this.shown.length === 0;
      const reusable = new Map(this.shown.map((p) => [p.signature, p]));
      const next: ShownPage[] = [];
      const textLayers: (() => Promise<void>)[] = [];
      let drawn = 0;
      if (progressive) this.host.replaceChildren();
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        const viewport = page.getViewport({
          scale: this.options.scale ?? Math.max(0.3, (this.width - 2) / page.getViewport({ scale: 1 }).width),
        });
        // The first version keeps nothing: its page is drawn while its text is read.
        const drawing = progressive ? this.drawPage(page, viewport) : null;
        drawing?.catch(() => {}); // its failure is met where it is awaited
        const text = await page.getTextContent();
        const signature = `${Math.round(viewport.width)}x${Math.round(viewport.height)}|${text.items
          .map((item) =>
            "str" in item ? `${item.str}@${item.transform.map((v: number) => Math.round(v)).join(",")}` : "",
          )
          .join("|")}`;
        const kept = reusable.get(signature);
        let element: HTMLElement;
        if (kept) {
          reusable.delete(signature);
          element = kept.element;
        } else {
          element = await (drawing ?? this.drawPage(page, viewport));
          if (this.options.textLayer !== false)
            textLayers.push(() => this.addText(lib, element, viewport, text));
          drawn++;
        }
        element.setAttribute("aria-label", this.pageLabel(n, doc.numPages));
        next.push({ signature, element });
        page.cleanup();
        // The very first version appears page by page; later ones are swapped in whole.
        if (progressive) {
          this.host.append(element);
          if (n === 1 && !this.firstPageShown) {
            this.firstPageShown = true;
            if (this.options.firstPageMark) performance.mark(this.options.firstPageMark);
            this.options.onFirstPage?.();
          }
        }
        if (this.destroyed) return;
      }
      if (!progressive) this.host.replaceChildren(...next.map((p) => p.element));
      this.shown = next;
      void this.current?.destroy();
      this.current = doc;
      this.onRendered({ pages: doc.numPages, drawn });
      // The text of the pages comes when the page is idle: it is for reading and searching, and
      // laying it out must not hold up the next keystroke.
      this.whenIdle(textLayers);
    } catch (error) {
      if (!this.destroyed) this.onError(error);
    } finally {
      this.busy = false;
      if (this.waiting && !this.destroyed) {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.next(), QUIET_MS);
      }
    }
  }

  private whenIdle(tasks: (() => Promise<void>)[]): void {
    const run = () => {
      const task = tasks.shift();
      if (!task || this.destroyed) return;
      void task().then(() => schedule());
    };
    const schedule = () => {
      if (tasks.length === 0) return;
      if (typeof requestIdleCallback === "function") requestIdleCallback(run, { timeout: 1000 });
      else setTimeout(run, 50);
    };
    schedule();
  }

  private async addText(
    lib: PdfJs,
    element: HTMLElement,
    viewport: Viewport,
    text: TextContent,
  ): Promise<void> {
    if (!element.isConnected || element.querySelector(".textLayer")) return;
    const layer = document.createElement("div");
    layer.className = "textLayer";
    const textLayer = new lib.TextLayer({ textContentSource: text, container: layer, viewport });
    await textLayer.render();
    spaceLineBreaks(textLayer.textDivs, text.items);
    element.append(layer);
  }

  private async drawPage(page: PdfPage, viewport: Viewport): Promise<HTMLElement> {
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    const frame = document.createElement("div");
    frame.className = this.options.pageClassName ?? "vb-pdf-page";
    frame.setAttribute("role", this.options.textLayer === false ? "img" : "group");
    frame.style.width = `${Math.floor(viewport.width)}px`;
    frame.style.height = `${Math.floor(viewport.height)}px`;
    frame.style.setProperty("--total-scale-factor", String(viewport.scale));
    frame.style.setProperty("--scale-round-x", "1px");
    frame.style.setProperty("--scale-round-y", "1px");

    const canvas = document.createElement("canvas");
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.setAttribute("aria-hidden", "true");
    await page.render({
      canvas,
      viewport,
      ...(ratio !== 1 ? { transform: [ratio, 0, 0, ratio, 0, 0] } : {}),
    }).promise;

    frame.append(canvas);
    return frame;
  }
}
