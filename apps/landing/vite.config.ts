import { kehoachSite } from "@kehoach/site-kit/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react(), kehoachSite({ app: "" })],
  build: { target: "es2022" },
});
