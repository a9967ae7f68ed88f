import type { Plugin } from "vite";

// The entry (src/main.tsx) loads the app (src/boot.tsx) with a dynamic import, so that the site's
// CSP accommodations run before any schema module; the browser would then discover the app's
// code only once the entry has run, a round trip later. A modulepreload fetches and compiles a
// module without running it: the page asks for the app's code from its first bytes, and the
// order in which modules run does not change.

export function preloadModules(entryOf: (moduleId: string) => boolean): Plugin {
  let base = "/";
  return {
    name: "kehoach:preload-modules",
    apply: "build",
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, { bundle, chunk }) {
        if (!bundle || !chunk) return [];
        const files = new Set<string>();
        const visit = (file: string) => {
          const found = bundle[file];
          if (found?.type !== "chunk" || files.has(file)) return;
          files.add(file);
          for (const next of found.imports) visit(next);
        };
        for (const output of Object.values(bundle)) {
          if (output.type === "chunk" && output.facadeModuleId && entryOf(output.facadeModuleId))
            visit(output.fileName);
        }
        // The entry and what it imports statically are preloaded by Vite already.
        const known = new Set([chunk.fileName, ...chunk.imports]);
        return [...files]
          .filter((file) => !known.has(file))
          .map((file) => ({
            tag: "link",
            attrs: { rel: "modulepreload", crossorigin: true, href: `${base}${file}` },
            injectTo: "head" as const,
          }));
      },
    },
  };
}
