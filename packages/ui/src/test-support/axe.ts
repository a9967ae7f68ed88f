import axe from "axe-core";

/**
 * Runs axe on an element (the whole document by default) and returns the violations as readable
 * lines, so a failing assertion says which rule broke and where.
 */
export async function axeViolations(context: Element | Document = document): Promise<string[]> {
  const results = await axe.run(context, {
    resultTypes: ["violations"],
    // Component tests render fragments, not pages: page-level rules belong to the app tests.
    rules: {
      region: { enabled: false },
      "landmark-one-main": { enabled: false },
      "page-has-heading-one": { enabled: false },
    },
  });
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}
