import { cx } from "../internal/cx.js";
import { useAppLanguage } from "../messages/app-text.js";
import { useMessages } from "../messages/context.js";
import "../internal/base.css";
import "./app-shell.css";

/**
 * The one language switch of a site: it names the other language in that language ("English",
 * "Tiếng Việt"), marked with its `lang` so a screen reader says it right, and switches every app
 * of the site (the choice is kept per browser by AppTextProvider). Nothing outside a provider.
 */
export function LanguageSwitch({ className }: { className?: string }) {
  const language = useAppLanguage<unknown>();
  const messages = useMessages();
  if (!language) return null;
  const next = messages.language.switchToLang;
  return (
    <button
      type="button"
      className={cx("kh-shell__language kh-focusable", className)}
      lang={next}
      onClick={() => language.setLang(next)}
    >
      {messages.language.switchTo}
    </button>
  );
}
