import { spawnSync } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadLocality } from "../locality-files.js";
import { repoWithLocalities, siteKitRoot } from "../test-support/fixtures.js";
import { newLocality, parseType, UsageError } from "./cli.js";

// `pnpm locality:new`: what an IT officer runs first. It must leave a locality the build accepts,
// ask for what is missing only in a terminal, and refuse clearly otherwise.

async function run(argv: string[], answers?: string[]) {
  const repoRoot = await repoWithLocalities("example");
  const lines: string[] = [];
  const queue = [...(answers ?? [])];
  const result = await newLocality(argv, {
    repoRoot,
    interactive: answers !== undefined,
    ask: async () => queue.shift() ?? "",
    print: (line) => lines.push(line),
  });
  return { repoRoot, result, output: lines.join("\n") };
}

describe("pnpm locality:new", () => {
  it("copies the template and writes a locality the build accepts, from flags", async () => {
    const { repoRoot, output } = await run([
      "xa-hoa-binh",
      "--name",
      "Hòa Bình",
      "--type",
      "xa",
      "--province",
      "Nghệ An",
    ]);
    const dir = join(repoRoot, "localities", "xa-hoa-binh");
    expect((await readdir(dir)).sort()).toEqual(["locality.json", "logo.svg", "theme.json"]);
    const loaded = await loadLocality(join(repoRoot, "localities"), "xa-hoa-binh");
    expect(loaded.locality.name).toBe("Xã Hòa Bình, tỉnh Nghệ An");
    expect(loaded.theme?.name).toBe("Xã Hòa Bình");
    // Written in the design-tokens format the default theme uses: nothing outside $-keys and groups.
    const written = JSON.parse(await readFile(join(dir, "theme.json"), "utf8"));
    expect(written).toMatchObject({
      $extends: "default",
      $extensions: { "vn.kehoach": { name: "Xã Hòa Bình" } },
    });
    expect(written.name).toBeUndefined();
    expect(output).toContain("Đã tạo localities/xa-hoa-binh/");
    expect(output).toContain("LOCALITY=xa-hoa-binh pnpm build");
    expect(output).toContain("docs/deploying.md");
  });

  it("prints the guide's next steps, with LOCALITY wherever the command needs it", async () => {
    const { output } = await run([
      "xa-hoa-binh",
      "--name",
      "Hòa Bình",
      "--type",
      "xa",
      "--province",
      "Nghệ An",
    ]);
    expect(output).toContain("pnpm locality:check xa-hoa-binh");
    expect(output).toContain("LOCALITY=xa-hoa-binh pnpm start");
    expect(output).not.toMatch(/(?<!LOCALITY=xa-hoa-binh )pnpm start/u);
    // The theme's CSS is made during the build; there is no separate command to run.
    expect(output).not.toContain("pnpm --filter @kehoach/ui themes");
  });

  it("asks, in a terminal, for what the flags leave out, and derives the folder name", async () => {
    const { repoRoot, result } = await run([], ["Vinh Phú", "phường", "tỉnh Nghệ An", ""]);
    expect(result.slug).toBe("vinh-phu");
    const data = JSON.parse(
      await readFile(join(repoRoot, "localities", "vinh-phu", "locality.json"), "utf8"),
    );
    expect(data.$schema).toBe("../../packages/plan-model/schema/locality-1.schema.json");
    expect(data.units[1]).toMatchObject({ name: "Vinh Phú", type: "phuong", level: "commune" });
    expect(data.agencies.map((a: { name: string }) => a.name)).toContain("Phòng Kinh tế, Hạ tầng và Đô thị");
  });

  it("refuses, outside a terminal, to guess what is missing", async () => {
    await expect(run(["xa-moi", "--name", "Mới"])).rejects.toThrow(/Thiếu loại đơn vị \(--type\)/);
    await expect(run(["xa-moi", "--name", "Mới", "--type", "xa"])).rejects.toThrow(
      /Thiếu tên tỉnh \(--province\)/,
    );
  });

  it("explains that a thị trấn no longer exists, and refuses unknown types", async () => {
    await expect(
      run(["tt", "--name", "Nam Đàn", "--type", "thi_tran", "--province", "Nghệ An"]),
    ).rejects.toThrow(/Thị trấn không còn từ 01\/7\/2025/);
    await expect(run(["x", "--name", "X", "--type", "ban"])).rejects.toBeInstanceOf(UsageError);
  });

  it("never overwrites an existing locality and checks the folder name", async () => {
    await expect(run(["example", "--name", "X", "--type", "tinh"])).rejects.toThrow(
      /Đã có thư mục localities\/example/,
    );
    await expect(run(["Xa Moi", "--name", "X", "--type", "tinh"])).rejects.toThrow(/chỉ được gồm chữ thường/);
  });

  it("checks --level against the type", async () => {
    await expect(
      run(["x", "--name", "X", "--type", "huyen", "--level", "commune", "--province", "A"]),
    ).rejects.toThrow(/không khớp/);
  });

  it.each([
    ["xã", "xa"],
    ["Đặc khu", "dac_khu"],
    ["thanh-pho-truc-thuoc-trung-uong", "thanh_pho_truc_thuoc_tw"],
    ["thi_xa", "thi_xa"],
  ])("understands the type %j", (text, type) => {
    expect(parseType(text)).toBe(type);
  });

  it("runs as a command (what `pnpm locality:new` calls), writing into the repository it is given", {
    timeout: 60_000,
  }, async () => {
    const repoRoot = await repoWithLocalities("example");
    const child = spawnSync(
      process.execPath,
      [
        join(siteKitRoot, "bin", "kehoach-site.mjs"),
        "locality-new",
        "quan-1",
        "--name",
        "1",
        "--type",
        "quan",
        "--province",
        "Thành phố Hồ Chí Minh",
      ],
      {
        encoding: "utf8",
        env: { ...process.env, KEHOACH_REPO_ROOT: repoRoot },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    expect(child.stderr).toBe("");
    expect(child.status).toBe(0);
    expect(child.stdout).toContain("Quận 1, thành phố Hồ Chí Minh");
    const loaded = await loadLocality(join(repoRoot, "localities"), "quan-1");
    expect(loaded.locality.units.find((u) => u.id === loaded.locality.unitId)?.validTo).toBe("2025-06-30");
  });
});
