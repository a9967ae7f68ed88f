import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readWorkspace, violations, type WorkspacePackage } from "./check.js";
import { parseRules } from "./rules.js";

const root = join(import.meta.dirname, "..", "..");
const doc = () => readFileSync(join(root, "docs", "architecture.md"), "utf8");

describe("the dependency rules of docs/architecture.md", () => {
  it("hold for every package.json and every @kehoach import under src/", () => {
    const workspace = readWorkspace(root);
    // The reader sees the real imports (a broken pattern would let everything pass).
    const builder = workspace.find((p) => p.dir === "apps/plan-builder");
    expect(builder?.imports.some((i) => i.specifier === "plan-model" && !i.testOnly)).toBe(true);
    const found = violations(workspace, parseRules(doc()));
    expect(found.map((v) => v.message)).toEqual([]);
  });
});

const TABLE = `# Architecture

## Dependency rules

| package | may use at run time | may also use in tests and builds | notes |
| --- | --- | --- | --- |
| \`apps/*\` | ui, plan-model, site-kit/browser | site-kit | |
| \`plan-model\` | text-vi | — | zod |
| \`ui\` | text-vi | — | |
| \`text-vi\` | — | — | |
| \`site-kit\` | plan-model | — | |
`;

function pkg(dir: string, fields: Partial<WorkspacePackage>): WorkspacePackage {
  const [group, folder] = dir.split("/") as [string, string];
  return {
    dir,
    name: `@kehoach/${group === "apps" ? `app-${folder}` : folder}`,
    ruleKey: group === "apps" ? "apps/*" : folder,
    dependencies: [],
    devDependencies: [],
    imports: [],
    ...fields,
  };
}

const base = [
  pkg("packages/plan-model", { dependencies: ["text-vi"] }),
  pkg("packages/ui", { dependencies: ["text-vi"] }),
  pkg("packages/text-vi", {}),
  pkg("packages/site-kit", { dependencies: ["plan-model"] }),
];

describe("checking a workspace against the table", () => {
  const rules = parseRules(TABLE);

  it("reads each row's run-time and test-only columns", () => {
    expect(rules.get("apps/*")).toEqual({
      key: "apps/*",
      runtime: ["ui", "plan-model", "site-kit/browser"],
      build: ["site-kit"],
    });
    expect(rules.get("text-vi")?.runtime).toEqual([]);
  });

  it("accepts what the table allows", () => {
    const app = pkg("apps/viewer", {
      dependencies: ["ui", "plan-model"],
      devDependencies: ["site-kit"],
      imports: [
        { specifier: "ui/button", file: "src/App.tsx", testOnly: false },
        { specifier: "site-kit/browser", file: "src/main.tsx", testOnly: false },
        { specifier: "site-kit/browser/csp", file: "src/worker.ts", testOnly: false },
        { specifier: "site-kit/vite", file: "src/App.test.ts", testOnly: true },
      ],
    });
    expect(violations([...base, app], rules)).toEqual([]);
  });

  it("refuses a dependency the row does not list, naming the file and the rule", () => {
    const wrong = [...base.slice(1), pkg("packages/plan-model", { dependencies: ["text-vi", "ui"] })];
    expect(violations(wrong, rules).map((v) => v.message)).toEqual([
      "packages/plan-model/package.json › dependencies: @kehoach/ui không được phép (plan-model → text-vi).",
    ]);
  });

  it("refuses a run-time import of what only tests and builds may use", () => {
    const app = pkg("apps/viewer", {
      devDependencies: ["site-kit"],
      imports: [{ specifier: "site-kit/vite", file: "src/main.tsx", testOnly: false }],
    });
    expect(violations([...base, app], rules).map((v) => v.message)).toEqual([
      "apps/viewer/src/main.tsx nhập @kehoach/site-kit/vite: không được phép (apps/* → ui, plan-model, site-kit/browser).",
    ]);
  });

  it("refuses an import the package.json does not declare", () => {
    const ui = pkg("packages/ui", {
      dependencies: ["text-vi"],
      imports: [{ specifier: "text-vi", file: "src/a.ts", testOnly: false }],
    });
    const site = pkg("packages/site-kit", {
      imports: [{ specifier: "plan-model", file: "src/b.ts", testOnly: false }],
    });
    expect(violations([base[0] as WorkspacePackage, base[2] as WorkspacePackage, ui, site], rules)).toEqual([
      {
        dir: "packages/site-kit",
        message:
          "packages/site-kit/src/b.ts nhập @kehoach/plan-model nhưng package.json không khai báo @kehoach/plan-model.",
      },
    ]);
  });

  it("refuses a dependency on an app, and a package with no row", () => {
    const app = pkg("apps/viewer", {});
    const hub = pkg("packages/hub", { dependencies: ["plan-model"] });
    const ui = pkg("packages/ui", { dependencies: ["text-vi", "app-viewer"] });
    const messages = violations([base[0], base[2], base[3], ui, app, hub] as WorkspacePackage[], rules).map(
      (v) => v.message,
    );
    expect(messages).toContain(
      "packages/ui/package.json phụ thuộc vào ứng dụng @kehoach/app-viewer: không gói nào được dùng một ứng dụng.",
    );
    expect(messages).toContain(
      "packages/hub (@kehoach/hub) chưa có dòng trong bảng quy tắc phụ thuộc của docs/architecture.md.",
    );
  });

  it("refuses a row that names no package, so a typo cannot allow anything", () => {
    const typo = parseRules(TABLE.replace("| ui, plan-model, site-kit/browser |", "| ui, plan-modle |"));
    expect(violations(base, typo).map((v) => v.message)).toEqual([
      'docs/architecture.md: apps/* nhắc đến "plan-modle", không phải gói nào trong packages/.',
    ]);
  });

  it("says what is wrong with the document itself", () => {
    expect(() => parseRules("# Architecture\n")).toThrow('không có mục "## Dependency rules"');
    expect(() => parseRules(`${TABLE}| \`ui\` | — | — | |\n`)).toThrow("gói ui có hai dòng");
  });
});
