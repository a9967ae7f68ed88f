import { ToastProvider } from "@kehoach/ui/toast";
import { lazy, Suspense, useEffect } from "react";
import { LanguageProvider, useT } from "./i18n/context.js";
import { LibraryScreen } from "./library/LibraryScreen.js";
import { editorHref, LIBRARY_HREF, useRoute } from "./routing/hash-route.js";
import { Shell } from "./shell/Shell.js";
import { StoreProvider, useStore } from "./state/store-context.js";
import { announceLibraryChange } from "./state/tabs.js";

// The plan builder: the library of plans and the editor of one, in the locality's shell. The
// editor and the import review are chunks of their own: the library, the first screen, does not
// wait for them.

const EditorScreen = lazy(() =>
  import("./editor/EditorScreen.js").then((m) => ({ default: m.EditorScreen })),
);
const ImportScreen = lazy(() =>
  import("./import/ImportScreen.js").then((m) => ({ default: m.ImportScreen })),
);

export function App() {
  return (
    <LanguageProvider>
      <ToastProvider>
        <StoreProvider>
          <Screens />
        </StoreProvider>
      </ToastProvider>
    </LanguageProvider>
  );
}

function Screens() {
  const route = useRoute();
  switch (route.screen) {
    case "library":
      return <LibraryScreen importTextAvailable />;
    case "editor":
      return (
        <Suspense fallback={<Loading />}>
          <EditorScreen key={route.planId} planId={route.planId} />
        </Suspense>
      );
    case "import-text":
      return (
        <Suspense fallback={<Loading />}>
          <ImportScreen />
        </Suspense>
      );
    case "sample":
      return <SampleOpener />;
    default:
      return <NotFound />;
  }
}

function Loading() {
  const t = useT();
  return (
    <Shell>
      <p className="pb-loading">{t.editor.loading}</p>
    </Shell>
  );
}

/** "#/mau": the sample plan, stored the first time it is asked for. */
function SampleOpener() {
  const store = useStore();
  const t = useT();
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const { samplePlan } = await import("@kehoach/plan-model/sample");
      const read = await store.read(samplePlan.id);
      if (!read.ok) {
        await store.save(samplePlan);
        announceLibraryChange();
      }
      if (!cancelled) window.location.replace(editorHref(samplePlan.id));
    })();
    return () => {
      cancelled = true;
    };
  }, [store]);
  return (
    <Shell>
      <p className="pb-loading">{t.editor.loading}</p>
    </Shell>
  );
}

function NotFound() {
  const t = useT();
  return (
    <Shell>
      <div className="pb-screen">
        <h1 className="pb-screen__title">{t.app.notFound}</h1>
        <p>
          <a href={LIBRARY_HREF}>{t.editor.backToLibrary}</a>
        </p>
      </div>
    </Shell>
  );
}
