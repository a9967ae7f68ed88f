import { z } from "zod";
import { LocalitySchema } from "./schema/locality.js";
import { PlanV2Schema } from "./schema/plan-v2.js";
import { ProgressLogSchema } from "./schema/progress.js";

// The JSON Schemas published for systems that exchange plans without this library (e-office,
// portals). They describe what a file may contain ("input": slots with a default may be left
// out); the checks a schema cannot say (real calendar dates, references between ids) are made
// by the loaders. schema/*.schema.json are generated from here and a test keeps them in step.

function publish(schema: z.ZodType, id: string, title: string, description: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "any",
  }) as Record<string, unknown>;
  const { $schema, ...rest } = json;
  return { $schema, $id: `urn:kehoach-kit:schema:${id}`, title, description, ...rest };
}

export function planJsonSchema(): Record<string, unknown> {
  return publish(
    PlanV2Schema,
    "plan-2",
    "Kế hoạch (định dạng 2)",
    "A plan of Kế hoạch Kit, format 2 (schemaVersion 2). Older formats are migrated by the library when loaded.",
  );
}

export function localityJsonSchema(): Record<string, unknown> {
  return publish(
    LocalitySchema,
    "locality-1",
    "Địa phương (định dạng 1)",
    "A locality directory (localities/<slug>/locality.json): administrative units, agencies, signers, report cut-off rule.",
  );
}

export function progressJsonSchema(): Record<string, unknown> {
  return publish(
    ProgressLogSchema,
    "progress-1",
    "Nhật ký tiến độ (định dạng 1)",
    "Progress entries of one plan, reported by agencies.",
  );
}

export const JSON_SCHEMAS = {
  "plan-2.schema.json": planJsonSchema,
  "locality-1.schema.json": localityJsonSchema,
  "progress-1.schema.json": progressJsonSchema,
} as const;
