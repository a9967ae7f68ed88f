// The `kehoach` command as it is installed: one bundle of the command and the @kehoach/* code it
// runs (with zod, the .docx reader and the Word writer), in chunks that load per command, so a
// cold `kehoach render` reads a handful of files instead of some 250 modules. pdfkit and pdf.js stay
// ordinary dependencies: pdfkit reads its own data files at run time, and pdf.js finds its Node
// polyfills (@napi-rs/canvas) beside itself. The fonts stay in @kehoach/vanban.
import { defaultServerConditions, defineConfig } from "vite";

const conditions = ["@kehoach/source", ...defaultServerConditions];

export default defineConfig({
  logLevel: "warn",
  resolve: { conditions },
  ssr: {
    noExternal: true,
    external: ["pdfkit", "pdfjs-dist"],
    resolve: { conditions, externalConditions: ["node"] },
  },
  build: {
    ssr: true,
    target: "node20",
    outDir: "dist",
    emptyOutDir: false,
    minify: false,
    copyPublicDir: false,
    rollupOptions: {
      input: { main: "src/main.ts", index: "src/index.ts" },
      output: {
        format: "es",
        entryFileNames: "[name].js",
        chunkFileNames: "chunks/[name]-[hash].js",
      },
    },
  },
});
