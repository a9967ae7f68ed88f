// The XML this package writes and reads back: elements, attributes, text. A small reader, because
// a browser's DOMParser is not in Node or a worker; it refuses what is not well-formed with the
// place, and never follows a DTD or an external entity.

export interface XmlElement {
  /** The name as written, with its prefix ("edXML:From"). */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export class XmlError extends Error {
  override name = "XmlError";
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to remove
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu;

export function escapeXml(text: string): string {
  // Characters XML 1.0 cannot carry at all (C0 controls other than tab and line ends) are dropped.
  return text
    .replace(XML_FORBIDDEN, "")
    .replace(/&/gu, "&amp;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;")
    .replace(/"/gu, "&quot;");
}

export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text: string, where: () => string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/gu, (_, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(Number(ref.slice(1)));
    const value = ENTITIES[ref];
    if (value === undefined) throw new XmlError(`Thực thể &${ref}; không được hỗ trợ (${where()}).`);
    return value;
  });
}

const MAX_DEPTH = 64;

/** Parses a whole document; returns its root element. */
export function parseXml(text: string): XmlElement {
  let pos = 0;
  const lineAt = () => `dòng ${text.slice(0, pos).split("\n").length}`;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const nameRe = /[A-Za-z_][\w.:-]*/uy;
  while (pos < text.length) {
    const lt = text.indexOf("<", pos);
    const chunk = text.slice(pos, lt < 0 ? text.length : lt);
    if (chunk.trim() !== "") {
      const top = stack.at(-1);
      if (!top) throw new XmlError(`Có chữ ngoài phần tử gốc (${lineAt()}).`);
      top.text += decodeEntities(chunk, lineAt);
    } else if (stack.length > 0) stack.at(-1)!.text += chunk;
    if (lt < 0) break;
    pos = lt;
    if (text.startsWith("<?", pos)) {
      const end = text.indexOf("?>", pos);
      if (end < 0) throw new XmlError(`Khai báo <? không đóng (${lineAt()}).`);
      pos = end + 2;
    } else if (text.startsWith("<!--", pos)) {
      const end = text.indexOf("-->", pos);
      if (end < 0) throw new XmlError(`Chú thích không đóng (${lineAt()}).`);
      pos = end + 3;
    } else if (text.startsWith("<![CDATA[", pos)) {
      const end = text.indexOf("]]>", pos);
      if (end < 0 || stack.length === 0) throw new XmlError(`Khối CDATA không hợp lệ (${lineAt()}).`);
      stack.at(-1)!.text += text.slice(pos + 9, end);
      pos = end + 3;
    } else if (text.startsWith("<!", pos)) {
      throw new XmlError(`Tệp có khai báo DTD: không được chấp nhận (${lineAt()}).`);
    } else if (text.startsWith("</", pos)) {
      nameRe.lastIndex = pos + 2;
      const m = nameRe.exec(text);
      const top = stack.pop();
      if (!m || !top || m[0] !== top.name) throw new XmlError(`Thẻ đóng không khớp (${lineAt()}).`);
      const end = text.indexOf(">", pos);
      pos = end + 1;
    } else {
      nameRe.lastIndex = pos + 1;
      const m = nameRe.exec(text);
      if (!m) throw new XmlError(`Thẻ không hợp lệ (${lineAt()}).`);
      pos = nameRe.lastIndex;
      const element: XmlElement = { name: m[0], attributes: {}, children: [], text: "" };
      const attrRe = /\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/uy;
      for (;;) {
        attrRe.lastIndex = pos;
        const a = attrRe.exec(text);
        if (!a) break;
        element.attributes[a[1]!] = decodeEntities(a[3] ?? a[4] ?? "", lineAt);
        pos = attrRe.lastIndex;
      }
      const close = /\s*(\/?)>/uy;
      close.lastIndex = pos;
      const c = close.exec(text);
      if (!c) throw new XmlError(`Thẻ <${element.name}> không đóng đúng cách (${lineAt()}).`);
      pos = close.lastIndex;
      const parent = stack.at(-1);
      if (parent) parent.children.push(element);
      else if (root) throw new XmlError(`Tệp có hơn một phần tử gốc (${lineAt()}).`);
      else root = element;
      if (!c[1]) {
        stack.push(element);
        if (stack.length > MAX_DEPTH) throw new XmlError(`Các phần tử lồng nhau quá sâu (${lineAt()}).`);
      }
    }
  }
  if (stack.length > 0) throw new XmlError(`Thẻ <${stack.at(-1)!.name}> không được đóng.`);
  if (!root) throw new XmlError("Tệp không có phần tử XML nào.");
  return root;
}

/** Writes elements with two-space indentation; text is escaped. */
export class XmlWriter {
  private readonly out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  private depth = 0;

  open(name: string, attributes: Record<string, string> = {}): this {
    this.out.push(`${"  ".repeat(this.depth)}<${name}${attrs(attributes)}>`);
    this.depth++;
    return this;
  }

  close(name: string): this {
    this.depth--;
    this.out.push(`${"  ".repeat(this.depth)}</${name}>`);
    return this;
  }

  /** An element with text; nothing is written for undefined. */
  leaf(name: string, value: string | number | undefined, attributes: Record<string, string> = {}): this {
    if (value === undefined) return this;
    this.out.push(
      `${"  ".repeat(this.depth)}<${name}${attrs(attributes)}>${escapeXml(String(value))}</${name}>`,
    );
    return this;
  }

  toString(): string {
    return `${this.out.join("\n")}\n`;
  }
}

function attrs(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join("");
}
