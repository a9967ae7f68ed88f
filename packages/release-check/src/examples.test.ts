import { describe, expect, it } from "vitest";
import { readmeExamples } from "./examples.js";

describe("README examples are the fenced blocks marked to run", () => {
  it("takes js and sh blocks after the mark, and leaves unmarked blocks alone", () => {
    const readme = [
      "# x",
      "```js",
      "not run",
      "```",
      "<!-- example -->",
      "```js",
      'import { a } from "x";',
      "```",
      "<!-- example needs: fake-indexeddb@6.2.2 -->",
      "```sh",
      "kehoach --help",
      "```",
    ].join("\n");
    expect(readmeExamples("@kehoach/x", readme)).toEqual([
      {
        packageName: "@kehoach/x",
        id: "x-1",
        language: "js",
        code: 'import { a } from "x";',
        line: 6,
        needs: [],
      },
      {
        packageName: "@kehoach/x",
        id: "x-2",
        language: "sh",
        code: "kehoach --help",
        line: 10,
        needs: ["fake-indexeddb@6.2.2"],
      },
    ]);
  });

  it("refuses a mark that is not followed by a runnable block", () => {
    expect(() => readmeExamples("@kehoach/x", "<!-- example -->\n```ts\nx\n```")).toThrow(/dòng 1/u);
  });
});
