import {
  type AgencyDirectory,
  createDirectory,
  type Locality,
  MAX_PLAN_FILE_BYTES,
  type Plan,
  parseLocalityJson,
  parsePlanJson,
} from "@kehoach/plan-model";
import { decodeTextFile } from "@kehoach/text-vi";
import { CliError, type CliIo } from "./io.js";
import { shown } from "./shown.js";

// The files a command reads: each checked for size before it is read, decoded strictly as UTF-8,
// then parsed whole or refused with every problem and where it is.

/** A user's text file, strictly UTF-8 (a byte-order mark is fine). */
export async function readTextInput(io: CliIo, path: string, maxBytes: number): Promise<string> {
  const bytes = await io.readFile(path, maxBytes);
  const decoded = decodeTextFile(bytes, `Tệp ${shown(path)}`);
  if (!decoded.ok) throw new CliError(decoded.message);
  return decoded.text;
}

interface Problem {
  where: string;
  path?: string;
  message: string;
}

export function problemLines(problems: readonly Problem[]): string {
  return problems.map((p) => `  - ${p.where}${p.path ? ` (${p.path})` : ""}: ${p.message}`).join("\n");
}

/** The plan a command works on: the built-in sample, or a file that must load without a problem. */
export async function loadPlanArgument(io: CliIo, path: string | undefined, sample: boolean): Promise<Plan> {
  if (sample) {
    if (path) throw new CliError("Dùng --sample hoặc một tệp kế hoạch, không dùng cả hai.", 2);
    const { samplePlan } = await import("@kehoach/plan-model/sample");
    return samplePlan;
  }
  if (!path) throw new CliError("Thiếu tệp kế hoạch: hãy chỉ ra tệp .json, hoặc dùng --sample.", 2);
  const result = parsePlanJson(await readTextInput(io, path, MAX_PLAN_FILE_BYTES));
  if (!result.ok) {
    throw new CliError(`Tệp ${shown(path)} không phải kế hoạch hợp lệ:\n${problemLines(result.problems)}`);
  }
  return result.plan;
}

export async function loadLocalityFile(io: CliIo, path: string): Promise<Locality> {
  const result = parseLocalityJson(await readTextInput(io, path, MAX_PLAN_FILE_BYTES));
  if (!result.ok) {
    throw new CliError(`Tệp địa phương ${shown(path)} không hợp lệ:\n${problemLines(result.problems)}`);
  }
  return result.locality;
}

/** The locality directory named by --locality, loaded whole or refused with its problems. */
export async function loadDirectoryArgument(
  io: CliIo,
  path: string | undefined,
): Promise<AgencyDirectory | undefined> {
  return path ? createDirectory(await loadLocalityFile(io, path)) : undefined;
}
