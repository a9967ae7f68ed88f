import { readdirSync, readFileSync } from "node:fs";
import { type Locality, parseLocalityJson } from "@kehoach/plan-model";
import { deflateSync, strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { englishProblems } from "./english.test-helpers.js";
import { docx, p, tbl } from "./fixtures/docx.test-helpers.js";
import { importFile, importText } from "./import.js";
import type { PdfJs } from "./source/read-pdf.js";
import type { FindingCode, ImportResult } from "./types.js";

// A review screen shown in English shows the importer's findings and refusals in English: every
// one of them has an English wording with no Vietnamese letter of its own. Only the user's words
// it quotes (a label, an agency name, a time as written) may be Vietnamese, and they are located
// by `quotes` so the screen marks them. Run over the package's fixtures, hostile files and inputs
// made to provoke every finding the importer can give.

/** Every code, and whether the importer gives it as a finding, a refusal, or not at all (yet). */
const CODES: Record<FindingCode, "finding" | "refusal" | "never"> = {
  "binary-input": "refusal",
  "empty-input": "refusal",
  "too-large": "refusal",
  "docx-unreadable": "refusal",
  "docx-too-large": "refusal",
  "docx-no-body": "refusal",
  "pdf-no-text": "refusal",
  "pdf-unreadable": "refusal",
  "doc-word97": "refusal",
  "banner-removed": "finding",
  "metadata-removed": "finding",
  "header-missing": "never",
  "doc-type-guessed": "finding",
  "issuer-inferred": "finding",
  "issuer-missing": "finding",
  "number-missing": "finding",
  "number-from-back-reference": "finding",
  "back-reference-mismatch": "finding",
  "symbol-missing": "finding",
  "date-blank": "finding",
  "date-missing": "finding",
  "place-missing": "finding",
  "title-missing": "finding",
  "title-capitals": "finding",
  "year-guessed": "finding",
  "basis-without-document": "finding",
  "no-tasks": "finding",
  "task-no-lead": "finding",
  "task-no-time": "finding",
  "task-time-unparsed": "finding",
  "task-role-advisor": "finding",
  "task-role-label": "never",
  "task-same-agency-both-roles": "finding",
  "task-text-missing": "finding",
  "task-time-from-list": "finding",
  "agency-split-uncertain": "finding",
  "agency-unmatched": "finding",
  "agency-ambiguous": "finding",
  "table-header-guessed": "never",
  "table-row-shifted": "finding",
  "table-row-continued": "finding",
  "table-row-unaligned": "finding",
  "table-header-repeated": "finding",
  "decision-without-plan": "finding",
  "paragraph-joined": "finding",
  "signer-missing": "finding",
  "signer-name-missing": "finding",
  "recipients-missing": "finding",
  "ocr-noise": "finding",
  "invisible-characters": "finding",
  "plan-repaired": "finding",
  "task-merged": "finding",
  "table-matrix": "finding",
  "task-lead-from-implementation": "finding",
};

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
/** A real locality's directory, so that agency names are matched (and some are not, or twice). */
function kimLien(): Locality {
  const loaded = parseLocalityJson(
    readFileSync(new URL("../../../localities/kim-lien/locality.json", import.meta.url), "utf8"),
  );
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join("; "));
  return loaded.locality;
}
const locality = kimLien();

