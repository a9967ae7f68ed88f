import { type Plan, PlanV2Schema } from "@kehoach/plan-model";
import { asciiKey, en, plainEnglish, say } from "@kehoach/text-vi";
import type { Findings } from "./findings.js";

// The plan schema is the contract: anything the importer built that does not fit (a line too
// long, a list too long, a symbol with digits) is cut or dropped, and a finding says so.

export function planId(title: string, year: number): string {
  const slug = asciiKey(title)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60)
    .replace(/-$/, "");
  return slug ? `nhap-${year}-${slug}` : `nhap-${year}`;
}

export function fitToSchema(plan: Plan, findings: Findings): Plan {
  let current: Plan = plan;
  for (let attempt = 0; attempt < 8; attempt++) {
    const result = PlanV2Schema.safeParse(current);
    if (result.success) return result.data;
    const copy = structuredClone(current) as unknown as Record<string, unknown>;
    for (const issue of result.error.issues) {
      const path = issue.path as (string | number)[];
      const maximum = "maximum" in issue && typeof issue.maximum === "number" ? issue.maximum : undefined;
      repair(copy, path, issue.code, maximum);
      findings.add(
        "plan-repaired",
        "warning",
        say(
          `Trường ${path.join(".")} không hợp lệ (${issue.message}) và đã được sửa hoặc bỏ.`,
          en`The field ${plainEnglish(path.join("."))} was not valid (${plainEnglish(issue.message)}) and was cut or dropped.`,
        ),
        undefined,
        path.join("."),
      );
    }
    current = copy as unknown as Plan;
  }
  return current;
}

function repair(
  root: Record<string, unknown>,
  path: (string | number)[],
  code: string,
  maximum: number | undefined,
): void {
  if (path.length === 0) return;
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== "object") return;
    parent = (parent as Record<string | number, unknown>)[key];
  }
  if (parent === null || typeof parent !== "object") return;
  const holder = parent as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  const value = holder[last];
  if (typeof value === "string" && code === "too_big") holder[last] = value.slice(0, maximum ?? 1000);
  else if (Array.isArray(value) && code === "too_big") value.length = Math.min(value.length, maximum ?? 500);
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete holder[last];
}
