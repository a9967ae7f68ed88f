import { patchDocument } from "docx";
import { describe, expect, it } from "vitest";
import type { Element } from "xml-js";
import { attr, findAll, findFirst, readDocxPackage, textOf } from "../fixtures/docx-package.js";
import { outOfOrder } from "../fixtures/ooxml-order.js";
import { sampleVanBan } from "../fixtures/sample-van-ban.js";
import type { VanBan } from "../model.js";
import { nd30Profile } from "../profile.js";
import {
  allSpecimens,
  baoCaoSpecimen,
  congVanSpecimen,
  keHoachSpecimen,
  quyetDinhBanHanhKeHoachSpecimen,
  quyetDinhSpecimen,
  toTrinhSpecimen,
} from "../specimens/index.js";
import { QUOC_HIEU, TIEU_NGU } from "../text-lines.js";
import { VanBanError } from "../validate.js";
import { DOCX_STYLES, renderDocx } from "./index.js";
import { textWidth } from "./metrics.js";

// The Word file, read back part by part: a package a client opens without repair, and the
// layout of Nghị định 30 written into it (page, margins, sections, styles, header, rules).

const mmTwips = (mm: number) => Math.round((mm * 1440) / 25.4);

async function open(doc: VanBan, profile = nd30Profile(14)) {
  const pkg = readDocxPackage(await renderDocx(doc, { profile }));
  const document = pkg.xml("word/document.xml");
  return { pkg, document, body: findFirst(document, "w:body") as Element };
}

const styleOf = (p: Element) => attr(findFirst(p, "w:pStyle"), "w:val");
const paragraphs = (root: Element) => findAll(root, "w:p");
const topLevel = (body: Element) => body.elements ?? [];

describe("the .docx package", () => {
  it("holds every part its relationships and content types name, each well-formed", async () => {
    for (const { id, doc } of allSpecimens()) {
      const { pkg } = await open(doc);
      const types = pkg.xml("[Content_Types].xml");
      const overrides = new Map(
        findAll(types, "Override").map((o) => [attr(o, "PartName")?.slice(1), attr(o, "ContentType")]),
      );
      const defaults = new Map(
        findAll(types, "Default").map((d) => [attr(d, "Extension"), attr(d, "ContentType")]),
      );
      for (const name of pkg.names.filter((n) => !n.endsWith("/"))) {
        const ext = name.slice(name.lastIndexOf(".") + 1);
        expect(overrides.get(name) ?? defaults.get(ext), `${id}: content type of ${name}`).toBeDefined();
        if (/\.(xml|rels)$/u.test(name)) expect(() => pkg.xml(name), `${id}: ${name}`).not.toThrow();
      }
      for (const part of overrides.keys()) expect(pkg.names, `${id}: ${part}`).toContain(part);
      expect(overrides.get("word/document.xml")).toBe(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
      );
      const root = findAll(pkg.xml("_rels/.rels"), "Relationship");
      const main = root.find((r) => attr(r, "Type")?.endsWith("/officeDocument"));
      expect(attr(main, "Target")).toBe("word/document.xml");
      const rels = findAll(pkg.xml("word/_rels/document.xml.rels"), "Relationship");
      const ids = new Set(rels.map((r) => attr(r, "Id")));
      for (const r of rels.filter((r) => attr(r, "TargetMode") !== "External")) {
        expect(pkg.names, `${id}: target of ${attr(r, "Id")}`).toContain(`word/${attr(r, "Target")}`);
      }
      // Every r:id the document uses (headers, footers, images) resolves.
      const used = pkg.text("word/document.xml").match(/r:(?:id|embed)="[^"]+"/gu) ?? [];
      for (const ref of used) expect(ids, `${id}: ${ref}`).toContain(ref.split('"')[1]);
      for (const type of ["styles", "settings", "fontTable"]) {
        expect(
          rels.some((r) => attr(r, "Type")?.endsWith(`/${type}`)),
          `${id}: ${type}`,
        ).toBe(true);
      }
    }
  });

  it("writes every property element's children in the schema's order (Word repairs files that do not)", async () => {
    for (const { id, doc } of allSpecimens()) {
      const { pkg } = await open(doc);
      for (const name of pkg.names.filter((n) =>
        /^word\/(document|styles|header\d+|footer\d+)\.xml$/u.test(n),
      )) {
        expect(outOfOrder(pkg.xml(name)), `${id}: ${name}`).toEqual([]);
      }
    }
  });

  it("reads back through the docx library's own reader", async () => {
    const bytes = await renderDocx(quyetDinhBanHanhKeHoachSpecimen());
    const copy = await patchDocument({ outputType: "uint8array", data: bytes, patches: {} });
    expect(readDocxPackage(copy).names).toContain("word/document.xml");
  });

  it("gives the same bytes for the same document, whatever was rendered before", async () => {
    const first = await renderDocx(quyetDinhBanHanhKeHoachSpecimen());
    await renderDocx(baoCaoSpecimen());
    const second = await renderDocx(quyetDinhBanHanhKeHoachSpecimen());
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const core = readDocxPackage(first).text("docProps/core.xml");
    expect(core).toContain("2026-01-08T01:00:00Z");
  });

  it("refuses what the PDF renderer refuses, with the same Vietnamese message", async () => {
    const bad = {
      ...keHoachSpecimen(),
      signer: { lines: ["K/T Chủ tịch", "Phó Chủ tịch"], name: "Lê Thị Thu Hà" },
    };
    await expect(renderDocx(bad)).rejects.toBeInstanceOf(VanBanError);
    await expect(renderDocx(bad)).rejects.toThrow(/signer\.lines/u);
  });
});

