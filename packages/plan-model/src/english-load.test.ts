import { readdirSync, readFileSync } from "node:fs";
import { messageParts } from "@kehoach/text-vi";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { readPlanFile } from "./editing/import-json.js";
import { samplePlanV1 } from "./fixtures/kim-lien-v1.test-helpers.js";
import { phuocLongLocality } from "./fixtures/localities.test-helpers.js";
import { customWording, issueWording, type LoadProblem, parsePlanJson, validatePlanData } from "./load.js";
import { parseLocalityJson, validateLocalityData } from "./locality.js";
import { samplePlan } from "./sample/index.js";

// A screen shown in English shows why a plan file, a stored plan or a locality could not be read
// in English: every problem the loaders give has an English place and message with no Vietnamese
// letter of its own. Only the user's words a message quotes (a field the file invented, a value
// as written, an agency's name) may be Vietnamese, and `quotes` locates them so the screen marks
// them. Run over hostile files and over every field of real plans and a real locality made wrong.

/** Vietnamese letters: đ, and any letter with a tone, a breve, a circumflex or a horn (decomposed). */
const VIETNAMESE_LETTER = /[đĐ]|\p{L}[\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b]/u;

/** What is wrong with a problem's English: too short, quotes out of place, Vietnamese of its own. */
function englishProblems(p: LoadProblem): string[] {
  const out: string[] = [];
  if (p.messageEn.trim().length < 10) out.push(`too short: "${p.messageEn}"`);
  if (p.message.trim() === "" || p.message === p.messageEn)
    out.push(`no Vietnamese of its own: "${p.message}"`);
  let at = 0;
  for (const q of p.quotes ?? []) {
    if (q.start < at || q.end <= q.start || q.end > p.messageEn.length)
      out.push(`quote ${q.start}–${q.end} out of place in "${p.messageEn}"`);
    at = q.end;
  }
  const own = messageParts(p.messageEn, p.quotes)
    .filter((part) => !part.quote)
    .map((part) => part.text)
    .join("");
  if (VIETNAMESE_LETTER.test(own.normalize("NFD"))) out.push(`Vietnamese outside quotes: "${p.messageEn}"`);
  if (VIETNAMESE_LETTER.test(p.whereEn.normalize("NFD"))) out.push(`Vietnamese place: "${p.whereEn}"`);
  if (p.whereEn.trim() === "") out.push("no English place");
  return out;
}

type Data = Record<string, unknown>;
const WRONG: unknown[] = [null, 7, -1.5, "chữ viết sai chỗ", "", true, [], [1], {}, { "tên lạ": 1 }];

/** Every place in the data: [path, value], objects and arrays included. */
function places(value: unknown, path: (string | number)[] = []): [(string | number)[], unknown][] {
  const out: [(string | number)[], unknown][] = [[path, value]];
  if (typeof value !== "object" || value === null) return out;
  for (const [key, inner] of Object.entries(value))
    out.push(...places(inner, [...path, Array.isArray(value) ? Number(key) : key]));
  return out;
}

function setAt(data: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(data) as Data;
  let at = copy as Data;
  for (const key of path.slice(0, -1)) at = at[key as string] as Data;
  const last = path[path.length - 1];
  if (last !== undefined) at[last as string] = value;
  return path.length === 0 ? value : copy;
}

/** The data with every place in turn set to each wrong value (the root too). */
function* wrongEverywhere(data: unknown): Generator<[string, unknown]> {
  for (const [path] of places(data)) {
    for (const wrong of WRONG)
      yield [`${path.join(".")} = ${JSON.stringify(wrong)}`, setAt(data, path, wrong)];
    if (path.length > 0) {
      const without = structuredClone(data) as Data;
      let at = without;
      for (const key of path.slice(0, -1)) at = at[key as string] as Data;
      const last = path[path.length - 1] as string | number;
      if (Array.isArray(at)) at.splice(Number(last), 1);
      else delete at[last as string];
      yield [`${path.join(".")} left out`, without];
    }
  }
}

const plan = samplePlan as unknown as Data;
const deepText = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;

