import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { TextArea } from "../text-area/index.js";
import { AppTextProvider, createAppText, LANGUAGE_STORAGE_KEY } from "./index.js";

const vi = { greet: (name: string) => `Chào ${name}`, switchTo: "English" };
const en: typeof vi = { greet: (name) => `Hello ${name}`, switchTo: "Tiếng Việt" };
const catalogue = { vi, en };
type Words = typeof vi;
// What an app's i18n module writes: its provider and hooks, typed with its catalogue.
const { TextProvider, useLanguage, useT: useText } = createAppText<Words>(catalogue);

function Screen() {
  const t = useText();
  const { lang, setLang } = useLanguage();
  return (
    <main>
      <p>{t.greet("Lan")}</p>
      <button type="button" onClick={() => setLang(lang === "vi" ? "en" : "vi")}>
        {t.switchTo}
      </button>
      <TextArea label="Note" maxChars={5} defaultValue="abc" />
    </main>
  );
}

describe("an app's words, held the one way", () => {
  it("shows the app's catalogue and the components' messages in the chosen language, and keeps the choice", async () => {
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    const screen = await render(
      <AppTextProvider catalogue={catalogue}>
        <Screen />
      </AppTextProvider>,
    );
    await expect.element(screen.getByText("Chào Lan")).toBeVisible();
    await expect.element(screen.getByText("Còn 2 ký tự")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "English" }));
    await expect.element(screen.getByText("Hello Lan")).toBeVisible();
    await expect.element(screen.getByText("2 characters left")).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("en");
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("en");
  });

  it("starts in the language another app of the site chose", async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, "en");
    const screen = await render(
      <AppTextProvider catalogue={catalogue}>
        <Screen />
      </AppTextProvider>,
    );
    await expect.element(screen.getByText("Hello Lan")).toBeVisible();
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    document.documentElement.lang = "vi";
  });

  it("speaks Vietnamese outside the provider, and its own provider gives the app's words", async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, "en");
    const outside = await render(<Screen />);
    await expect.element(outside.getByText("Chào Lan")).toBeVisible();
    outside.unmount();
    const inside = await render(
      <TextProvider>
        <Screen />
      </TextProvider>,
    );
    await expect.element(inside.getByText("Hello Lan")).toBeVisible();
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
  });
});