describe("page and sections", () => {
  it("sets A4 with the profile's margins, landscape appendices on the turned page, and the 10 mm header distance", async () => {
    const profile = nd30Profile(14, "conservative");
    const { document } = await open(keHoachSpecimen(), profile);
    const sections = findAll(document, "w:sectPr");
    expect(sections).toHaveLength(2);
    const [main, appendix] = sections as [Element, Element];
    expect(attr(findFirst(main, "w:pgSz"), "w:w")).toBe("11906");
    expect(attr(findFirst(main, "w:pgSz"), "w:h")).toBe("16838");
    expect(attr(findFirst(appendix, "w:pgSz"), "w:orient")).toBe("landscape");
    expect(attr(findFirst(appendix, "w:pgSz"), "w:w")).toBe("16838");
    for (const section of sections) {
      const margin = findFirst(section, "w:pgMar");
      expect(attr(margin, "w:top")).toBe(String(mmTwips(25)));
      expect(attr(margin, "w:bottom")).toBe(String(mmTwips(20)));
      expect(attr(margin, "w:left")).toBe(String(mmTwips(35)));
      expect(attr(margin, "w:right")).toBe(String(mmTwips(20)));
      expect(attr(margin, "w:header")).toBe(String(mmTwips(10)));
    }
  });

  it("numbers each section's pages from 1, centred in the header, with none on its first page", async () => {
    const { pkg, document } = await open(quyetDinhBanHanhKeHoachSpecimen());
    const rels = new Map(
      findAll(pkg.xml("word/_rels/document.xml.rels"), "Relationship").map((r) => [
        attr(r, "Id"),
        attr(r, "Target"),
      ]),
    );
    // The QĐ, the attached plan and its two phụ lục: four sections.
    const sections = findAll(document, "w:sectPr");
    expect(sections).toHaveLength(4);
    for (const section of sections) {
      expect(findFirst(section, "w:titlePg")).toBeDefined();
      expect(attr(findFirst(section, "w:pgNumType"), "w:start")).toBe("1");
      const refs = findAll(section, "w:headerReference");
      expect(refs.map((r) => attr(r, "w:type")).sort()).toEqual(["default", "first"]);
      expect(findAll(section, "w:footerReference")).toHaveLength(2);
      const header = (type: string) =>
        pkg.text(
          `word/${rels.get(
            attr(
              refs.find((r) => attr(r, "w:type") === type),
              "r:id",
            ),
          )}`,
        );
      expect(header("default")).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/u);
      expect(header("default")).toContain(`w:val="${DOCX_STYLES.pageNumber}"`);
      expect(header("first")).not.toContain("PAGE");
    }
  });

  it("keeps the paragraph that carries a section break one point high, so it never makes a page", async () => {
    const xml = (await open(quyetDinhBanHanhKeHoachSpecimen())).pkg.text("word/document.xml");
    const carriers = xml.match(/<w:p><w:pPr>(?:(?!<\/w:pPr>).)*<w:sectPr/gu) ?? [];
    expect(carriers).toHaveLength(3);
    for (const p of carriers) expect(p).toContain('w:line="20" w:lineRule="exact"');
  });
});