/** Plan files and stored plans that cannot be read, each for a reason. */
function planCases(): [string, () => { ok: boolean; problems?: LoadProblem[] }][] {
  const text: [string, string][] = [
    ["empty", ""],
    ["blank", " \n\t "],
    ["not JSON", "kế hoạch năm 2026"],
    ["cut short", '{\n  "schemaVersion": 2,\n  "title": "Tuyên truyền'],
    ["a trailing comma", '{"schemaVersion": 2,}'],
    ["a bad escape", '{"title": "\\x"}'],
    ["an array", "[1, 2]"],
    ["null", "null"],
    ["a number", "42"],
    ["a string", '"kế hoạch"'],
    ["nested deep and broken", `${"[".repeat(200_000)}}`],
    ["nested deep", `{"schemaVersion": 2, "x": ${deepText(200)}}`],
    ["too large", " ".repeat(21 * 1024 * 1024)],
  ];
  const data: [string, unknown][] = [
    ["undefined", undefined],
    ["a function", () => 1],
    ...["2", "hai", 2.5, 99, 0, -1, true, [], {}, 10n, "x".repeat(5000), null].map(
      (version): [string, unknown] => [
        `schemaVersion ${String(version).slice(0, 20)}`,
        { ...plan, schemaVersion: version },
      ],
    ),
    ["schemaVersion missing", { ...plan, schemaVersion: undefined }],
    ["an impossible date", { ...plan, issuedOn: { year: 2026, month: 2, day: 30 } }],
    ["a month 13", { ...plan, issuedOn: { year: 2026, month: 13, day: 1 } }],
    ["a symbol with spaces", { ...plan, symbol: "KH - UBND" }],
    ["a symbol in lower case with Vietnamese", { ...plan, symbol: "kế hoạch" }],
    ["a number with letters", { ...plan, number: "15a" }],
    ["an empty id", { ...plan, id: "" }],
    ["a title too long", { ...plan, title: "Tuyên truyền ".repeat(200) }],
    ["too many purposes", { ...plan, purposes: Array.from({ length: 600 }, () => "Mục đích") }],
    ["a waiver without reason", { ...plan, waivers: [{ rule: "x", reason: " " }] }],
  ];
  return [
    ...text.map(([name, t]): [string, () => ReturnType<typeof parsePlanJson>] => [
      name,
      () => parsePlanJson(t),
    ]),
    ...data.map(([name, d]): [string, () => ReturnType<typeof validatePlanData>] => [
      name,
      () => validatePlanData(d),
    ]),
  ];
}

function check(name: string, result: { ok: boolean; problems?: LoadProblem[] }, out: string[]): number {
  if (result.ok) return 0;
  for (const p of result.problems ?? [])
    for (const problem of englishProblems(p)) out.push(`${name}: ${problem}`);
  return result.problems?.length ?? 0;
}