/** Plans written to provoke the findings the fixtures do not give. */
const PROVOKING: Record<string, string> = {
  "no header, no foot, a time not understood": `Tuyên truyền pháp luật cho người dân
1. Tổ chức hội nghị tuyên truyền
- Thời gian thực hiện: khi nào thuận tiện
2. Phát tờ rơi tại chợ
`,
  "a draft: blank number and day, capitals, no signer's name, an advisor label and a list of times": `ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ KIM LIÊN\tĐộc lập - Tự do - Hạnh phúc
Số:    /KH-UBND\tKim Liên, ngày    tháng    năm 2026
KẾ HOẠCH
TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2026
Căn cứ tình hình thực tế của địa phương;
I. NHIỆM VỤ
1. Tuyên truyền trên loa truyền thanh
- Cơ quan tham mưu: Văn phòng HĐND và UBND xã
- Cơ quan phối hợp: Văn phòng HĐND và UBND xã; Hội Nông dân xã
- Thời gian thực hiện:
+ Đợt 1: tháng 3/2026
+ Đợt 2: tháng 9/2026
2. Tổ chức hội nghị đối thoại
- Cơ quan chủ trì: Phòng Văn hóa - Xã hội, Văn phòng và Trung tâm dịch vụ
- Thời gian thực hiện: Quý II
3. Kiểm tra công tác cải cách
- Cơ quan chủ trì: Hội Cựu chiến binh xã
- Thời gian thực hiện: Quý III
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
`,
  "agencies not in the directory or in it twice, a task without text, a broken paragraph, scanner noise, an appendix dated otherwise": `ỦY BAN NHÂN DÂN
XÃ KIM LIÊN
Kim Liên, ngày 10 tháng 02 năm 2026
KẾ HOẠCH
Tuyên truyền năm 2026
I. NHIỆM VỤ
1. Tổ chức hội nghị tuyên truyền đến người dân và

doanh nghiệp trên địa bàn xã
- Cơ quan chủ trì: Ủy ban nhân dân
- Cơ quan phối hợp: Sở Ngoại giao; Phòng Văn hóa
- Thời gian thực hiện: Quý II
2.
- Cơ quan chủ trì: Công an xã
- Thời gian thực hiện: Quý III
Nơi nhận:
- Lưu: VT. *R*
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A

PHỤ LỤC
(Kèm theo Kế hoạch số 7/KH-UBND ngày 12/3/2025 của UBND xã Kim Liên)
STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian
1\tHọp dân\tCông an xã\tQuý I
\tHọp báo\tCông an xã\tQuý II
`,
  "an appendix that gives the number the header lacks": `ỦY BAN NHÂN DÂN
XÃ KIM LIÊN
Kim Liên, ngày 10 tháng 02 năm 2026
KẾ HOẠCH
Tuyên truyền năm 2026
I. NHIỆM VỤ
1. Tổ chức hội nghị
- Cơ quan chủ trì: Công an xã
- Thời gian thực hiện: Quý II

PHỤ LỤC
(Kèm theo Kế hoạch số 7/KH-UBND ngày 10/02/2026 của UBND xã Kim Liên)
`,
  "a name longer than a plan may hold": `KẾ HOẠCH
Tuyên truyền năm 2026
I. NHIỆM VỤ
1. Tổ chức hội nghị
- Cơ quan chủ trì: Phòng ${"Văn hóa ".repeat(200)}
- Thời gian thực hiện: Quý II
`,
};

interface Case {
  name: string;
  run: () => Promise<ImportResult> | ImportResult;
}

/** pdf.js as a browser hands it over, failing or serving pages without text. */
function pdfjs(behaviour: "password" | "broken" | "no-text"): () => Promise<PdfJs> {
  return async () =>
    ({
      getDocument: () => ({
        promise:
          behaviour === "no-text"
            ? Promise.resolve({
                numPages: 1,
                getPage: async () => ({ getTextContent: async () => ({ items: [] }) }),
                destroy: async () => {},
              })
            : Promise.reject(
                new Error(behaviour === "password" ? "No password given" : "Invalid PDF structure."),
              ),
      }),
    }) as unknown as PdfJs;
}

