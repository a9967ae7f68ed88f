import { spawnSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoWithLocalities, siteKitRoot } from "../test-support/fixtures.js";

// `LOCALITY=<slug> pnpm build` refuses a locality with a mistake before building anything, and the
// message says which file, which field, and what to write instead.

function build(repoRoot: string, locality: string) {
  return spawnSync(process.execPath, [join(siteKitRoot, "bin", "kehoach-site.mjs"), "build"], {
    encoding: "utf8",
    env: { ...process.env, KEHOACH_REPO_ROOT: repoRoot, LOCALITY: locality },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

// Each case starts the real command (about 2 s on an idle machine, far more on a busy one).
describe("building for a locality with a mistake", { timeout: 60_000 }, () => {
  it("stops with the file, the field and the allowed values of a wrong agency kind", async () => {
    const repoRoot = await repoWithLocalities("kim-lien");
    const path = join(repoRoot, "localities", "kim-lien", "locality.json");
    const data = JSON.parse(await readFile(path, "utf8"));
    data.agencies[3].kind = "phong";
    await writeFile(path, JSON.stringify(data, null, 2));
    const child = build(repoRoot, "kim-lien");
    expect(child.status).toBe(1);
    expect(child.stderr).toMatch(
      /localities\/kim-lien\/locality\.json › Cơ quan 4 › .*\(agencies\[3\]\.kind\): .*chỉ nhận: ubnd, hdnd/,
    );
    expect(child.stderr).toContain("localities/example/README.md");
    expect(child.stdout).not.toContain("Dựng");
  });

  it("stops on a reference to an agency the file does not define", async () => {
    const repoRoot = await repoWithLocalities("kim-lien");
    const path = join(repoRoot, "localities", "kim-lien", "locality.json");
    const data = JSON.parse(await readFile(path, "utf8"));
    data.agencies[4].parentId = "ubnd-huyen";
    await writeFile(path, JSON.stringify(data, null, 2));
    const child = build(repoRoot, "kim-lien");
    expect(child.status).toBe(1);
    expect(child.stderr).toContain('(agencies[4].parentId): Không có cơ quan mã "ubnd-huyen" trong tệp.');
  });

  it("stops on a theme whose colours are unreadable, naming theme.json", async () => {
    const repoRoot = await repoWithLocalities("nghe-an");
    const path = join(repoRoot, "localities", "nghe-an", "theme.json");
    const theme = JSON.parse(await readFile(path, "utf8"));
    theme.brand["primary-700"] = "#f0b0b0";
    await writeFile(path, JSON.stringify(theme, null, 2));
    const child = build(repoRoot, "nghe-an");
    expect(child.status).toBe(1);
    // The field written (a plain value is read as the token's "$value"), its colour, and a fix.
    expect(child.stderr).toMatch(
      /localities\/nghe-an\/theme\.json › brand\.primary-700: màu #f0b0b0 không đủ tương phản .*Gợi ý: đổi thành "#[0-9a-f]{6}"/,
    );
  });

  it("names the localities there are when LOCALITY names none", async () => {
    const child = build(await repoWithLocalities("kim-lien", "nghe-an"), "xa-khong-co");
    expect(child.status).toBe(1);
    expect(child.stderr).toContain(
      "Các địa phương có sẵn: kim-lien, nghe-an. Tạo mới bằng: pnpm locality:new xa-khong-co",
    );
  });
});