describe("header, title and rules", () => {
  it("lays the header out as a borderless two-column table reaching 5 mm into the left margin", async () => {
    const { body } = await open(keHoachSpecimen());
    const table = topLevel(body)[0] as Element;
    expect(table.name).toBe("w:tbl");
    expect(attr(findFirst(table, "w:tblInd"), "w:w")).toBe(String(-mmTwips(5)));
    for (const side of findFirst(table, "w:tblBorders")?.elements ?? [])
      expect(attr(side, "w:val")).toBe("none");
    const grid = findAll(table, "w:gridCol").map((c) => Number(attr(c, "w:w")));
    // 165 mm of text + 5 mm: the right column the profile's 102 mm, the left the rest.
    expect(grid[0]! + grid[1]!).toBeCloseTo(mmTwips(170), -1);
    expect(grid[1]).toBeCloseTo(mmTwips(102), -1);
    const rows = findAll(table, "w:tr");
    expect(rows).toHaveLength(2);
    const [left, right] = findAll(rows[0] as Element, "w:tc") as [Element, Element];
    expect(paragraphs(left).map(textOf)).toEqual(["ỦY BAN NHÂN DÂN", "XÃ ĐÔNG SƠN", ""]);
    expect(paragraphs(right).map(textOf)).toEqual([QUOC_HIEU, TIEU_NGU, ""]);
    const [number, date] = findAll(rows[1] as Element, "w:tc") as [Element, Element];
    expect(textOf(number)).toBe("Số: 18/KH-UBND");
    expect(textOf(date)).toBe("Đông Sơn, ngày 09 tháng 01 năm 2026");
    expect(paragraphs(date).map(styleOf)).toEqual([DOCX_STYLES.placeDate]);
  });

  it("draws the rules as editable top borders: the Tiêu ngữ's as long as its text, the agency's and the trích yếu's at 0.4 of their line", async () => {
    const { body } = await open(keHoachSpecimen());
    const rules = findAll(body, "w:p").filter((p) => styleOf(p) === DOCX_STYLES.rule);
    const length = (p: Element, column: number) => {
      const ind = findFirst(p, "w:ind");
      return column - (Number(attr(ind, "w:left")) + Number(attr(ind, "w:right"))) / 20;
    };
    const [agency, tieuNgu, subject] = rules as [Element, Element, Element];
    const grid = findAll(topLevel(body)[0] as Element, "w:gridCol").map((c) => Number(attr(c, "w:w")) / 20);
    expect(length(tieuNgu, grid[1]!)).toBeCloseTo(textWidth(TIEU_NGU, 14, "bold"), 0);
    expect(length(agency, grid[0]!)).toBeCloseTo(0.4 * textWidth("XÃ ĐÔNG SƠN", 13, "bold"), 0);
    expect(length(subject, mmTwips(165) / 20)).toBeCloseTo(
      0.4 * textWidth("Cải cách hành chính năm 2026", 14, "bold"),
      0,
    );
  });

  it("writes real capitals and NFC text, never Word's caps formatting", async () => {
    for (const { id, doc } of allSpecimens()) {
      const { pkg } = await open(doc);
      const xml = pkg.text("word/document.xml");
      expect(xml, id).not.toContain("<w:caps");
      for (const t of findAll(pkg.xml("word/document.xml"), "w:t")) {
        const text = textOf({ elements: [t] } as Element);
        expect(text.normalize("NFC"), id).toBe(text);
      }
    }
    const decomposed = { ...keHoachSpecimen(), subject: "Cải cách hành chính".normalize("NFD") };
    const { body } = await open(decomposed);
    expect(paragraphs(body).map(textOf)).toContain("Cải cách hành chính");
  });

  it("gives a document issued with a QĐ its header without Số and date, and the Kèm theo line", async () => {
    const { document } = await open(quyetDinhBanHanhKeHoachSpecimen());
    const texts = paragraphs(document).map(textOf);
    expect(texts).toContain(
      "(Kèm theo Quyết định số 25/QĐ-UBND ngày 08 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân xã Đông Sơn)",
    );
    const headerTables = findAll(document, "w:tbl").filter((t) => textOf(t).startsWith("ỦY BAN NHÂN DÂN"));
    expect(headerTables).toHaveLength(2);
    expect(findAll(headerTables[1] as Element, "w:tr")).toHaveLength(1);
  });
});

