import { type Document, Packer } from "docx";

// Packing the Word file so that the same document gives the same bytes, and tidying one thing
// the docx library writes. The library's packer is used through its compiler (pinned version,
// guarded by the tests), which hands back the zip before it is generated:
// - every entry's date and the core properties' created/modified come from the document;
// - the empty paragraph the library adds to carry each section break is made 1 pt high, so it
//   can never push a page's last lines (a signature, a table) onto a page of their own;
// - paragraph borders are written in the schema's order (top, left, bottom, right): the library
//   writes top, bottom, left, right, which Word may report as unreadable content;
// - styles.xml gets the default paragraph and character styles ("Normal", "Default Paragraph
//   Font") that the library's styles are based on but never defines.

interface ZipEntry {
  date: Date;
  async(type: "string"): Promise<string>;
}

interface ZipLike {
  files: Record<string, ZipEntry>;
  file(path: string): ZipEntry | null;
  file(path: string, data: string, options?: { date?: Date }): ZipLike;
  generateAsync(options: {
    type: "uint8array";
    mimeType: string;
    compression: "DEFLATE";
    compressionOptions?: { level: number };
  }): Promise<Uint8Array>;
}

interface CompilerLike {
  compile(file: Document, prettify?: undefined, overrides?: { path: string; data: string }[]): ZipLike;
}

export const DOCX_MIME_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const DEFAULT_STYLES: Record<string, string> = {
  Normal:
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>',
  DefaultParagraphFont:
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
};

const BORDER_ORDER = ["top", "left", "bottom", "right", "between", "bar"];

/** Puts the sides of every w:pBdr (self-closing elements) in the schema's order. */
export function orderParagraphBorders(xml: string): string {
  return xml.replace(/<w:pBdr>((?:<w:[a-z]+ [^>]*\/>)+)<\/w:pBdr>/gu, (_whole, inner: string) => {
    const sides = inner.match(/<w:[a-z]+ [^>]*\/>/gu) ?? [];
    const rank = (side: string) => BORDER_ORDER.indexOf(/^<w:([a-z]+)/u.exec(side)?.[1] ?? "");
    return `<w:pBdr>${[...sides].sort((a, b) => rank(a) - rank(b)).join("")}</w:pBdr>`;
  });
}

const SECTION_PARAGRAPH = "<w:p><w:pPr><w:sectPr";
const SMALL_SECTION_PARAGRAPH =
  '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr><w:sectPr';

export async function packDocx(file: Document, created: Date): Promise<Uint8Array> {
  const compiler = (Packer as unknown as { compiler?: CompilerLike }).compiler;
  if (!compiler || typeof compiler.compile !== "function") {
    throw new Error("Thư viện docx đã đổi cách đóng gói: cần docx 9.7.1 như package.json ghi.");
  }
  const zip = compiler.compile(file);
  const documentXml = await zip.file("word/document.xml")?.async("string");
  const coreXml = await zip.file("docProps/core.xml")?.async("string");
  const stylesXml = await zip.file("word/styles.xml")?.async("string");
  if (documentXml === undefined || coreXml === undefined || stylesXml === undefined) {
    throw new Error("Thư viện docx không tạo word/document.xml, word/styles.xml hoặc docProps/core.xml.");
  }
  const missing = Object.entries(DEFAULT_STYLES)
    .filter(([id]) => !stylesXml.includes(`w:styleId="${id}"`))
    .map(([, xml]) => xml)
    .join("");
  zip.file(
    "word/styles.xml",
    orderParagraphBorders(stylesXml.replace("</w:docDefaults>", `</w:docDefaults>${missing}`)),
  );
  zip.file(
    "word/document.xml",
    orderParagraphBorders(documentXml.split(SECTION_PARAGRAPH).join(SMALL_SECTION_PARAGRAPH)),
  );
  for (const name of Object.keys(zip.files).filter((n) => /^word\/(header|footer)\d+\.xml$/u.test(n))) {
    const xml = await zip.file(name)?.async("string");
    if (xml !== undefined) zip.file(name, orderParagraphBorders(xml));
  }
  const stamp = `${created.toISOString().replace(/\.\d{3}Z$/u, "Z")}`;
  zip.file(
    "docProps/core.xml",
    coreXml.replace(
      /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/gu,
      (_m, open: string, _name: string, close: string) => `${open}${stamp}${close}`,
    ),
  );
  for (const entry of Object.values(zip.files)) entry.date = created;
  return zip.generateAsync({
    type: "uint8array",
    mimeType: DOCX_MIME_TYPE,
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
}
