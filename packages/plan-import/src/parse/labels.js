// The numbering that opens an item: "II.", "Phần I", "A.", "2.", "2.1.", "a)", "đ)", "(1)", "-",
// "+", "•", "Điều 1.". The style decides the outline level; the label itself is the item's ref.
const ROMAN_VALUE = /^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
export function parseLabel(text) {
    let m = /^Điều\s+(\d{1,3})\s*[.:]\s*/iu.exec(text);
    if (m)
        return { style: "article", label: m[1], rest: text.slice(m[0].length) };
    m = /^Phần\s+(thứ\s+\p{L}+|[IVXLC]{1,6}|\d{1,2})\s*[.:\-–]?\s*/iu.exec(text);
    if (m)
        return { style: "part", label: m[1], rest: text.slice(m[0].length) };
    m = /^([IVXLC]{1,6})\s*[.):\-–]\s*(?=\S)/u.exec(text);
    if (m &&
        ROMAN_VALUE.test(m[1]) &&
        !/^[CL]$/.test(m[1]) &&
        !/^[IVXLC]{1,6}\s*[-–]\s*\d/.test(text))
        return { style: "roman", label: m[1], rest: text.slice(m[0].length) };
    m = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\)?\s*(?=\p{L}|["“(*])/u.exec(text);
    if (m) {
        const depth = m[1].split(".").length;
        const style = (depth === 2 ? "dec2" : depth === 3 ? "dec3" : "dec4");
        return { style, label: m[1], rest: text.slice(m[0].length) };
    }
    m = /^(\d{1,3})\s*[.)]\s*(?=\S)(?!\d)/u.exec(text);
    if (m)
        return { style: "dec1", label: m[1], rest: text.slice(m[0].length) };
    m = /^([a-zđ])\s*[)/]\s*(?=\S)/u.exec(text) ?? /^([a-zđ])\.\s+(?=\p{Lu})/u.exec(text);
    if (m)
        return { style: "letter", label: m[1], rest: text.slice(m[0].length) };
    m = /^([A-ZĐ])\s*[.)]\s+(?=\S)/u.exec(text);
    if (m)
        return { style: "upper", label: m[1], rest: text.slice(m[0].length) };
    m = /^\((\d{1,2}|[a-zđ])\)\s*(?=\S)/u.exec(text);
    if (m)
        return { style: "paren", label: m[1], rest: text.slice(m[0].length) };
    m = /^[-–—‐](?!\d)\s*(?=\S)/u.exec(text);
    if (m)
        return { style: "dash", label: "", rest: text.slice(m[0].length) };
    m = /^\+\s*(?=\S)/u.exec(text);
    if (m)
        return { style: "plus", label: "", rest: text.slice(m[0].length) };
    // Word's bullets copied as text: symbol-font glyphs in the private use area, "§", "Ø", "ü", or
    // an "o" followed by a tab.
    m = /^(?:[•·▪◦●○■□✓➢➤►❖◆◇⁃∙§Øü\uF000-\uF0FF]\s*|o\t\s*)(?=\S)/u.exec(text);
    if (m)
        return { style: "bullet", label: "", rest: text.slice(m[0].length) };
    return null;
}
/** Styles that always open a top-level division, whatever came before. */
export const TOP_RANK = { part: 0, article: 0, roman: 1, upper: 2 };
export function isBulletStyle(style) {
    return style === "dash" || style === "plus" || style === "bullet";
}
//# sourceMappingURL=labels.js.map