describe("styles an official can edit within the decree", () => {
  it("names a style for each element, in Vietnamese, in Times New Roman at the profile's sizes", async () => {
    const pkg = readDocxPackage(await renderDocx(keHoachSpecimen(), { profile: nd30Profile(13) }));
    const styles = pkg.xml("word/styles.xml");
    const byId = new Map(findAll(styles, "w:style").map((s) => [attr(s, "w:styleId"), s]));
    const name = (id: string) => attr(findFirst(byId.get(id) as Element, "w:name"), "w:val");
    const size = (id: string) => Number(attr(findFirst(byId.get(id) as Element, "w:sz"), "w:val")) / 2;
    expect(name(DOCX_STYLES.body)).toBe("Nội dung");
    expect(name(DOCX_STYLES.basis)).toBe("Căn cứ ban hành");
    expect(name(DOCX_STYLES.noiNhanLabel)).toBe("Nơi nhận (nhãn)");
    expect(name(DOCX_STYLES.noiNhanItem)).toBe("Nơi nhận (các nơi)");
    expect(name(DOCX_STYLES.signerTitle)).toBe("Quyền hạn, chức vụ người ký");
    expect(name(DOCX_STYLES.signerName)).toBe("Họ tên người ký");
    expect(name(DOCX_STYLES.muc)).toBe("Mục (số La Mã)");
    expect(name(DOCX_STYLES.khoan)).toBe("Khoản");
    // Set 13: body 13, Quốc hiệu 12; the fixed sizes stay (Số 13, "Nơi nhận:" 12, items 11).
    expect(size(DOCX_STYLES.body)).toBe(13);
    expect(size(DOCX_STYLES.quocHieu)).toBe(12);
    expect(size(DOCX_STYLES.soKyHieu)).toBe(13);
    expect(size(DOCX_STYLES.noiNhanLabel)).toBe(12);
    expect(size(DOCX_STYLES.noiNhanItem)).toBe(11);
    const fonts = findFirst(findFirst(styles, "w:docDefaults") as Element, "w:rFonts");
    for (const slot of ["w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"])
      expect(attr(fonts, slot)).toBe("Times New Roman");
    const body = byId.get(DOCX_STYLES.body) as Element;
    expect(attr(findFirst(body, "w:jc"), "w:val")).toBe("both");
    expect(attr(findFirst(body, "w:ind"), "w:firstLine")).toBe(String(mmTwips(10)));
    expect(attr(findFirst(body, "w:spacing"), "w:line")).toBe("276");
    expect(attr(findFirst(body, "w:spacing"), "w:before")).toBe("120");
    const basis = byId.get(DOCX_STYLES.basis) as Element;
    expect(findFirst(basis, "w:i")).toBeDefined();
    // Every style is based on a style that exists; Normal is the default paragraph style.
    expect(attr(byId.get("Normal"), "w:default")).toBe("1");
    for (const style of byId.values()) {
      const basedOn = attr(findFirst(style, "w:basedOn"), "w:val");
      if (basedOn) expect(byId.has(basedOn), `${attr(style, "w:styleId")} based on ${basedOn}`).toBe(true);
    }
    // Word's own headings, should an official pick them, are black and at the body size.
    for (const id of ["Heading1", "Heading2", "Title"]) {
      const color = attr(findFirst(byId.get(id) as Element, "w:color"), "w:val");
      expect(color, id).toBe("000000");
    }
  });

  it("puts each element in its style: căn cứ, headings per level, nơi nhận, signer", async () => {
    const { body } = await open(quyetDinhBanHanhKeHoachSpecimen());
    const byStyle = (id: string) =>
      paragraphs(body)
        .filter((p) => styleOf(p) === id)
        .map(textOf);
    expect(byStyle(DOCX_STYLES.basis)[0]).toMatch(/^Căn cứ Luật Tổ chức chính quyền địa phương.*;$/u);
    expect(byStyle(DOCX_STYLES.authority)).toEqual(["CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN"]);
    expect(byStyle(DOCX_STYLES.enactment)).toEqual(["QUYẾT ĐỊNH:"]);
    expect(byStyle(DOCX_STYLES.dieu)[0]).toMatch(/^Điều 1\. Ban hành kèm theo/u);
    expect(byStyle(DOCX_STYLES.muc)).toContain("I. MỤC ĐÍCH, YÊU CẦU");
    expect(byStyle(DOCX_STYLES.khoan)).toContain("1. Mục đích");
    expect(byStyle(DOCX_STYLES.noiNhanLabel)).toEqual(["Nơi nhận:"]);
    expect(byStyle(DOCX_STYLES.noiNhanItem).at(-1)).toBe("- Lưu: VT, VHXH.");
    expect(byStyle(DOCX_STYLES.signerTitle)).toEqual(["CHỦ TỊCH"]);
    expect(byStyle(DOCX_STYLES.signerName)).toEqual(["Nguyễn Văn Hùng"]);
    expect(byStyle(DOCX_STYLES.appendixLabel)).toEqual(["Phụ lục I", "Phụ lục II"]);
    // The Điều's text runs upright after its bold label.
    const dieu = paragraphs(body).find((p) => styleOf(p) === DOCX_STYLES.dieu) as Element;
    const runs = findAll(dieu, "w:r");
    expect(findFirst(runs.at(-1) as Element, "w:b")?.attributes?.["w:val"]).toBe("false");
  });

  it("places the signature and the seal as floating pictures in the signing space", async () => {
    const { body, pkg } = await open(quyetDinhBanHanhKeHoachSpecimen());
    const space = paragraphs(body).find((p) => styleOf(p) === DOCX_STYLES.signingSpace) as Element;
    const anchors = findAll(space, "wp:anchor");
    expect(anchors.map((a) => attr(findFirst(a, "wp:docPr"), "name"))).toEqual(["Chữ ký", "Con dấu"]);
    expect(pkg.names.filter((n) => n.startsWith("word/media/") && !n.endsWith("/"))).toHaveLength(2);
  });
});

