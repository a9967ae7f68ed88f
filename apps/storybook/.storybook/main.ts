import type { StorybookConfig } from "@storybook/react-vite";
import { defaultClientConditions, mergeConfig } from "vite";

const config: StorybookConfig = {
  // Component stories live beside their component in packages/ui (stories double as test
  // fixtures there); this app adds foundations, patterns and documents.
  stories: ["../src/**/*.mdx", "../src/**/*.stories.tsx", "../../../packages/ui/src/**/*.stories.tsx"],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest"],
  framework: { name: "@storybook/react-vite", options: { strictMode: true } },
  core: { disableTelemetry: true },
  typescript: { reactDocgen: "react-docgen-typescript" },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      // Workspace packages resolve to their sources: no build step before Storybook.
      resolve: { conditions: ["@kehoach/source", ...defaultClientConditions] },
      // The document runtime's PDF worker loads pdfkit with a dynamic import: a module worker.
      worker: { format: "es" },
      build: {
        chunkSizeWarningLimit: 4000,
        rollupOptions: {
          // Radix ships "use client" directives, meaningless in a client-only bundle.
          onwarn(warning: { code?: string }, warn: (w: { code?: string }) => void) {
            if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
            warn(warning);
          },
        },
      },
    });
  },
};

export default config;
