// A name the user gave (a path, an option) is echoed in messages. Echoed raw, a file name holding
// terminal escape codes could rewrite the terminal, and bidirectional controls could make a
// message lie about which file it means; so such characters are shown as visible escapes.

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

/** The name in quotes, with control and bidirectional characters as \\xNN or \\u{NNNN}. */
export function shown(name: string): string {
  const safe = name.replace(UNSAFE, (ch) => {
    const cp = ch.codePointAt(0)!;
    return cp <= 0xff ? `\\x${cp.toString(16).padStart(2, "0")}` : `\\u{${cp.toString(16)}}`;
  });
  return `"${safe}"`;
}