describe("tables", () => {
  it("repeats the header row, keeps rows whole and group rows with what follows", async () => {
    const { document } = await open(keHoachSpecimen());
    const table = findAll(document, "w:tbl").find((t) => textOf(t).startsWith("STT")) as Element;
    const rows = findAll(table, "w:tr");
    expect(findFirst(rows[0] as Element, "w:tblHeader")).toBeDefined();
    for (const row of rows) expect(findFirst(row, "w:cantSplit"), textOf(row)).toBeDefined();
    const group = rows.find(
      (r) => styleOf(findFirst(r, "w:p") as Element) === DOCX_STYLES.tableGroup,
    ) as Element;
    expect(findFirst(group, "w:gridSpan")).toBeDefined();
    for (const p of paragraphs(group)) expect(findFirst(p, "w:keepNext") ?? "style keepNext").toBeDefined();
    const widths = findAll(table, "w:gridCol").map((c) => Number(attr(c, "w:w")));
    expect(widths.reduce((a, b) => a + b, 0)).toBe(Math.round((252 * 1440) / 25.4));
  });

  it("lets a row taller than a page split, as Word could not place it otherwise", async () => {
    const long = Array.from({ length: 400 }, (_, i) => `nội dung ${i}`).join(" ");
    const doc = sampleVanBan({
      body: [
        {
          type: "table",
          columns: [
            { header: "STT", weight: 1 },
            { header: "Nội dung", weight: 3 },
          ],
          rows: [{ cells: ["1", long] }, { cells: ["2", "ngắn"] }],
        },
      ],
    });
    const { document } = await open(doc);
    const table = findAll(document, "w:tbl").find((t) => textOf(t).startsWith("STT")) as Element;
    const rows = findAll(table, "w:tr");
    expect(findFirst(rows[1] as Element, "w:cantSplit")).toBeUndefined();
    expect(findFirst(rows[2] as Element, "w:cantSplit")).toBeDefined();
  });
});

