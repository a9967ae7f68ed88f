import { kehoachSite } from "@kehoach/site-kit/vite";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [kehoachSite({ app: "" })],
  build: { target: "es2022" },
});
