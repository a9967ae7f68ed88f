import type { Plan } from "@kehoach/plan-model";
import { ToastProvider } from "@kehoach/ui/toast";
import { lazy, Suspense, useEffect, useState } from "react";
import { LanguageProvider, useT } from "./i18n/context.js";
import { LibraryScreen } from "./library/LibraryScreen.js";
import { loadEditor } from "./preview/load-editor.js";
import { LIBRARY_HREF, useRoute } from "./routing/hash-route.js";
import { Shell } from "./shell/Shell.js";
import { StoreProvider } from "./state/store-context.js";

// The plan builder: the library of plans and the editor of one, in the locality's shell. The
// editor and the import review are chunks of their own: the library, the first screen, does not
// wait for them.

// The editor's code first, then its document worker (the PDF engine): preview/load-editor.ts.
const EditorScreen = lazy(loadEditor);
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

/**
 * "#/mau": the sample plan, shown in the editor to be looked at, never stored: it is not one of
 * the user's plans (a draft can be made from it, which is).
 */
function SampleOpener() {
  const t = useT();
  const [sample, setSample] = useState<Plan | null>(null);
  useEffect(() => {
    let cancelled = false;
    // The editor comes next: its code loads beside the sample's.
    void loadEditor().catch(() => {});
    (async () => {
      const { samplePlan } = await import("@kehoach/plan-model/sample");
      if (!cancelled) setSample(samplePlan);
    })();
    return () => {
      cancelled = true;
    };
  }, []);
  if (sample) {
    return (
      <Suspense fallback={<Loading />}>
        <EditorScreen planId={sample.id} sample={sample} />
      </Suspense>
    );
  }
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