function cases(): Case[] {
  const out: Case[] = [];
  const encode = (text: string) => new TextEncoder().encode(text);
  for (const name of readdirSync(new URL("./fixtures/", import.meta.url))) {
    if (!/\.(txt|md|html|pdf)$/.test(name)) continue;
    out.push({ name, run: () => importFile(fixture(name), { fileName: name }) });
    if (!name.endsWith(".pdf"))
      out.push({ name: `${name} with the locality`, run: () => importFile(fixture(name), { locality }) });
  }
  for (const [name, text] of Object.entries(PROVOKING)) {
    out.push({ name, run: () => importText(text) });
    out.push({ name: `${name} with the locality`, run: () => importText(text, { locality }) });
  }
  // Hostile files: each is refused with a sentence in both languages.
  const ole = new Uint8Array(512);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251);
  const tcvn3 = Uint8Array.from(
    "KÕ ho¹ch tuyªn truyÒn c¶i c¸ch hµnh chÝnh n¨m 2020",
    (ch) => ch.charCodeAt(0) & 0xff,
  );
  const bomb = deflateSync(new Uint8Array(30 * 1024 * 1024), { level: 6 });
  const zipBomb = markDeflated(zipSync({ "word/document.xml": [bomb, { level: 0 }] }), bomb.length);
  const word = docx(
    p("KẾ HOẠCH") +
      p("Tuyên truyền năm 2026") +
      tbl([
        ["STT", "Nhiệm vụ"],
        ["1", "Họp"],
      ]),
  );
  out.push(
    { name: "empty text", run: () => importText("  \n ") },
    { name: "empty file", run: () => importFile(new Uint8Array()) },
    { name: "too large a file", run: () => importFile(encode("KẾ HOẠCH\n"), { maxBytes: 4 }) },
    { name: "binary junk", run: () => importFile(junk) },
    { name: "TCVN3 text", run: () => importFile(tcvn3) },
    { name: "Word 97", run: () => importFile(ole) },
    { name: "a zip that is no Word file", run: () => importFile(zipSync({ "a.txt": strToU8("xin chào") })) },
    { name: "a truncated Word file", run: () => importFile(word.subarray(0, word.length >> 1)) },
    {
      name: "malformed XML",
      run: () => importFile(zipSync({ "word/document.xml": strToU8("<w:document><w:body><w:p><w:t>chưa") })),
    },
    {
      name: "a zip bomb",
      run: () => importFile(zipBomb),
    },
    {
      name: "a PDF with a password",
      run: () => importFile(encode("%PDF-1.7\n"), { pdfjs: pdfjs("password") }),
    },
    { name: "a damaged PDF", run: () => importFile(encode("%PDF-1.7\n"), { pdfjs: pdfjs("broken") }) },
    { name: "a scanned PDF", run: () => importFile(encode("%PDF-1.7\n"), { pdfjs: pdfjs("no-text") }) },
    { name: "a Word file", run: () => importFile(word) },
  );
  return out;
}

/** A stored entry marked as deflated (method 8), 4 GB once inflated: what a zip bomb claims. */
function markDeflated(zip: Uint8Array, compressed: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    const at = sig === 0x04034b50 ? [8, 18, 22] : sig === 0x02014b50 ? [10, 20, 24] : undefined;
    if (!at) continue;
    view.setUint16(i + (at[0] as number), 8, true);
    view.setUint32(i + (at[1] as number), compressed, true);
    view.setUint32(i + (at[2] as number), 0xffffffff, true);
  }
  return out;
}

describe("findings and refusals in English", () => {
  it("words every finding and refusal in English, Vietnamese only in what it quotes", async () => {
    const seen = new Set<FindingCode>();
    const problems: string[] = [];
    for (const c of cases()) {
      const result = await c.run();
      if (!result.ok) {
        seen.add(result.code);
        for (const problem of englishProblems(result.messageEn)) problems.push(`${c.name}: ${problem}`);
        continue;
      }
      for (const f of result.findings) {
        seen.add(f.code);
        for (const problem of englishProblems(f.messageEn, f.quotes))
          problems.push(`${c.name}: ${f.code}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
    const unseen = Object.entries(CODES)
      .filter(([code, kind]) => kind !== "never" && !seen.has(code as FindingCode))
      .map(([code]) => code);
    expect(unseen, "codes no input provoked: add an input that does").toEqual([]);
  });
});
