import { type AgencyDirectory, createDirectory, parseLocalityJson } from "@kehoach/plan-model";
import { CliError, type CliIo, describeFsError } from "../io.js";

/** The locality directory named by --locality, loaded whole or refused with its problems. */
export async function loadDirectoryArgument(
  io: CliIo,
  path: string | undefined,
): Promise<AgencyDirectory | undefined> {
  if (!path) return undefined;
  let text: string;
  try {
    text = await io.readText(path);
  } catch (error) {
    throw new CliError(describeFsError(error, path));
  }
  const result = parseLocalityJson(text);
  if (!result.ok) {
    const lines = result.problems.map((p) => `  - ${p.where}${p.path ? ` (${p.path})` : ""}: ${p.message}`);
    throw new CliError(`Tệp địa phương "${path}" không hợp lệ:\n${lines.join("\n")}`);
  }
  return createDirectory(result.locality);
}
