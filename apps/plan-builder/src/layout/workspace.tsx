import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { useT } from "../i18n/context.js";

// The editor page on a narrow screen (a phone, a tablet, a small window) shows one column at a
// time: the plan being written, its checks, or the document, chosen with a switch that stays at
// the top of the screen, so the document is one tap away however far down the plan one is. Each
// view comes back where it was left. On a wide screen the columns stand side by side and the
// switch is hidden (app.css).

export type WorkspaceView = "edit" | "checks" | "document";

const SHOW_EDITOR = "pb:show-editor";

/** Brings the editor's column into view (on a narrow screen), before a field of it takes focus. */
export function showEditor(): void {
  document.dispatchEvent(new Event(SHOW_EDITOR));
}

/** Where a view was left: the element at the top of the screen then, and how far down it stood. */
interface Place {
  anchor: Element;
  top: number;
}

/** What the reader was looking at: the first heading, task or field of the view that starts below the sticky switch. */
function placeNow(): Place | null {
  const bar = document.querySelector<HTMLElement>(".pb-view-switch")?.getBoundingClientRect().bottom ?? 0;
  const candidates = document.querySelectorAll(
    ".pb-workspace h2, .pb-workspace h3, .pb-workspace [data-path], .pb-workspace .pb-page, .pb-workspace .pb-finding",
  );
  for (const anchor of candidates) {
    const box = anchor.getBoundingClientRect();
    if (box.height > 0 && box.top >= bar) return { anchor, top: box.top };
  }
  return null;
}

/** Scrolls the anchor back where it stood, again over a few frames while the parts around it settle. */
function restore(place: Place): void {
  // Parts coming into view are laid out as they do (content-visibility), which moves what lies
  // below them: the anchor is put back over several frames.
  let frames = 8;
  const again = () => {
    if (!place.anchor.isConnected) return;
    window.scrollBy({ top: place.anchor.getBoundingClientRect().top - place.top, behavior: "instant" });
    if (--frames > 0) requestAnimationFrame(again);
  };
  again();
}

/** The view shown on a narrow screen, and the switch to another one. */
export function useWorkspaceView(preview: boolean): [WorkspaceView, (view: WorkspaceView) => void] {
  const [view, setView] = useState<WorkspaceView>("edit");
  const current = useRef(view);
  const places = useRef(new Map<WorkspaceView, Place>());

  const change = useCallback((next: WorkspaceView) => {
    if (next === current.current) return;
    const place = placeNow();
    if (place) places.current.set(current.current, place);
    current.current = next;
    setView(next);
  }, []);

  // A view comes back where it was left; shown for the first time, it starts at its top. Shown
  // for a field (showEditor), it goes where that field is, which is not this effect's to do.
  const forField = useRef(false);
  useLayoutEffect(() => {
    if (forField.current) {
      forField.current = false;
      return;
    }
    const place = places.current.get(view);
    if (place) {
      restore(place);
      return;
    }
    const top = document.querySelector<HTMLElement>(".pb-workspace")?.getBoundingClientRect().top;
    const bar = document.querySelector<HTMLElement>(".pb-view-switch")?.offsetHeight ?? 0;
    if (top !== undefined && top < bar)
      window.scrollTo({ top: window.scrollY + top - bar, behavior: "instant" });
  }, [view]);

  // A finding or a review item leads to a field: the editor is shown first, at once.
  useEffect(() => {
    const show = () => {
      if (current.current === "edit") return;
      forField.current = true;
      flushSync(() => change("edit"));
    };
    document.addEventListener(SHOW_EDITOR, show);
    return () => document.removeEventListener(SHOW_EDITOR, show);
  }, [change]);

  // With the preview turned off there is no document to show.
  useEffect(() => {
    if (!preview && current.current === "document") change("edit");
  }, [preview, change]);

  return [view, change];
}

export function ViewSwitch({
  view,
  onChange,
  preview,
}: {
  view: WorkspaceView;
  onChange: (view: WorkspaceView) => void;
  preview: boolean;
}) {
  const t = useT();
  const self = useRef<HTMLFieldSetElement>(null);
  const views: WorkspaceView[] = preview ? ["edit", "checks", "document"] : ["edit", "checks"];

  // The page's side column sticks below the toolbar, whose height depends on its words and the
  // window: the page is told it (--pb-toolbar-block) whenever it changes.
  useEffect(() => {
    const page = self.current?.parentElement;
    const toolbar = page?.querySelector<HTMLElement>(":scope > .pb-toolbar");
    if (!page || !toolbar) return;
    const measure = () => page.style.setProperty("--pb-toolbar-block", `${toolbar.offsetHeight}px`);
    const observer = new ResizeObserver(measure);
    observer.observe(toolbar);
    measure();
    return () => observer.disconnect();
  }, []);

  return (
    <fieldset ref={self} className="pb-view-switch">
      <legend className="kh-visually-hidden">{t.workspace.label}</legend>
      {views.map((v) => (
        <button
          key={v}
          type="button"
          className="pb-view-switch__button"
          aria-pressed={view === v}
          onClick={() => onChange(v)}
        >
          {t.workspace.views[v]}
        </button>
      ))}
    </fieldset>
  );
}
