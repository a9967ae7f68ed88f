import { toRoman } from "@kehoach/text-vi";
import { SaxesParser, type SaxesTagPlain } from "saxes";

// Word's own numbering (numbering.xml): a paragraph says "list 3, level 1", and Word draws "a)",
// "2.1." or a bullet in front of it. The text of the paragraph does not hold the label, so plans
// numbered this way would lose "a)" and "2.1" without this. Only what plans use is rendered:
// decimal, letters, Roman numerals and bullets, with the level text ("%1.%2.").

interface Level {
  start: number;
  format: string;
  text: string;
}

export type NumberingDefinitions = Map<string, { levels: Map<number, Level> }>;

export interface StyleInfo {
  numId?: string | undefined;
  ilvl?: number | undefined;
  heading: boolean;
}

export function parseNumbering(xml: string): NumberingDefinitions {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { abstractId: string; overrides: Map<number, number> }>();
  let abstract: Map<number, Level> | undefined;
  let level: Level | undefined;
  let levelIndex = 0;
  let num: { id: string; abstractId: string; overrides: Map<number, number> } | undefined;
  let overrideLevel = -1;
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const val = tag.attributes["w:val"] as string | undefined;
    switch (tag.name) {
      case "w:abstractNum":
        abstract = new Map();
        abstracts.set(tag.attributes["w:abstractNumId"] as string, abstract);
        break;
      case "w:lvl":
        levelIndex = Number(tag.attributes["w:ilvl"] ?? 0) || 0;
        level = { start: 1, format: "decimal", text: `%${levelIndex + 1}.` };
        if (abstract) abstract.set(levelIndex, level);
        break;
      case "w:start":
        if (level) level.start = Number(val ?? 1) || 0;
        break;
      case "w:numFmt":
        if (level && val) level.format = val;
        break;
      case "w:lvlText":
        if (level && val !== undefined) level.text = val;
        break;
      case "w:num":
        num = { id: tag.attributes["w:numId"] as string, abstractId: "", overrides: new Map() };
        break;
      case "w:abstractNumId":
        if (num && val) num.abstractId = val;
        break;
      case "w:lvlOverride":
        overrideLevel = Number(tag.attributes["w:ilvl"] ?? -1);
        break;
      case "w:startOverride":
        if (num && overrideLevel >= 0) num.overrides.set(overrideLevel, Number(val ?? 1) || 0);
        break;
      default:
        break;
    }
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    if (tag.name === "w:abstractNum") abstract = undefined;
    else if (tag.name === "w:lvl" && abstract) level = undefined;
    else if (tag.name === "w:num" && num) {
      nums.set(num.id, { abstractId: num.abstractId, overrides: num.overrides });
      num = undefined;
    }
  });
  parser.write(xml).close();
  const out: NumberingDefinitions = new Map();
  for (const [id, n] of nums) {
    const base = abstracts.get(n.abstractId);
    if (!base) continue;
    const levels = new Map<number, Level>();
    for (const [i, l] of base) levels.set(i, { ...l, start: n.overrides.get(i) ?? l.start });
    out.set(id, { levels });
  }
  return out;
}

export function parseStyles(xml: string): Map<string, StyleInfo> {
  const out = new Map<string, StyleInfo>();
  let current: StyleInfo | undefined;
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const val = tag.attributes["w:val"] as string | undefined;
    if (tag.name === "w:style") {
      const id = tag.attributes["w:styleId"] as string | undefined;
      current = { heading: /^(heading|title|tieude|u)/i.test(id ?? "") };
      if (id) out.set(id, current);
    } else if (current && tag.name === "w:numId" && val) current.numId = val;
    else if (current && tag.name === "w:ilvl" && val) current.ilvl = Number(val) || 0;
    else if (current && tag.name === "w:name" && val && /^(heading|title)/i.test(val)) current.heading = true;
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    if (tag.name === "w:style") current = undefined;
  });
  parser.write(xml).close();
  return out;
}

/** The counters of every list as the document goes on. */
export class NumberingState {
  private readonly counters = new Map<string, number[]>();
  constructor(private readonly defs: NumberingDefinitions) {}

  next(numId: string, ilvl: number): string {
    const def = this.defs.get(numId);
    if (!def) return "";
    const level = Math.max(0, Math.min(8, ilvl));
    const counters = this.counters.get(numId) ?? [];
    for (let i = 0; i <= level; i++) {
      if (counters[i] === undefined) counters[i] = (def.levels.get(i)?.start ?? 1) - (i === level ? 1 : 0);
    }
    counters[level] = (counters[level] as number) + 1;
    // A deeper level starts again under each new item of this level.
    counters.length = level + 1;
    this.counters.set(numId, counters);
    const spec = def.levels.get(level);
    if (!spec) return "";
    if (spec.format === "bullet") return "-";
    if (spec.format === "none") return "";
    return spec.text.replace(/%(\d)/g, (_m, d: string) => {
      const i = Number(d) - 1;
      const fmt = def.levels.get(i)?.format ?? "decimal";
      return render(counters[i] ?? def.levels.get(i)?.start ?? 1, fmt);
    });
  }
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

function render(n: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return letter(n);
    case "upperLetter":
      return letter(n).toUpperCase();
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperRoman":
      return roman(n);
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

function letter(n: number): string {
  if (n < 1) return "";
  const i = (n - 1) % 26;
  return (LETTERS[i] as string).repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  return n < 1 || n > 3999 ? String(n) : toRoman(n);
}
