// Packaging: an app that imports one component must not receive the others. This needs both the
// per-component subpath exports and "sideEffects" limited to CSS (with each stylesheet imported by
// its component module, not by a barrel a bundler may skip).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundleFixture } from "../scripts/bundle-fixture.mjs";

const uiRoot = join(import.meta.dirname, "..");
const entries = Object.keys(
  JSON.parse(readFileSync(join(uiRoot, "package.json"), "utf8")).exports as Record<string, unknown>,
)
  .filter(
    (key) =>
      key !== "./package.json" && !key.includes("*") && !key.endsWith(".css") && !key.endsWith(".json"),
  )
  .map((key) => `@kehoach/ui/${key.slice(2)}`);

describe("tree-shaking", () => {
  it("leaves Dialog (and Radix) out of an app that imports only Button, but keeps Button's CSS", async () => {
    const buttonOnly = await bundleFixture("button-only", 'export { Button } from "@kehoach/ui/button";\n', {
      fromSource: true,
    });
    const everything = await bundleFixture(
      "whole-package",
      entries.map((entry, i) => `export * as m${i} from "${entry}";`).join("\n"),
      { fromSource: true },
    );
    // Markers of Dialog's code: Radix's part names and our Dialog's class names.
    expect(everything.js).toContain("DialogContent");
    expect(everything.js).toContain("kh-dialog");
    expect(everything.css).toContain(".kh-dialog");

    expect(buttonOnly.js).toContain("kh-button");
    expect(buttonOnly.css).toContain(".kh-button");
    expect(buttonOnly.js).not.toContain("DialogContent");
    expect(buttonOnly.js).not.toContain("kh-dialog");
    expect(buttonOnly.css).not.toContain(".kh-dialog");
    expect(buttonOnly.js).not.toContain("kh-table");
    expect(buttonOnly.sizes.js.gzip * 10).toBeLessThan(everything.sizes.js.gzip);
  }, 60_000);
});
