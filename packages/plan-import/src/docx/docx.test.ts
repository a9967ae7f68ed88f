import { deflateSync, strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { docx, OUTLINE_NUMBERING, p, tbl } from "../fixtures/docx.test-helpers.js";
import { importFile } from "../import.js";
import { toSummary } from "../summary.js";

// A Word plan as commune offices write it: the header in a two-column table, Word's own
// numbering for the outline, prose tasks with bullet role lines, a task table whose lead cell is
// merged over two rows and whose "Cơ quan thực hiện" header spans "Chủ trì | Phối hợp", and the
// foot in a table (recipients left, signature right).
function communePlan(): Uint8Array {
  return docx(
    [
      tbl([
        ["ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
        ["Số: 21/KH-UBND", "Hòa Bình, ngày 03 tháng 3 năm 2026"],
      ]),
      p("KẾ HOẠCH", { bold: true, center: true }),
      p("Tuyên truyền cải cách hành chính năm 2026", { bold: true, center: true }),
      p(
        "Thực hiện Kế hoạch số 40/KH-UBND ngày 15/01/2026 của UBND tỉnh Phú Thọ; Ủy ban nhân dân xã Hòa Bình ban hành Kế hoạch như sau:",
      ),
      p("MỤC ĐÍCH, YÊU CẦU", { numId: 1, ilvl: 0, bold: true }),
      p("Nâng cao nhận thức về cải cách hành chính.", { numId: 1, ilvl: 3 }),
      p("NHIỆM VỤ", { numId: 1, ilvl: 0, bold: true }),
      p("Hoạt động trọng tâm", { numId: 1, ilvl: 1 }),
      p("Tuyên truyền trên loa truyền thanh của xã", { numId: 1, ilvl: 2 }),
      p("Cơ quan chủ trì: Phòng Văn hóa - Xã hội", { numId: 1, ilvl: 3 }),
      p("Cơ quan phối hợp: Các thôn, tổ dân phố", { numId: 1, ilvl: 3 }),
      p("Thời gian thực hiện: Hằng tuần", { numId: 1, ilvl: 3 }),
      p("Tổ chức đối thoại với doanh nghiệp", { numId: 1, ilvl: 2 }),
      p("Thời gian thực hiện: Quý IV/2026", { numId: 1, ilvl: 3 }),
      p("Cơ quan chủ trì: Phòng Kinh tế", { numId: 1, ilvl: 3 }),
      p("Nhiệm vụ khác", { numId: 1, ilvl: 1 }),
      tbl([
        ["TT", "Nội dung", { text: "Cơ quan thực hiện", span: 2 }, "Thời gian"],
        ["", "", "Chủ trì", "Phối hợp", ""],
        [
          "1",
          "Niêm yết thủ tục hành chính tại Trung tâm Phục vụ hành chính công",
          { text: "Văn phòng HĐND và UBND xã", vMerge: "restart" },
          "Phòng Kinh tế",
          "Thường xuyên",
        ],
        [
          "2",
          "Cập nhật dịch vụ công trực tuyến",
          { text: "", vMerge: "continue" },
          "Các phòng, ban, đơn vị thuộc UBND xã\nCông an xã",
          "Hằng tháng",
        ],
      ]),
      tbl([["Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Thị Hoa"]]),
    ].join(""),
    { numbering: OUTLINE_NUMBERING },
  );
}

describe("importFile on .docx", () => {
  it("reads the header from Word's header table", async () => {
    const result = await importFile(communePlan());
    expect(result.ok).toBe(true);
    const summary = toSummary(result);
    expect(summary).toMatchObject({
      docType: "KH",
      issuer: "Ủy ban nhân dân xã Hòa Bình",
      number: "21",
      symbol: "KH-UBND",
      place: "Hòa Bình",
      issuedOn: "2026-03-03",
      title: "Tuyên truyền cải cách hành chính năm 2026",
      signer: { authority: "TM.", title: "CHỦ TỊCH", name: "Nguyễn Thị Hoa" },
    });
  });

  it("renders Word's automatic numbering so prose tasks keep their letters", async () => {
    const result = await importFile(communePlan());
    if (!result.ok) throw new Error(result.message);
    expect(result.source).toContain("a) Tuyên truyền trên loa truyền thanh của xã");
    expect(result.source).toContain("II. NHIỆM VỤ");
    const tasks = toSummary(result).tasks;
    expect(tasks.slice(0, 2)).toEqual([
      {
        ref: "a",
        text: "Tuyên truyền trên loa truyền thanh của xã",
        leads: ["Phòng Văn hóa - Xã hội"],
        supports: ["Các thôn, tổ dân phố"],
        time: "Hằng tuần",
      },
      {
        ref: "b",
        text: "Tổ chức đối thoại với doanh nghiệp",
        leads: ["Phòng Kinh tế"],
        supports: [],
        time: "Quý IV/2026",
      },
    ]);
  });

  it("keeps table cells from the docx: a merged lead cell applies to every row it covers, cell paragraphs are separate agencies", async () => {
    const result = await importFile(communePlan());
    const tasks = toSummary(result).tasks.slice(2);
    expect(tasks).toEqual([
      {
        ref: "1",
        text: "Niêm yết thủ tục hành chính tại Trung tâm Phục vụ hành chính công",
        leads: ["Văn phòng HĐND và UBND xã"],
        supports: ["Phòng Kinh tế"],
        time: "Thường xuyên",
      },
      {
        ref: "2",
        text: "Cập nhật dịch vụ công trực tuyến",
        leads: ["Văn phòng HĐND và UBND xã"],
        supports: ["Các phòng, ban, đơn vị thuộc UBND xã", "Công an xã"],
        time: "Hằng tháng",
      },
    ]);
  });

  it("reads a QĐ carrying the plan, each part with its own header table", async () => {
    const header = (number: string) =>
      tbl([
        ["ỦY BAN NHÂN DÂN\nHUYỆN TAM ĐẢO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
        [number, "Tam Đảo, ngày 12 tháng 01 năm 2024"],
      ]);
    const bytes = docx(
      [
        header("Số: 35/QĐ-UBND"),
        p("QUYẾT ĐỊNH"),
        p("Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024"),
        p("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TAM ĐẢO"),
        p("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;"),
        p("Xét đề nghị của Trưởng phòng Nội vụ huyện."),
        p("QUYẾT ĐỊNH:"),
        p("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tuyên truyền cải cách hành chính năm 2024."),
        p("Điều 2. Quyết định có hiệu lực kể từ ngày ký."),
        tbl([["Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.", "CHỦ TỊCH\n\nĐỗ Văn Tâm"]]),
        header(""),
        p("KẾ HOẠCH"),
        p("Tuyên truyền cải cách hành chính năm 2024"),
        p("(Ban hành kèm theo Quyết định số 35/QĐ-UBND ngày 12/01/2024 của Chủ tịch UBND huyện)"),
        p("I. NHIỆM VỤ"),
        tbl([
          ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
          [
            "1",
            "Tuyên truyền trên Đài truyền thanh huyện",
            "Trung tâm Văn hóa - Truyền thông",
            "Phòng Nội vụ",
            "Hằng tháng",
          ],
        ]),
      ].join(""),
    );
    const result = await importFile(bytes);
    if (!result.ok) throw new Error(result.message);
    expect(toSummary(result)).toMatchObject({
      docType: "QĐ",
      issuer: "Ủy ban nhân dân huyện Tam Đảo",
      number: "35",
      symbol: "QĐ-UBND",
      issuedOn: "2024-01-12",
      title: "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024",
      signer: { title: "CHỦ TỊCH", name: "Đỗ Văn Tâm" },
      tasks: [
        {
          ref: "1",
          leads: ["Trung tâm Văn hóa - Truyền thông"],
          supports: ["Phòng Nội vụ"],
          time: "Hằng tháng",
        },
      ],
    });
    expect(result.plan.decision?.proposal).toBe("Xét đề nghị của Trưởng phòng Nội vụ huyện.");
    expect(result.plan.decision?.articles).toHaveLength(2);
  });

  it("reads a task table split in two by a page break, its second part without a header, as one", async () => {
    const bytes = docx(
      [
        p("KẾ HOẠCH"),
        p("Phòng, chống đuối nước cho trẻ em năm 2025"),
        p("I. NHIỆM VỤ"),
        tbl([
          ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
          ["1", "Dạy bơi an toàn cho học sinh tiểu học", "Phòng Văn hóa - Xã hội", "Tháng 6/2025"],
          ["2", "Rà soát, cắm biển cảnh báo tại ao, hồ,", "Công an xã", "Tháng 5/2025"],
        ]),
        p(""),
        tbl([
          ["", "kênh mương nguy hiểm", "", ""],
          ["3", "Tuyên truyền trên loa truyền thanh", "Trung tâm Dịch vụ tổng hợp xã", "Hằng tuần"],
        ]),
      ].join(""),
    );
    const result = await importFile(bytes);
    if (!result.ok) throw new Error(result.message);
    expect(toSummary(result).tasks.map((t) => [t.ref, t.text, t.leads])).toEqual([
      ["1", "Dạy bơi an toàn cho học sinh tiểu học", ["Phòng Văn hóa - Xã hội"]],
      ["2", "Rà soát, cắm biển cảnh báo tại ao, hồ, kênh mương nguy hiểm", ["Công an xã"]],
      ["3", "Tuyên truyền trên loa truyền thanh", ["Trung tâm Dịch vụ tổng hợp xã"]],
    ]);
  });

  it("reads a docx without any table", async () => {
    const bytes = docx(
      [
        p("KẾ HOẠCH"),
        p("Tuyên truyền pháp luật năm 2025"),
        p("I. NỘI DUNG"),
        p("Tuyên truyền trên loa."),
      ].join(""),
    );
    const result = await importFile(bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.title).toBe("Tuyên truyền pháp luật năm 2025");
    expect(result.plan.planYear).toBe(2025);
    expect(result.findings.map((f) => f.code)).toContain("no-tasks");
  });

  it("refuses a zip that is not a Word document, saying what is missing", async () => {
    const result = await importFile(zipSync({ "hello.txt": strToU8("xin chào") }));
    expect(result).toMatchObject({ ok: false, code: "docx-no-body" });
    if (!result.ok) expect(result.message).toMatch(/word\/document\.xml/);
  });

  it("refuses a truncated docx instead of crashing", async () => {
    const bytes = communePlan();
    const result = await importFile(bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/Không đọc được tệp Word/);
  });

  it("stops inflating a zip bomb at the size limit", async () => {
    // 30 MB of zeros compress to about 30 KB; the reader must stop at its 24 MB limit.
    const bomb = deflateSync(new Uint8Array(30 * 1024 * 1024), { level: 6 });
    const zip = zipSync({ "word/document.xml": [bomb, { level: 0 }] });
    // The entry was stored as already-deflated data: mark it as deflate so readers inflate it.
    const patched = markDeflated(zip, bomb.length, 0xffffffff);
    const result = await importFile(patched);
    expect(result).toMatchObject({ ok: false, code: "docx-too-large" });
  });

  it("reads malformed XML as a refusal", async () => {
    const zip = zipSync({ "word/document.xml": strToU8("<w:document><w:body><w:p><w:r><w:t>chưa đóng") });
    const result = await importFile(zip);
    expect(result).toMatchObject({ ok: false, code: "docx-unreadable" });
  });
});

/** Rewrites a stored entry's method to deflate (8) in the local header and the central directory. */
function markDeflated(zip: Uint8Array, compressed: number, original: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) {
      view.setUint16(i + 8, 8, true);
      view.setUint32(i + 18, compressed, true);
      view.setUint32(i + 22, original, true);
    } else if (sig === 0x02014b50) {
      view.setUint16(i + 10, 8, true);
      view.setUint32(i + 20, compressed, true);
      view.setUint32(i + 24, original, true);
    }
  }
  return out;
}