describe("problems of a file that cannot be read, in English", () => {
  it("words every refusal of a hostile plan file or stored plan in English", () => {
    const out: string[] = [];
    for (const [name, run] of planCases()) {
      const result = run();
      expect(result.ok, name).toBe(false);
      check(name, result, out);
    }
    expect(out).toEqual([]);
  });

  it("words in English what is wrong with any field of a plan, in the current format and the first", () => {
    const out: string[] = [];
    let refused = 0;
    for (const [source, data] of [
      ["v2", samplePlan],
      ["v1", samplePlanV1],
    ] as const) {
      for (const [name, broken] of wrongEverywhere(data)) {
        refused += check(`${source} ${name}`, validatePlanData(broken), out);
      }
    }
    expect(out).toEqual([]);
    expect(refused).toBeGreaterThan(1000);
    // Over a thousand whole-plan validations: about 4 s here, 9 s on a loaded machine; the time
    // is the size of the sweep, not a wait, so it gets room instead of a default 5 s.
  }, 60_000);

  it("words in English what is wrong with a locality, quoting its ids and agencies' names", () => {
    const out: string[] = [];
    const locality = phuocLongLocality as unknown as Data;
    const agencies = locality.agencies as Data[];
    const units = locality.units as Data[];
    const cases: [string, { ok: boolean; problems?: LoadProblem[] }][] = [
      ["empty", parseLocalityJson("")],
      ["not JSON", parseLocalityJson("{")],
      ["too large", parseLocalityJson(" ".repeat(21 * 1024 * 1024))],
      ["nested deep", validateLocalityData(JSON.parse(deepText(100)))],
      [
        "ids used twice, codes used twice, references to nothing",
        validateLocalityData({
          ...locality,
          unitId: "không-có",
          units: [
            ...units,
            { ...units[0], hubCode: (units[1] as Data).hubCode ?? "xa-a" },
            { ...units[1], hubCode: "xa-a", parentId: "đâu-đó" },
          ],
          agencies: [
            ...agencies,
            { ...agencies[0], edocCode: "000.01.02.Z99" },
            { ...agencies[1], edocCode: "000.01.02.Z99", members: ["ai-đó"] },
            { id: "nhóm", name: "Nhóm rỗng", kind: "group" },
            { id: "có dấu cách", name: "Phòng Tư pháp", kind: "office" },
          ],
          signers: [{ agencyId: "cơ-quan-lạ", title: "Chủ tịch" }],
        }),
      ],
      [
        "an agency named in its problem",
        validateLocalityData({
          ...locality,
          agencies: [{ ...agencies[0], name: "Phòng Văn hóa - Xã hội", kind: "lạ" }],
        }),
      ],
    ];
    for (const [name, result] of cases) {
      expect(result.ok, name).toBe(false);
      check(name, result, out);
    }
    for (const [name, broken] of wrongEverywhere(locality)) check(name, validateLocalityData(broken), out);
    expect(out).toEqual([]);
  });

  it("words a plan file too large for the library's import in English", async () => {
    const result = await readPlanFile(new Blob([new Uint8Array(21 * 1024 * 1024)]), new Set(), () => "x");
    expect(result).toMatchObject({
      ok: false,
      problems: [
        { whereEn: "The whole file", messageEn: "The file is too large (21 MB); the limit is 20 MB." },
      ],
    });
  });

  it("quotes the user's words as written and locates them", () => {
    const agencies = (phuocLongLocality as unknown as Data).agencies as Data[];
    const named = validateLocalityData({
      ...phuocLongLocality,
      agencies: [{ ...agencies[0], name: "Phòng Văn hóa - Xã hội", kind: undefined }, ...agencies.slice(1)],
    });
    const [problem] = named.ok ? [] : named.problems;
    expect(problem?.messageEn).toMatch(
      /^Agency “Phòng Văn hóa - Xã hội”: required information is missing; accepted/,
    );
    expect(messageParts(problem?.messageEn ?? "", problem?.quotes).slice(0, 3)).toEqual([
      { text: "Agency “", quote: false },
      { text: "Phòng Văn hóa - Xã hội", quote: true },
      { text: expect.stringMatching(/^”: required information is missing/), quote: false },
    ]);
    const version = validatePlanData({ ...plan, schemaVersion: "hai" });
    expect(version).toMatchObject({
      ok: false,
      problems: [
        {
          whereEn: "Format version",
          messageEn:
            'The format version must be a whole number without quotation marks (for example 2), not "hai".',
          quotes: [{ start: 87, end: 92 }],
        },
      ],
    });
    expect(parsePlanJson('{\n  "schemaVersion": 2,\n  "title": \n}')).toMatchObject({
      ok: false,
      problems: [
        { messageEn: expect.stringMatching(/^The file is not valid JSON \(line 4, column \d+\)\.$/) },
      ],
    });
  });

  it("has both wordings for every message a schema names, and for every kind of zod issue", () => {
    const schemaDir = new URL("./schema/", import.meta.url);
    const keys = new Set<string>();
    for (const file of readdirSync(schemaDir)) {
      if (!file.endsWith(".ts") || file.endsWith(".test.ts")) continue;
      for (const m of readFileSync(new URL(file, schemaDir), "utf8").matchAll(/message: "([a-z_]+)"/g))
        keys.add(m[1] as string);
    }
    expect(keys.size).toBeGreaterThan(5);
    const unworded = [...keys].filter((key) => customWording(key) === undefined);
    expect(unworded, "schema messages without a wording in load.ts").toEqual([]);

    const base = { path: ["tasks", 0, "title"], input: "x", message: "" };
    const issues = [
      { code: "invalid_type", expected: "string" },
      { code: "invalid_type", expected: "date" },
      { code: "invalid_type", expected: "string", input: undefined },
      { code: "too_small", origin: "string", minimum: 1 },
      { code: "too_small", origin: "array", minimum: 2 },
      { code: "too_small", origin: "number", minimum: 1n },
      { code: "too_big", origin: "string", maximum: 1000 },
      { code: "too_big", origin: "array", maximum: 500 },
      { code: "too_big", origin: "number", maximum: 12 },
      { code: "invalid_value", values: ["a", 1] },
      { code: "invalid_value", values: ["a", 1], input: undefined },
      { code: "invalid_union", errors: [] },
      { code: "invalid_union", errors: [], options: ["paragraph", "heading"] },
      { code: "invalid_format", format: "regex", message: "a message no one wrote" },
      { code: "custom", message: "invalid_date" },
      { code: "unrecognized_keys", keys: ["ghi chú", "x"] },
      { code: "invalid_key", origin: "map", issues: [] },
      { code: "invalid_element", origin: "map", key: "k", issues: [] },
      { code: "not_multiple_of", divisor: 3 },
    ];
    const out: string[] = [];
    for (const issue of issues) {
      const wording = issueWording({ ...base, ...issue } as unknown as z.core.$ZodIssue);
      check(
        issue.code,
        {
          ok: false,
          problems: [
            {
              path: "",
              where: "",
              whereEn: "Task 1",
              message: wording.vi,
              messageEn: wording.en.text,
              quotes: [...wording.en.quotes],
            },
          ],
        },
        out,
      );
    }
    expect(out).toEqual([]);
  });
});
