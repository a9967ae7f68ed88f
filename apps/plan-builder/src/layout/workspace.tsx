import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { useT } from "../i18n/context.js";

// The editor page on a narrow screen (a phone, a tablet, a small window) shows one column at a
// time: the plan being written, its checks, or the document, chosen with a switch that stays at
// the top of the screen, so the document is one tap away however far down the plan one is. Each
// view keeps its own scroll position. On a wide screen the columns stand side by side and the
// switch is hidden (app.css).

export type WorkspaceView = "edit" | "checks" | "document";

const SHOW_EDITOR = "pb:show-editor";

/** Brings the editor's column into view (on a narrow screen), before a field of it takes focus. */
export function showEditor(): void {
  document.dispatchEvent(new Event(SHOW_EDITOR));
}

/** The view shown on a narrow screen, and the switch to another one. */
export function useWorkspaceView(preview: boolean): [WorkspaceView, (view: WorkspaceView) => void] {
  const [view, setView] = useState<WorkspaceView>("edit");
  const current = useRef(view);
  const scrolls = useRef(new Map<WorkspaceView, number>());

  const change = useCallback((next: WorkspaceView) => {
    if (next === current.current) return;
    scrolls.current.set(current.current, window.scrollY);
    current.current = next;
    setView(next);
  }, []);

  // A view comes back where it was left; shown for the first time, it starts at its top.
  useLayoutEffect(() => {
    const saved = scrolls.current.get(view);
    if (saved !== undefined) {
      window.scrollTo({ top: saved, behavior: "instant" });
      return;
    }
    const top = document.querySelector<HTMLElement>(".pb-workspace")?.getBoundingClientRect().top;
    const bar = document.querySelector<HTMLElement>(".pb-view-switch")?.offsetHeight ?? 0;
    if (top !== undefined && top < bar)
      window.scrollTo({ top: window.scrollY + top - bar, behavior: "instant" });
  }, [view]);

  // A finding or a review item leads to a field: the editor is shown first, at once.
  useEffect(() => {
    const show = () => flushSync(() => change("edit"));
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
