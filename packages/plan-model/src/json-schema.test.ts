import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { JSON_SCHEMAS, planJsonSchema } from "./json-schema.js";

describe("the published JSON Schemas", () => {
  it.each(Object.entries(JSON_SCHEMAS))(
    "schema/%s is up to date (run `pnpm json-schema` after changing a schema)",
    (file, make) => {
      const committed = readFileSync(new URL(`../schema/${file}`, import.meta.url), "utf8");
      expect(JSON.parse(committed)).toEqual(make());
    },
  );

  it("describes format 2 with its recursive task tree and time", () => {
    const schema = planJsonSchema() as {
      properties: Record<string, { const?: unknown }>;
      required: string[];
      $defs: Record<string, unknown>;
    };
    expect(schema.properties.schemaVersion?.const).toBe(2);
    expect(Object.keys(schema.$defs)).toEqual(["Task", "TimeSpec"]);
    expect(schema.required).toEqual(
      expect.arrayContaining([
        "schemaVersion",
        "id",
        "issuer",
        "symbol",
        "place",
        "issuedOn",
        "planYear",
        "title",
        "tasks",
      ]),
    );
    // Slots with a default may be left out by other systems.
    expect(schema.required).not.toContain("purposes");
  });
});
