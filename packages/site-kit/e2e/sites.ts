import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseTheme, resolvedValues } from "@kehoach/ui/theme";

// The two sites the global setup builds, and what the tests expect of them, read from the
// locality files themselves (never typed here a second time).

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

export interface SiteUnderTest {
  key: "a" | "b";
  slug: string;
  basePath: string;
  port: number;
}

export const SITES: SiteUnderTest[] = [
  { key: "a", slug: "kim-lien", basePath: "/", port: 4191 },
  { key: "b", slug: "nghe-an", basePath: "/kehoach/", port: 4192 },
];

/** Port of the server the offline tests stop and start again. */
export const OFFLINE_PORT = 4193;

export function siteDir(key: string): string {
  const root = process.env.KEHOACH_E2E_SITES;
  if (!root) throw new Error("KEHOACH_E2E_SITES is set by e2e/global-setup.ts");
  return join(root, key);
}

interface LocalityFile {
  name: string;
  unitId: string;
  agencies: { name: string; kind: string; unitId?: string; issuing?: object }[];
}

export async function localityOf(slug: string) {
  const data = JSON.parse(
    await readFile(join(repoRoot, "localities", slug, "locality.json"), "utf8"),
  ) as LocalityFile;
  // The theme as the build reads it (it extends ui's default), through ui's own parser.
  const parsed = parseTheme(
    JSON.parse(await readFile(join(repoRoot, "localities", slug, "theme.json"), "utf8")),
  );
  if (!parsed.ok) throw new Error(`localities/${slug}/theme.json: ${JSON.stringify(parsed.problems)}`);
  const committee = data.agencies.find((a) => a.kind === "ubnd" && a.unitId === data.unitId);
  return {
    shortName: data.name.split(",")[0]?.trim() ?? data.name,
    committee: committee?.name ?? "",
    issuers: data.agencies.filter((a) => a.issuing).map((a) => a.name),
    agencies: data.agencies.map((a) => a.name),
    headerBackground: rgb(resolvedValues(parsed.theme).get("color-header-background") ?? ""),
  };
}

/** "#1d6841" → "rgb(29, 104, 65)", as getComputedStyle reports it. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
