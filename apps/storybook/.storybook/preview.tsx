// Under the site's CSP as the apps are: zod is told there is no eval before a schema loads.
import "@kehoach/site-kit/browser/csp";
import { en, MessagesProvider, vi } from "@kehoach/ui/messages";
import type { Preview } from "@storybook/react-vite";
import { applyTheme, localityThemes } from "../src/themes.ts";
import "./preview.css";

const preview: Preview = {
  tags: ["autodocs"],
  globalTypes: {
    theme: {
      description: "Chủ đề của địa phương",
      toolbar: {
        title: "Chủ đề",
        icon: "paintbrush",
        items: localityThemes.map((t) => ({ value: t.slug, title: t.name })),
        dynamicTitle: true,
      },
    },
    locale: {
      description: "Ngôn ngữ của thành phần",
      toolbar: {
        title: "Ngôn ngữ",
        icon: "globe",
        items: [
          { value: "vi", title: "Tiếng Việt" },
          { value: "en", title: "English" },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: "example", locale: "vi" },
  decorators: [
    (Story, context) => {
      applyTheme(String(context.globals.theme ?? "example"));
      document.documentElement.lang = context.globals.locale === "en" ? "en" : "vi";
      return (
        <MessagesProvider messages={context.globals.locale === "en" ? en : vi}>
          <Story />
        </MessagesProvider>
      );
    },
  ],
  parameters: {
    // A story with an accessibility violation fails, in the UI and in `pnpm test`.
    a11y: { test: "error" },
    controls: { expanded: true },
    options: {
      storySort: { order: ["Giới thiệu", "Foundations", "Components", "Patterns", "Documents"] },
    },
  },
};

export default preview;