describe("what the reviewer measured", () => {
  it("lets a row of four lines or more break across pages, so that Word cuts it where the page ends", async () => {
    const task =
      "Tuyên truyền, phổ biến kết quả Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân, tổ chức.";
    const doc = sampleVanBan({
      body: [
        {
          type: "table",
          columns: [
            { header: "STT", weight: 3 },
            { header: "Nội dung", weight: 17 },
            { header: "Thời gian", weight: 7 },
          ],
          rows: [{ cells: ["1", `${task} ${task} ${task}`, "Cả năm"] }, { cells: ["2", task, "Quý I"] }],
        },
      ],
    });
    const { document } = await open(doc);
    const table = findAll(document, "w:tbl").find((t) => textOf(t).startsWith("STT")) as Element;
    const rows = findAll(table, "w:tr");
    // Before: every row shorter than a page was kept whole, moving to the next page.
    expect(findFirst(rows[1] as Element, "w:cantSplit")).toBeUndefined();
    expect(findFirst(rows[2] as Element, "w:cantSplit")).toBeDefined();
  });

  it('gives the STT column of a portrait task table room for "STT" on one line', async () => {
    const doc = sampleVanBan({
      body: [
        {
          type: "table",
          columns: [
            { header: "STT", weight: 3, align: "center" },
            { header: "Nội dung nhiệm vụ", weight: 17 },
            { header: "Sản phẩm", weight: 8 },
            { header: "Cơ quan chủ trì", weight: 8 },
            { header: "Cơ quan phối hợp", weight: 9 },
            { header: "Thời gian thực hiện", weight: 7, align: "center" },
          ],
          rows: [{ cells: ["1", "Rà soát thủ tục", "Danh mục", "Văn phòng", "Các phòng", "Quý I"] }],
        },
      ],
    });
    const { document } = await open(doc);
    const table = findAll(document, "w:tbl").find((t) => textOf(t).startsWith("STT")) as Element;
    const widths = findAll(table, "w:gridCol").map((c) => Number(attr(c, "w:w")));
    // Before: 539 twips (9.5 mm), 4 pt of padding each side, for a 22.7 pt "STT": 378 twips of text room.
    expect((widths[0] as number) - 2 * 4 * 20).toBeGreaterThanOrEqual(
      Math.ceil(textWidth("STT", 12, "bold") * 20),
    );
    expect(widths.reduce((a, b) => a + b, 0)).toBe(Math.round((165 * 1440) / 25.4));
  });

  it("writes a titled khoản on its own line, its text in the paragraph after it", async () => {
    const { body } = await open(quyetDinhSpecimen());
    const all = paragraphs(body);
    const i = all.findIndex((p) => textOf(p).startsWith("2. Báo cáo kết quả"));
    // Before: "2. Báo cáo kết quả Tổ kiểm tra báo cáo …" in one Khoản paragraph.
    expect(textOf(all[i] as Element)).toBe("2. Báo cáo kết quả");
    expect(styleOf(all[i] as Element)).toBe(DOCX_STYLES.khoan);
    expect(textOf(all[i + 1] as Element)).toMatch(/^Tổ kiểm tra báo cáo Chủ tịch/u);
    expect(styleOf(all[i + 1] as Element)).toBe(DOCX_STYLES.body);
  });

  it("ties symbols, ranges and the dash of a name so that Word breaks lines where the PDF does", async () => {
    const doc = sampleVanBan({
      body: [
        {
          type: "paragraph",
          content: "Theo Kế hoạch 214/KH-UBND giai đoạn 2021-2025 của tổ chức chính trị - xã hội.",
        },
      ],
    });
    const { body } = await open(doc);
    const p = paragraphs(body).find((e) => textOf(e).startsWith("Theo Kế hoạch")) as Element;
    expect(findAll(p, "w:noBreakHyphen")).toHaveLength(2);
    expect(textOf(p)).toBe(
      "Theo Kế hoạch 214/KH-UBND giai đoạn 2021-2025 của tổ chức chính trị\u00a0- xã hội.",
    );
  });
});

