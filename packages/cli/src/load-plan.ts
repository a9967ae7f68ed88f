import { type Plan, parsePlanJson } from "@kehoach/plan-model";
import { samplePlan } from "@kehoach/plan-model/sample";
import { CliError, type CliIo, describeFsError } from "./io.js";

/** The plan a command works on: the built-in sample, or a file that must load without a problem. */
export async function loadPlanArgument(io: CliIo, path: string | undefined, sample: boolean): Promise<Plan> {
  if (sample) return samplePlan;
  if (!path) throw new CliError("Thiếu tệp kế hoạch: hãy chỉ ra tệp .json, hoặc dùng --sample.", 2);
  let text: string;
  try {
    text = await io.readText(path);
  } catch (error) {
    throw new CliError(describeFsError(error, path));
  }
  const result = parsePlanJson(text);
  if (!result.ok) {
    const lines = result.problems.map((p) => `  - ${p.where}${p.path ? ` (${p.path})` : ""}: ${p.message}`);
    throw new CliError(`Tệp "${path}" không phải kế hoạch hợp lệ:\n${lines.join("\n")}`);
  }
  return result.plan;
}
