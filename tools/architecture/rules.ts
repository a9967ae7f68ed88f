// The dependency rules of docs/architecture.md, read from its table: the document is the one copy
// of the rules, and this module only parses it.

export interface PackageRule {
  /** The row's key: a package folder ("plan-model") or "apps/*". */
  key: string;
  /** What the package may use at run time: "ui", "site-kit/browser". */
  runtime: string[];
  /** What it may also use in tests and builds. */
  build: string[];
}

export class RulesError extends Error {
  override name = "RulesError";
}

const HEADING = "## Dependency rules";

/** The rows of the first table under "## Dependency rules". */
export function parseRules(markdown: string): Map<string, PackageRule> {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === HEADING);
  if (start < 0) throw new RulesError(`docs/architecture.md: không có mục "${HEADING}".`);
  const tableStart = lines.findIndex((line, i) => i > start && line.trim().startsWith("|"));
  if (tableStart < 0) throw new RulesError(`docs/architecture.md: mục "${HEADING}" không có bảng.`);
  const rows: string[][] = [];
  for (let i = tableStart; i < lines.length && lines[i]?.trim().startsWith("|"); i++) {
    rows.push(cells(lines[i] as string));
  }
  const [header, separator, ...body] = rows;
  if (!header || !separator?.every((c) => /^:?-+:?$/.test(c)) || header.length < 3) {
    throw new RulesError("docs/architecture.md: bảng quy tắc phụ thuộc cần ít nhất ba cột và dòng kẻ.");
  }
  const rules = new Map<string, PackageRule>();
  for (const row of body) {
    const key = unquote(row[0] ?? "");
    if (!key) throw new RulesError("docs/architecture.md: một dòng của bảng không có tên gói.");
    if (rules.has(key)) throw new RulesError(`docs/architecture.md: gói ${key} có hai dòng.`);
    rules.set(key, { key, runtime: names(row[1] ?? ""), build: names(row[2] ?? "") });
  }
  return rules;
}

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((c) => c.trim());
}

function unquote(text: string): string {
  return text.replace(/`/g, "").trim();
}

/** "ui, plan-model" → ["ui", "plan-model"]; "—" or nothing → []. */
function names(cell: string): string[] {
  const text = unquote(cell);
  if (text === "" || text === "—" || text === "-") return [];
  return text.split(",").map((n) => n.trim());
}

/**
 * Whether an entry of the table allows `@kehoach/<specifier>`: "ui" allows the package and every
 * subpath; "site-kit/browser" allows that subpath and those under it, not "site-kit/vite".
 */
export function allows(entry: string, specifier: string): boolean {
  return specifier === entry || specifier.startsWith(`${entry}/`);
}
