// How long importing a large plan takes, against the least any importer must do with the same
// text in the same run: decode it, normalise it (NFC) and split it into lines. The plan is
// generated here: a header, 400 prose tasks with role lines in varying order, a 400-row task
// table, implementation duties and a foot. Run after a build: `pnpm --filter @kehoach/plan-import bench`.

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
