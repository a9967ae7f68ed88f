import { en, say } from "@kehoach/text-vi";
import { describe, expect, it, vi as spy } from "vitest";
import { render } from "vitest-browser-react";
import { Field } from "../field/index.js";
import { phrase, type RichText, Vi, viText, WordedText } from "./index.js";

// The Vietnamese part of an English message is marked, and only that part: a screen reader
// switches pronunciation for it, and the site's walk in English tells it from an untranslated word.

describe("Vietnamese parts of a message", () => {
  it("marks only the Vietnamese term of a label lang=vi, the label still naming its control", async () => {
    const error = spy.spyOn(console, "error").mockImplementation(() => {});
    const label: RichText = phrase("Subject (", viText("trích yếu"), ")");
    const hint: RichText = phrase("E.g. ", viText("Tuyên truyền cải cách hành chính"));
    const screen = await render(
      <Field label={label} hint={hint}>
        {(control) => <input {...control} />}
      </Field>,
    );
    await expect.element(screen.getByRole("textbox", { name: "Subject (trích yếu)" })).toBeVisible();
    const marked = [...screen.container.querySelectorAll('[lang="vi"]')].map((el) => el.textContent);
    expect(marked).toEqual(["trích yếu", "Tuyên truyền cải cách hành chính"]);
    // A fragment's children need no keys: React has nothing to warn about.
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });

  it("marks a quote written in JSX with <Vi>", async () => {
    const screen = await render(
      <p>
        Printed as <Vi>“Lưu: VT.”</Vi>
      </p>,
    );
    const quote = screen.container.querySelector('[lang="vi"]');
    expect(quote?.textContent).toBe("“Lưu: VT.”");
    expect(screen.container.textContent).toBe("Printed as “Lưu: VT.”");
  });

  it("shows a two-language message in the screen's language, the user's words quoted in English marked", async () => {
    const message = say(
      "Không đọc được dòng “Cơ quan chủ trì”.",
      en`Could not read the line ${"Cơ quan chủ trì"}.`,
    );
    const shown = (lang: "vi" | "en") => (
      <p>
        <WordedText lang={lang} vi={message.vi} en={message.en.text} quotes={message.en.quotes} />
      </p>
    );
    const vi = await render(shown("vi"));
    expect(vi.container.textContent).toBe("Không đọc được dòng “Cơ quan chủ trì”.");
    expect(vi.container.querySelector('[lang="vi"]')).toBeNull();
    vi.unmount();
    const english = await render(shown("en"));
    expect(english.container.textContent).toBe("Could not read the line “Cơ quan chủ trì”.");
    const marked = [...english.container.querySelectorAll('[lang="vi"]')].map((el) => el.textContent);
    expect(marked).toEqual(["Cơ quan chủ trì"]);
  });
});
