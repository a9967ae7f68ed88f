// A README marks each example that must run as written with an HTML comment on the line before
// its fence: <!-- example --> (the comment is invisible on npm and GitHub). `js` examples run
// under Node as ES modules; `sh` examples run in a shell with the installed commands on PATH. An
// example that needs another npm package says so in the mark, and the README says so in words:
// <!-- example needs: fake-indexeddb@6.2.2 -->.

export interface Example {
  packageName: string;
  /** A file name for it: "text-vi-1". */
  id: string;
  language: "js" | "sh";
  code: string;
  /** Line of the fence in the README (from 1). */
  line: number;
  /** Other npm packages it needs ("name@version"). */
  needs: string[];
}

const MARK = /^\s*<!--\s*example(?:\s+needs:\s*([^>]*?))?\s*-->\s*$/u;

export function readmeExamples(packageName: string, readme: string): Example[] {
  const lines = readme.split(/\r?\n/u);
  const found: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    const mark = MARK.exec(lines[i]!);
    if (!mark) continue;
    const fence = /^```(js|javascript|sh|bash)\s*$/u.exec(lines[i + 1] ?? "");
    if (!fence) {
      throw new Error(
        `${packageName} README dòng ${i + 1}: <!-- example --> phải đứng ngay trước khối \`\`\`js hoặc \`\`\`sh.`,
      );
    }
    const end = lines.findIndex((l, k) => k > i + 1 && /^```\s*$/u.test(l));
    if (end === -1) throw new Error(`${packageName} README dòng ${i + 2}: khối mã không đóng.`);
    found.push({
      packageName,
      id: `${packageName.replace(/^@kehoach\//u, "")}-${found.length + 1}`,
      language: fence[1] === "sh" || fence[1] === "bash" ? "sh" : "js",
      code: lines.slice(i + 2, end).join("\n"),
      line: i + 2,
      needs: mark[1] ? mark[1].split(/[\s,]+/u).filter(Boolean) : [],
    });
    i = end;
  }
  return found;
}
