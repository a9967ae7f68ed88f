// How long importing a large plan takes, against the least any importer must do with the same
// text in the same run: decode it, normalise it (NFC) and split it into lines. Two plans are
// generated here: a 20-page plan as officials copy it from a legal-document website (the header's
// cells between "|" lines, bold marks, every line wrapped at 80 characters, tasks under their lead
// agency, activities, an appendix table one cell per line), whose import must stay within 200 ms;
// and an 800-task plan (400 prose tasks, a 400-row table) that shows how the cost grows. Run after
// a build: `pnpm --filter @kehoach/plan-import bench`.

import { readFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";
import { measure, report } from "../../../tools/bench.mjs";
import { importFile, importText, toSummary } from "../dist/index.js";

const AGENCIES = [
  "Phòng Nội vụ",
  "Văn phòng HĐND và UBND huyện",
  "Phòng Văn hóa và Thông tin",
  "Trung tâm Văn hóa, Thông tin và Thể thao huyện",
  "UBND các xã, thị trấn",
  "Các phòng, ban, đơn vị thuộc UBND huyện",
  "Phòng Tài chính - Kế hoạch",
  "Huyện đoàn",
];
const TIMES = [
  "Thường xuyên",
  "Hằng tháng",
  "Quý II/2025",
  "Trong năm 2025",
  "Trước ngày 30/6/2025",
  "Tháng 3 và tháng 9/2025",
];
const pick = (list, i) => list[i % list.length];

function generatePlan(tasks) {
  const lines = [
    "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "HUYỆN THỬ NGHIỆM\tĐộc lập - Tự do - Hạnh phúc",
    "Số: 99/KH-UBND\tThử Nghiệm, ngày 15 tháng 01 năm 2025",
    "KẾ HOẠCH",
    "Tuyên truyền cải cách hành chính năm 2025",
    "Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2025 của UBND tỉnh; Ủy ban nhân dân huyện ban hành Kế hoạch như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "- Nâng cao nhận thức về cải cách hành chính trong cán bộ, công chức, viên chức và Nhân dân.",
    "II. NHIỆM VỤ",
  ];
  for (let i = 0; i < tasks; i++) {
    lines.push(
      `${i + 1}. Tuyên truyền nội dung số ${i + 1} về cải cách thủ tục hành chính, chuyển đổi số và chính quyền điện tử`,
    );
    const roles = [
      `- Cơ quan chủ trì: ${pick(AGENCIES, i)}`,
      `- Cơ quan phối hợp: ${pick(AGENCIES, i + 3)}; ${pick(AGENCIES, i + 5)} và các cơ quan, đơn vị liên quan`,
      `- Thời gian thực hiện: ${pick(TIMES, i)}`,
    ];
    lines.push(...(i % 2 ? roles.reverse() : roles), "");
  }
  lines.push(
    "III. PHỤ LỤC NHIỆM VỤ",
    "STT\tNhiệm vụ\tSản phẩm\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian",
  );
  for (let i = 0; i < tasks; i++) {
    lines.push(
      `${i + 1}\tPhát hành tài liệu tuyên truyền số ${i + 1}\tTờ gấp, tin bài\t${pick(AGENCIES, i + 1)}\t${pick(AGENCIES, i + 4)}; ${pick(AGENCIES, i + 6)}\t${pick(TIMES, i + 2)}`,
    );
  }
  lines.push(
    "IV. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Nội vụ",
    "- Theo dõi, đôn đốc; định kỳ hằng quý, 6 tháng, năm báo cáo UBND huyện.",
    "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN",
    "- UBND tỉnh;\tCHỦ TỊCH",
    "- Lưu: VT, NV.\t",
    "\tNguyễn Văn Thử",
  );
  return lines.join("\n");
}

/** Hard wraps a paragraph at `width` characters, as a website's text copy does. */
function wrap(text, width = 80) {
  const out = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

const PROVINCE_BODIES = [
  "Sở Nội vụ",
  "Sở Tư pháp",
  "Sở Y tế",
  "Công an tỉnh",
  "Sở Nông nghiệp và Môi trường",
  "Văn phòng Đoàn Đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh",
  "Ủy ban nhân dân các xã, phường, đặc khu",
  "Sở Văn hóa, Thể thao và Du lịch",
];

/** About 20 A4 pages: ~900 lines of 80 characters, 120 tasks in three shapes. */
function generateWebCopy() {
  const lines = [
    "|",
    "**ỦY BAN NHÂN DÂN",
    "TỈNH THỬ NGHIỆM**",
    "|",
    "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc**",
    "|",
    "|",
    "Số:",
    "999/KH-UBND",
    "|",
    "*Thử Nghiệm, ngày 10 tháng 12 năm 2025*",
    "|",
    "|",
    "",
    "**KẾ HOẠCH**",
    "**Thực hiện nhiệm vụ chuyển đổi số và cải cách hành chính năm 2026**",
    "",
    ...wrap(
      "Thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị; Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện nhiệm vụ chuyển đổi số và cải cách hành chính năm 2026 như sau:",
    ),
    "",
    "**I. MỤC ĐÍCH, YÊU CẦU**",
  ];
  for (let i = 0; i < 12; i++)
    lines.push(
      ...wrap(
        `- Bảo đảm mục tiêu số ${i + 1}: nâng cao chất lượng phục vụ người dân, doanh nghiệp sau khi vận hành chính quyền địa phương hai cấp; phân công rõ cơ quan chủ trì, thời hạn và sản phẩm của từng nhiệm vụ.`,
      ),
      "",
    );
  lines.push("**II. NHIỆM VỤ CHUNG**");
  for (let i = 0; i < 40; i++) {
    lines.push(
      `**${i + 1}.****Triển khai nội dung số ${i + 1} về chuyển đổi số trong giải quyết thủ tục hành chính**`,
      ...wrap(`*Đơn vị chủ trì thực hiện: *${pick(PROVINCE_BODIES, i)}; ${pick(PROVINCE_BODIES, i + 6)}.`),
      ...wrap(`*Đơn vị phối hợp: *${pick(PROVINCE_BODIES, i + 3)}; các cơ quan, đơn vị có liên quan.`),
      `*Thời gian thực hiện: *${pick(TIMES, i)}.`,
      ...wrap(
        "Nội dung: rà soát, chuẩn hóa quy trình nội bộ, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; cập nhật cơ sở dữ liệu dùng chung của tỉnh theo hướng dẫn.",
      ),
      "",
    );
  }
  lines.push("**III. NHIỆM VỤ CỤ THỂ CỦA CÁC CƠ QUAN, ĐƠN VỊ**");
  for (let a = 0; a < 8; a++) {
    lines.push(`**${a + 1}.****${pick(PROVINCE_BODIES, a)}:**`);
    for (let k = 0; k < 5; k++)
      lines.push(
        ...wrap(
          `- Chủ trì, phối hợp với ${pick(PROVINCE_BODIES, a + k + 1)} tổ chức thực hiện nhiệm vụ ${k + 1} của ngành về cải cách thủ tục hành chính và chuyển đổi số; hoàn thành trước ngày ${10 + k}/${k + 3}/2026.`,
        ),
      );
    lines.push("");
  }
  lines.push(
    "**PHỤ LỤC**",
    "**DANH MỤC NHIỆM VỤ NĂM 2026**",
    "|",
    "STT",
    "|",
    "Tên nhiệm vụ",
    "|",
    "Cơ quan chủ trì",
    "|",
  );
  lines.push("Cơ quan phối hợp", "|", "Thời gian hoàn thành", "|");
  for (let i = 0; i < 40; i++)
    lines.push(
      String(i + 1),
      "|",
      ...wrap(`Xây dựng, vận hành hệ thống thông tin số ${i + 1} phục vụ chỉ đạo, điều hành`, 30),
      "|",
      ...wrap(pick(PROVINCE_BODIES, i + 2), 20),
      "|",
      ...wrap(`${pick(PROVINCE_BODIES, i + 5)}; ${pick(PROVINCE_BODIES, i + 7)}`, 20),
      "|",
      pick(TIMES, i + 1),
      "|",
    );
  lines.push(
    "",
    "|",
    "***Nơi nhận:***",
    "- Như trên;",
    "- Lưu: VT.",
    "|",
    "**TM. ỦY BAN",
    "NHÂN DÂN",
    "CHỦ TỊCH**",
    "",
    "**Nguyễn Văn Thử**",
    "|",
    "|",
  );
  return lines.join("\n");
}

const web = generateWebCopy();
const webCheck = toSummary(importText(web));
if (webCheck.tasks.length !== 120 || webCheck.number !== "999")
  throw new Error(`bench web copy read wrong: ${webCheck.tasks.length} tasks, number ${webCheck.number}`);
const webBaseline = `decode + NFC + split lines (20-page web copy, ${web.split("\n").length} lines)`;
const webBytes = new TextEncoder().encode(web);
const webResults = [
  await measure(webBaseline, () =>
    new TextDecoder()
      .decode(webBytes)
      .normalize("NFC")
      .split("\n")
      .map((l) => l.trim()),
  ),
  await measure("importText: 20-page web copy, 120 tasks (budget 200 ms)", () => importText(web), {
    runs: 15,
    warmup: 3,
  }),
  await measure(
    "importFile(.txt bytes) + toSummary, same plan",
    async () => toSummary(await importFile(webBytes)),
    {
      runs: 15,
      warmup: 3,
    },
  ),
];
// The same plan as a PDF's text layer (20 pages of 56 lines), pdf.js serving it from memory, so
// the figure is this package's own work: lines from positions, columns, paragraphs, parsing.
const pdfPages = [];
const plain = web
  .replace(/\*/g, "")
  .split("\n")
  .filter((l) => l.trim() && l.trim() !== "|");
for (let i = 0; i < plain.length; i += 56)
  pdfPages.push(
    plain.slice(i, i + 56).map((str, k) => ({
      str,
      transform: [12, 0, 0, 12, 57, 800 - k * 14],
      width: str.length * 5.6,
      height: 12,
    })),
  );
const pdfjs = async () => ({
  getDocument: () => ({
    promise: Promise.resolve({
      numPages: pdfPages.length,
      getPage: async (n) => ({ getTextContent: async () => ({ items: pdfPages[n - 1] }) }),
      destroy: async () => undefined,
    }),
  }),
});
const pdfHeader = new TextEncoder().encode("%PDF-1.7\n");
webResults.push(
  await measure(`importFile(PDF text layer, ${pdfPages.length} pages, pdf.js from memory)`, () =>
    importFile(pdfHeader, { pdfjs }),
  ),
);
// And a real PDF through pdf.js itself (LibreOffice's one-page fixture), for what pdf.js adds.
const realPdf = new Uint8Array(
  readFileSync(new URL("../src/fixtures/muong-khuong-2024-text-layer.pdf", import.meta.url)),
);
webResults.push(
  await measure("importFile(real 1-page PDF, pdfjs-dist legacy build)", () => importFile(realPdf), {
    runs: 9,
    warmup: 2,
  }),
);
report("plan-import: a 20-page plan as copied from a website (Node)", webResults, webBaseline);
const budget = webResults[1].median;
console.log(`20-page plan: median ${budget.toFixed(1)} ms ${budget <= 200 ? "≤" : ">"} 200 ms budget`);

const text = generatePlan(400);
const bytes = new TextEncoder().encode(text);
const check = importText(text);
const summary = toSummary(check);
if (!check.ok || summary.tasks.length !== 800)
  throw new Error(`bench plan read wrong: ${summary.tasks.length} tasks`);

// The same plan as a .docx: one paragraph per line, the appendix as a real table.
const escapeXml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const para = (s) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(s)}</w:t></w:r></w:p>`;
const body = text
  .split("\n")
  .map((line) =>
    line.includes("\t") && /^\d+\t|^STT\t/.test(line)
      ? `<w:tbl><w:tr>${line
          .split("\t")
          .map((c) => `<w:tc>${para(c)}</w:tc>`)
          .join("")}</w:tr></w:tbl>`
      : para(line.replace(/\t/g, " ")),
  )
  .join("");
const docx = zipSync({
  "word/document.xml": strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  ),
});

const baseline = `decode + NFC + split lines (${Math.round(bytes.length / 1024)} KB, ${text.split("\n").length} lines)`;
const results = [
  await measure(baseline, () =>
    new TextDecoder()
      .decode(bytes)
      .normalize("NFC")
      .split("\n")
      .map((l) => l.trim()),
  ),
  await measure("importText: 800 tasks (400 prose, 400 table rows)", () => importText(text), {
    runs: 9,
    warmup: 2,
  }),
  await measure("importFile(.txt bytes) + toSummary", async () => toSummary(await importFile(bytes)), {
    runs: 9,
    warmup: 2,
  }),
  await measure(`importFile(.docx, ${Math.round(docx.length / 1024)} KB zipped)`, () => importFile(docx), {
    runs: 9,
    warmup: 2,
  }),
];
report("plan-import: a generated 800-task plan (Node)", results, baseline);
