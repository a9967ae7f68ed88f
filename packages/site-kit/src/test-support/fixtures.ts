import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
export const repoLocalities = join(repoRoot, "localities");
export const siteKitRoot = fileURLToPath(new URL("../../", import.meta.url));

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `kehoach-${prefix}-`));
}

/** A folder with the given files (path → text). */
export async function writeTree(root: string, files: Record<string, string>): Promise<string> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

/** A scratch repository root holding copies of the named shipped localities. */
export async function repoWithLocalities(...slugs: string[]): Promise<string> {
  const root = await tempDir("repo");
  for (const slug of slugs)
    await cp(join(repoLocalities, slug), join(root, "localities", slug), { recursive: true });
  return root;
}