describe("electronic signing", () => {
  it("writes ô 14 in the first page's header, right-aligned, 10 pt, the number over the signing time", async () => {
    const doc = { ...quyetDinhSpecimen(), organisationSignature: { signedAt: "2026-03-05T09:00:00+07:00" } };
    const { pkg } = await open(doc);
    const headers = pkg.names.filter((n) => /^word\/header\d+\.xml$/u.test(n)).map((n) => pkg.xml(n));
    const mark = headers.flatMap((h) =>
      paragraphs(h).filter((p) => styleOf(p) === DOCX_STYLES.organisationSignature),
    );
    expect(mark.map(textOf)).toEqual(["07/QĐ-UBND", "2026-03-05T09:00:00+07:00"]);
    const style = findAll(pkg.xml("word/styles.xml"), "w:style").find(
      (st) => attr(st, "w:styleId") === DOCX_STYLES.organisationSignature,
    ) as Element;
    expect(attr(findFirst(style, "w:jc"), "w:val")).toBe("right");
    expect(attr(findFirst(style, "w:sz"), "w:val")).toBe("20");
  });
});

describe("other elements", () => {
  it("writes Kính gửi 3.5 cm in, several recipients under the colon", async () => {
    const { body } = await open(baoCaoSpecimen());
    const kinhGui = paragraphs(body).filter((p) => styleOf(p) === DOCX_STYLES.kinhGui);
    expect(kinhGui.map(textOf)).toEqual([
      "Kính gửi:",
      "- Ủy ban nhân dân tỉnh Thanh Hóa;",
      "- Sở Nội vụ tỉnh Thanh Hóa.",
    ]);
    const single = (await open(toTrinhSpecimen())).body;
    expect(
      paragraphs(single)
        .filter((p) => styleOf(p) === DOCX_STYLES.kinhGui)
        .map(textOf),
    ).toEqual(["Kính gửi: Ủy ban nhân dân xã Đông Sơn."]);
  });

  it("prints a công văn's V/v under its number, the khẩn mark framed in red, contacts at the foot of page 1", async () => {
    const { pkg, body } = await open(congVanSpecimen());
    const header = topLevel(body)[0] as Element;
    const [, numberRow, underRow] = findAll(header, "w:tr") as [Element, Element, Element];
    expect(textOf(findAll(numberRow, "w:tc")[0] as Element)).toBe("Số: 112/UBND-VHXH");
    // V/v and the mark in a row of their own, so that they read after the date as in the PDF.
    const cells = findAll(underRow, "w:tc");
    expect(paragraphs(cells[0] as Element).map(textOf)).toEqual([
      "V/v đôn đốc báo cáo kết quả cải cách hành chính quý I năm 2026".replace("đôn", "Đôn"),
      "KHẨN",
    ]);
    const footers = pkg.names.filter((n) => /^word\/footer\d+\.xml$/u.test(n)).map((n) => pkg.text(n));
    expect(footers.some((f) => f.includes("Địa chỉ: thôn Trung Tâm"))).toBe(true);
  });
});
