import { fold } from "../text.js";
// Abbreviations a plan defines for itself: "cải cách hành chính (CCHC)", "Ủy ban nhân dân
// (UBND)", "(sau đây viết tắt là CCHC)". The long form is the run of words just before the
// parenthesis whose initials spell the abbreviation.
const DEFINED = /\(\s*(?:sau đây (?:viết|gọi) tắt là\s+|gọi tắt là\s+|viết tắt là\s+)?([A-ZĐ][A-ZĐ0-9&-]{1,11})\s*\)/gu;
export function detectAbbreviations(texts) {
    const found = new Map();
    for (const text of texts) {
        DEFINED.lastIndex = 0;
        for (let m = DEFINED.exec(text); m; m = DEFINED.exec(text)) {
            const short = m[1];
            if (found.has(short))
                continue;
            const before = text.slice(0, m.index).trimEnd();
            const long = longForm(before, short);
            if (long)
                found.set(short, long);
        }
    }
    return [...found.entries()].map(([short, long]) => ({ short, long }));
}
function longForm(before, short) {
    const letters = [...fold(short).replace(/[^a-z]/g, "")];
    const words = before.split(/\s+/);
    // Walk back over as many words as the abbreviation has letters, allowing "và" and "-" between.
    const picked = [];
    let k = letters.length - 1;
    for (let i = words.length - 1; i >= 0 && k >= 0; i--) {
        const w = words[i];
        const f = fold(w).replace(/[^a-z]/g, "");
        if (!f)
            continue;
        if ((f === "va" || f === "cac") && picked.length > 0 && f[0] !== letters[k]) {
            picked.unshift(w);
            continue;
        }
        if (f[0] !== letters[k])
            return null;
        picked.unshift(w);
        k--;
    }
    if (k >= 0 || picked.length === 0)
        return null;
    return picked.join(" ").replace(/^[("“]+/u, "");
}
//# sourceMappingURL=abbreviations.js.map