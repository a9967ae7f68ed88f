import { describe, expect, it } from "vitest";
import { asWritten, en, messageParts, plainEnglish, say } from "./wording.js";

// The English of a finding quotes the user's words as written; a screen marks them as Vietnamese
// by the spans `en` records, so the spans must point at exactly those words.

const quoted = (text: ReturnType<typeof en>) =>
  messageParts(text.text, text.quotes)
    .filter((p) => p.quote)
    .map((p) => p.text);

describe("English wording with the user's words quoted", () => {
  it("quotes every string put in, and records where it stands", () => {
    const text = en`The label ${"Cơ quan tham mưu"} was read as ${"tham mưu"}.`;
    expect(text.text).toBe("The label “Cơ quan tham mưu” was read as “tham mưu”.");
    expect(quoted(text)).toEqual(["Cơ quan tham mưu", "tham mưu"]);
  });

  it("quotes a list name by name, and keeps numbers and English as they are", () => {
    const text = en`Line ${12}: ${["Phòng Nội vụ", "Công an xã"]} from ${en`the title and ${"Kim Liên"}`}.`;
    expect(text.text).toBe("Line 12: “Phòng Nội vụ”, “Công an xã” from the title and “Kim Liên”.");
    expect(quoted(text)).toEqual(["Phòng Nội vụ", "Công an xã", "Kim Liên"]);
  });

  it("quotes a number as written without marks, and English text as no quote", () => {
    const text = en`Task ${asWritten("đ)")} in ${plainEnglish("tasks.0.title")}`;
    expect(text.text).toBe("Task đ) in tasks.0.title");
    expect(quoted(text)).toEqual(["đ)"]);
  });

  it("records no span for an empty quote", () => {
    expect(en`The column ${""} is empty`.quotes).toEqual([]);
  });

  it("keeps both wordings side by side", () => {
    expect(say("Hàng không có số thứ tự.", en`The row has no number.`)).toMatchObject({
      vi: "Hàng không có số thứ tự.",
      en: { text: "The row has no number.", quotes: [] },
    });
  });
});

describe("messageParts", () => {
  it("cuts a message at its quotes", () => {
    expect(
      messageParts("“Sở A” matches “Sở B”.", [
        { start: 1, end: 5 },
        { start: 16, end: 20 },
      ]),
    ).toEqual([
      { text: "“", quote: false },
      { text: "Sở A", quote: true },
      { text: "” matches “", quote: false },
      { text: "Sở B", quote: true },
      { text: "”.", quote: false },
    ]);
  });

  it("shows the message as it is when a span is out of place or out of order", () => {
    expect(messageParts("Two words", [{ start: 4, end: 40 }])).toEqual([{ text: "Two words", quote: false }]);
    expect(
      messageParts("Two words", [
        { start: 4, end: 9 },
        { start: 0, end: 3 },
      ]),
    ).toEqual([
      { text: "Two ", quote: false },
      { text: "words", quote: true },
    ]);
    expect(messageParts("")).toEqual([{ text: "", quote: false }]);
  });
});
