// The guides mark what a test must do with their blocks, in an HTML comment on the line before
// the fence (invisible on GitHub):
//   <!-- guide-test: run -->     each command line runs, in order, in the copy of the repository
//   <!-- guide-test: output -->  each quoted line appears, in order, in what the run before printed
//                                ("…" stands for any text)
//   <!-- guide-test: serve -->   the command starts a server: the test opens its pages, then stops it
//   <!-- guide-test: nginx -->   the nginx steps: the test checks deploy/nginx.conf with nginx itself

export type BlockKind = "run" | "output" | "serve" | "nginx";

export interface GuideBlock {
  file: string;
  /** Line of the block's first line of content (from 1). */
  line: number;
  kind: BlockKind;
  lines: string[];
}

const MARK = /^\s*<!--\s*guide-test:\s*(run|output|serve|nginx)\s*-->\s*$/u;

export function guideBlocks(file: string, text: string): GuideBlock[] {
  const lines = text.split(/\r?\n/u);
  const blocks: GuideBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const mark = MARK.exec(lines[i]!);
    if (!mark) continue;
    if (!/^```\w*\s*$/u.test(lines[i + 1] ?? "")) {
      throw new Error(`${file}:${i + 1}: guide-test phải đứng ngay trước một khối mã.`);
    }
    const end = lines.findIndex((l, k) => k > i + 1 && /^```\s*$/u.test(l));
    if (end === -1) throw new Error(`${file}:${i + 2}: khối mã không đóng.`);
    blocks.push({ file, line: i + 3, kind: mark[1] as BlockKind, lines: lines.slice(i + 2, end) });
    i = end;
  }
  return blocks;
}

// Commands a test cannot run on a build machine: they need root, the network, a Git remote or the
// production server. Each is named in the test's log when it is passed over.
const ELSEWHERE = /^(sudo|git|rsync|curl|scp|ssh|systemctl|editor)\b/u;

/** The command lines of a block, without comments and blank lines; those for elsewhere apart. */
export function commandLines(block: GuideBlock): { run: string[]; elsewhere: string[] } {
  const run: string[] = [];
  const elsewhere: string[] = [];
  for (const raw of block.lines) {
    const line = raw.replace(/\s+#.*$/u, "").trim();
    if (line === "" || line.startsWith("#")) continue;
    (ELSEWHERE.test(line) ? elsewhere : run).push(line);
  }
  return { run, elsewhere };
}

/** The quoted lines missing from the output, in order; "…" stands for any text. */
export function missingOutput(quoted: readonly string[], output: string): string[] {
  const actual = output.split(/\r?\n/u).map((l) => l.trimEnd());
  const missing: string[] = [];
  let from = 0;
  for (const want of quoted.map((l) => l.trimEnd())) {
    if (want.trim() === "") continue;
    const pattern = new RegExp(
      `^${want
        .split("…")
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"))
        .join(".*?")}$`,
      "u",
    );
    const at = actual.findIndex((line, k) => k >= from && pattern.test(line));
    if (at === -1) missing.push(want);
    else from = at + 1;
  }
  return missing;
}
