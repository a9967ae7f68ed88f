// Text that a person typed (a result, a task's title) put inside a sentence the report writes:
// its own closing punctuation goes, so the sentence ends once ("…truyền thanh (đang thực hiện
// trong hạn).", never "…truyền thanh. (đang thực hiện trong hạn).").

/** The text without the full stops, commas, semicolons or colons it ends with; "?", "!", "…" and closing brackets stay. */
export function asClause(text: string): string {
  return text
    .trim()
    .replace(/(?:\s*[.,;:])+$/u, "")
    .trim();
}
