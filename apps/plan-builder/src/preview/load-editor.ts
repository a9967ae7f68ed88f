import type { EditorScreen } from "../editor/EditorScreen.js";

// The editor's code, then its document worker (the PDF engine): once the editor's chunk has
// arrived, the worker starts fetching the PDF engine and the fonts on its own thread while the
// page boots and lays the editor out. The page's entry calls this at once when it opens on the
// editor (src/main.tsx); the app's lazy editor screen is the same promise (src/App.tsx). Nothing
// here is imported statically: the entry must not load the plan schemas before the CSP setup.

let editor: Promise<{ default: typeof EditorScreen }> | undefined;

export function loadEditor(): Promise<{ default: typeof EditorScreen }> {
  editor ??= Promise.all([
    import("../editor/EditorScreen.js"),
    import("./document-service.js"),
    import("../shell/site-locality.js"),
  ]).then(([screen, documents, { siteLocality }]) => {
    documents.startDocumentService(siteLocality.locality);
    return { default: screen.EditorScreen };
  });
  const loading = editor;
  // A failed download is tried again by the next screen that needs the editor.
  loading.catch(() => {
    if (editor === loading) editor = undefined;
  });
  return loading;
}
