import { defaultClientConditions, defineConfig } from "vite";

const sitePrefix = (process.env.BASE_PATH ?? "/").replace(/\/?$/, "/");

export default defineConfig({
  base: sitePrefix,
  resolve: { conditions: ["@kehoach/source", ...defaultClientConditions] },
  build: { target: "es2022" },
});
