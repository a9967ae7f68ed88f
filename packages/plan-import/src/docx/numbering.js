import { toRoman } from "@kehoach/text-vi";
import { SaxesParser } from "saxes";
export function parseNumbering(xml) {
    const abstracts = new Map();
    const nums = new Map();
    let abstract;
    let level;
    let levelIndex = 0;
    let num;
    let overrideLevel = -1;
    const parser = new SaxesParser({ xmlns: false, position: false });
    parser.on("opentag", (tag) => {
        const val = tag.attributes["w:val"];
        switch (tag.name) {
            case "w:abstractNum":
                abstract = new Map();
                abstracts.set(tag.attributes["w:abstractNumId"], abstract);
                break;
            case "w:lvl":
                levelIndex = Number(tag.attributes["w:ilvl"] ?? 0) || 0;
                level = { start: 1, format: "decimal", text: `%${levelIndex + 1}.` };
                if (abstract)
                    abstract.set(levelIndex, level);
                break;
            case "w:start":
                if (level)
                    level.start = Number(val ?? 1) || 0;
                break;
            case "w:numFmt":
                if (level && val)
                    level.format = val;
                break;
            case "w:lvlText":
                if (level && val !== undefined)
                    level.text = val;
                break;
            case "w:num":
                num = { id: tag.attributes["w:numId"], abstractId: "", overrides: new Map() };
                break;
            case "w:abstractNumId":
                if (num && val)
                    num.abstractId = val;
                break;
            case "w:lvlOverride":
                overrideLevel = Number(tag.attributes["w:ilvl"] ?? -1);
                break;
            case "w:startOverride":
                if (num && overrideLevel >= 0)
                    num.overrides.set(overrideLevel, Number(val ?? 1) || 0);
                break;
            default:
                break;
        }
    });
    parser.on("closetag", (tag) => {
        if (tag.name === "w:abstractNum")
            abstract = undefined;
        else if (tag.name === "w:lvl" && abstract)
            level = undefined;
        else if (tag.name === "w:num" && num) {
            nums.set(num.id, { abstractId: num.abstractId, overrides: num.overrides });
            num = undefined;
        }
    });
    parser.write(xml).close();
    const out = new Map();
    for (const [id, n] of nums) {
        const base = abstracts.get(n.abstractId);
        if (!base)
            continue;
        const levels = new Map();
        for (const [i, l] of base)
            levels.set(i, { ...l, start: n.overrides.get(i) ?? l.start });
        out.set(id, { levels });
    }
    return out;
}
export function parseStyles(xml) {
    const out = new Map();
    let current;
    const parser = new SaxesParser({ xmlns: false, position: false });
    parser.on("opentag", (tag) => {
        const val = tag.attributes["w:val"];
        if (tag.name === "w:style") {
            const id = tag.attributes["w:styleId"];
            current = { heading: /^(heading|title|tieude|u)/i.test(id ?? "") };
            if (id)
                out.set(id, current);
        }
        else if (current && tag.name === "w:numId" && val)
            current.numId = val;
        else if (current && tag.name === "w:ilvl" && val)
            current.ilvl = Number(val) || 0;
        else if (current && tag.name === "w:name" && val && /^(heading|title)/i.test(val))
            current.heading = true;
    });
    parser.on("closetag", (tag) => {
        if (tag.name === "w:style")
            current = undefined;
    });
    parser.write(xml).close();
    return out;
}
/** The counters of every list as the document goes on. */
export class NumberingState {
    defs;
    counters = new Map();
    constructor(defs) {
        this.defs = defs;
    }
    next(numId, ilvl) {
        const def = this.defs.get(numId);
        if (!def)
            return "";
        const level = Math.max(0, Math.min(8, ilvl));
        const counters = this.counters.get(numId) ?? [];
        for (let i = 0; i <= level; i++) {
            if (counters[i] === undefined)
                counters[i] = (def.levels.get(i)?.start ?? 1) - (i === level ? 1 : 0);
        }
        counters[level] = counters[level] + 1;
        // A deeper level starts again under each new item of this level.
        counters.length = level + 1;
        this.counters.set(numId, counters);
        const spec = def.levels.get(level);
        if (!spec)
            return "";
        if (spec.format === "bullet")
            return "-";
        if (spec.format === "none")
            return "";
        return spec.text.replace(/%(\d)/g, (_m, d) => {
            const i = Number(d) - 1;
            const fmt = def.levels.get(i)?.format ?? "decimal";
            return render(counters[i] ?? def.levels.get(i)?.start ?? 1, fmt);
        });
    }
}
const LETTERS = "abcdefghijklmnopqrstuvwxyz";
function render(n, format) {
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
function letter(n) {
    if (n < 1)
        return "";
    const i = (n - 1) % 26;
    return LETTERS[i].repeat(Math.floor((n - 1) / 26) + 1);
}
function roman(n) {
    return n < 1 || n > 3999 ? String(n) : toRoman(n);
}
//# sourceMappingURL=numbering.js.map