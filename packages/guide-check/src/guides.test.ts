import { type ChildProcess, execFile, spawn } from "node:child_process";
import { copyFile, lstat, mkdir, mkdtemp, readFile, readlink, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandLines, type GuideBlock, guideBlocks, missingOutput } from "./guide-blocks.js";

// The guides, as a person types them: on a clean copy of the repository (what git tracks and what
// it does not ignore, no build output, no turbo cache), every command the guides mark is run in
// the order a newcomer follows them — docs/forking.md, then docs/deploying.md, then the README's
// command line, which needs a build — and what they serve is opened. A command renamed in the code
// but not in a guide, or output a guide quotes that the code no longer prints, fails here.

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const GUIDES = ["docs/forking.md", "docs/deploying.md", "README.md"];

let copy: string;
const timings: { command: string; seconds: number }[] = [];

/** The environment of a person's shell: nothing of this test run's own turbo or locality. */
function shellEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: "1", ...extra };
  for (const key of Object.keys(env)) {
    if (
      /^(TURBO_|npm_|PNPM_)/u.test(key) ||
      ["LOCALITY", "BASE_PATH", "PORT", "WITH_STORYBOOK"].includes(key)
    ) {
      if (!(key in extra)) delete env[key];
    }
  }
  return env;
}

async function cleanCopy(): Promise<string> {
  const target = join(await mkdtemp(join(tmpdir(), "kehoach-guides-")), "kehoach-kit");
  const { stdout } = await run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: repoRoot,
    maxBuffer: 64 * 1024 * 1024,
  });
  for (const path of new Set(stdout.split("\0").filter(Boolean))) {
    const from = join(repoRoot, path);
    const info = await lstat(from).catch(() => null);
    if (!info) continue; // deleted in the working tree
    await mkdir(dirname(join(target, path)), { recursive: true });
    if (info.isSymbolicLink()) await symlink(await readlink(from), join(target, path));
    else if (info.isFile()) await copyFile(from, join(target, path));
  }
  return target;
}

async function shell(command: string, cwd: string): Promise<string> {
  const started = performance.now();
  try {
    const { stdout, stderr } = await run("bash", ["-o", "pipefail", "-c", command], {
      cwd,
      env: shellEnv(),
      maxBuffer: 64 * 1024 * 1024,
    });
    return `${stdout}\n${stderr}`;
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    throw new Error(
      `"${command}" dừng với mã ${e.code}:\n${`${e.stdout ?? ""}\n${e.stderr ?? ""}`.trim().split("\n").slice(-30).join("\n")}`,
    );
  } finally {
    timings.push({ command, seconds: (performance.now() - started) / 1000 });
  }
}

interface Served {
  child: ChildProcess;
  url: string;
  apps: string[];
}

/** Starts a serving command as the guide writes it, and waits for its address. */
function serve(command: string, cwd: string): Promise<Served> {
  const started = performance.now();
  // Its own process group, so the test can stop pnpm and everything it started, as Ctrl+C does.
  const child = spawn("bash", ["-c", command], {
    cwd,
    env: shellEnv({ PORT: "0" }),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    let ready = false;
    const take = (chunk: Buffer) => {
      out += chunk.toString();
      const at = /đang chạy tại (http:\/\/\S+)/u.exec(out);
      if (!ready && at && /Nhấn Ctrl\+C để dừng/u.test(out)) {
        ready = true;
        timings.push({ command, seconds: (performance.now() - started) / 1000 });
        const apps = [...out.matchAll(/^\s+(http:\/\/\S+\/)$/gmu)].map((m) => m[1]!);
        resolve({ child, url: at[1]!, apps });
      }
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.once("exit", (code) =>
      reject(new Error(`"${command}" dừng (mã ${code}) trước khi phục vụ:\n${out}`)),
    );
  });
}

async function stop(served: Served): Promise<void> {
  const exited = new Promise((resolve) => served.child.once("exit", resolve));
  process.kill(-served.child.pid!, "SIGTERM");
  await exited;
}

const blocks: GuideBlock[] = [];

beforeAll(async () => {
  for (const file of GUIDES) blocks.push(...guideBlocks(file, await readFile(join(repoRoot, file), "utf8")));
  copy = await cleanCopy();
  await shell("pnpm install --frozen-lockfile --prefer-offline", copy);
});

afterAll(async () => {
  if (timings.length > 0) {
    console.log(
      `Từ bản sao sạch đến trang đang chạy, theo hướng dẫn:\n${timings.map((t) => `  ${t.seconds.toFixed(1).padStart(6)} s  ${t.command}`).join("\n")}`,
    );
  }
  if (copy) await rm(dirname(copy), { recursive: true, force: true });
});

describe("the guides, run as written on a clean copy", () => {
  it("mark blocks for every step a person types: create, check, build at / and under a path, serve", () => {
    const kinds = blocks.map((b) => `${b.file}:${b.kind}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        "docs/forking.md:run",
        "docs/forking.md:output",
        "docs/forking.md:serve",
        "docs/deploying.md:run",
        "docs/deploying.md:serve",
        "docs/deploying.md:nginx",
        "README.md:run",
      ]),
    );
  });

  it("run, print what they quote, and serve pages that name the new locality", async () => {
    let lastOutput = "";
    for (const block of blocks) {
      const where = `${block.file}:${block.line}`;
      if (block.kind === "run") {
        const { run: commands, elsewhere } = commandLines(block);
        for (const skipped of elsewhere)
          console.log(`${where}: bỏ qua (cần máy chủ, mạng hoặc quyền root): ${skipped}`);
        lastOutput = "";
        for (const command of commands) lastOutput += await shell(command, copy);
      } else if (block.kind === "output") {
        expect(
          missingOutput(block.lines, lastOutput),
          `${where}: dòng hướng dẫn trích không có trong kết quả thật`,
        ).toEqual([]);
      } else if (block.kind === "serve") {
        const [command] = commandLines(block).run;
        expect(command, `${where}: khối serve cần một lệnh`).toBeDefined();
        const served = await serve(command!, copy);
        try {
          const landing = await fetch(served.url);
          expect(landing.status, `${where}: ${served.url}`).toBe(200);
          expect(await landing.text()).toContain("Hòa Bình");
          expect(served.apps.length).toBeGreaterThanOrEqual(3);
          for (const app of served.apps) expect((await fetch(app)).status, `${where}: ${app}`).toBe(200);
          const record = (await (await fetch(`${served.url}kehoach-site.json`)).json()) as { slug: string };
          expect(record.slug).toBe("xa-hoa-binh");
        } finally {
          await stop(served);
        }
        await expect(fetch(served.url)).rejects.toThrow();
      }
    }
  });
});
