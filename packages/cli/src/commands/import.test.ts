import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parsePlanJson } from "@kehoach/plan-model";
import { describe, expect, it } from "vitest";
import { captureIo } from "../capture-io.test-helpers.js";
import { runCli } from "../cli.js";

const dir = await mkdtemp(join(tmpdir(), "kehoach-import-"));

const PLAN = `ỦY BAN NHÂN DÂN
XÃ AN PHÚ
Số: 4/KH-UBND
An Phú, ngày 10 tháng 02 năm 2026
KẾ HOẠCH
Tuyên truyền cải cách hành chính năm 2026
I. NHIỆM VỤ
1. Tuyên truyền trên loa truyền thanh
- Cơ quan chủ trì: Phòng VH-XH
- Cơ quan phối hợp: Công an xã, các thôn
- Thời gian thực hiện: Hằng tháng
Nơi nhận:
- Lưu: VT.
CHỦ TỊCH
Lê Văn Bình
`;

// A locality written for this test: two agencies, one known by its short name.
const LOCALITY = {
  schemaVersion: 1,
  slug: "an-phu",
  name: "Xã An Phú",
  unitId: "xa-an-phu",
  units: [{ id: "xa-an-phu", name: "An Phú", type: "xa", level: "commune" }],
  agencies: [
    {
      id: "ubnd",
      name: "Ủy ban nhân dân xã An Phú",
      shortNames: ["UBND xã"],
      kind: "ubnd",
      unitId: "xa-an-phu",
    },
    {
      id: "vhxh",
      name: "Phòng Văn hóa - Xã hội",
      shortNames: ["Phòng VH-XH"],
      kind: "co_quan_chuyen_mon",
      unitId: "xa-an-phu",
    },
  ],
  signers: [],
};

describe("kehoach import", () => {
  it("prints the summary JSON on stdout, and what to review on stderr", async () => {
    const file = join(dir, "an-phu.txt");
    await writeFile(file, PLAN);
    const io = captureIo();
    expect(await runCli(["import", file, "--summary"], io)).toBe(0);
    const summary = JSON.parse(io.stdout);
    expect(Object.keys(summary)).toEqual([
      "docType",
      "issuer",
      "planYear",
      "number",
      "symbol",
      "place",
      "issuedOn",
      "title",
      "signer",
      "tasks",
    ]);
    expect(summary).toMatchObject({
      docType: "KH",
      issuer: "Ủy ban nhân dân xã An Phú",
      planYear: 2026,
      number: "4",
      symbol: "KH-UBND",
      place: "An Phú",
      issuedOn: "2026-02-10",
      signer: { authority: null, title: "CHỦ TỊCH", name: "Lê Văn Bình" },
      tasks: [{ ref: "1", leads: ["Phòng VH-XH"], supports: ["Công an xã", "các thôn"], time: "Hằng tháng" }],
    });
    expect(io.stderr).toMatch(/Đã đọc \d+ dòng, 1 nhiệm vụ/);
  });

  it("writes a plan the plan model loads, with agencies matched to a locality given by path", async () => {
    const file = join(dir, "an-phu-2.txt");
    const locality = join(dir, "locality.json");
    const out = join(dir, "ke-hoach.json");
    await writeFile(file, PLAN);
    await writeFile(locality, JSON.stringify(LOCALITY));
    const io = captureIo();
    expect(await runCli(["import", file, "--locality", locality, "-o", out, "-q"], io)).toBe(0);
    const loaded = parsePlanJson(await readFile(out, "utf8"));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const roles = loaded.plan.tasks[0]?.roles ?? [];
    expect(roles.find((r) => r.agency.name === "Phòng VH-XH")?.agency.id).toBe("vhxh");
    expect(roles.find((r) => r.agency.name === "Công an xã")?.agency.id).toBeUndefined();
    expect(loaded.plan.issuer.agencyId).toBe("ubnd");
  });

  it("keeps names as written and says so when the locality slug has no directory", async () => {
    const file = join(dir, "an-phu-3.txt");
    await writeFile(file, PLAN);
    const io = captureIo();
    expect(
      await runCli(["import", file, "--locality", "khong-co-dia-phuong-nay", "--summary", "-q"], io),
    ).toBe(0);
    expect(io.stderr).toMatch(/Không tìm thấy địa phương "khong-co-dia-phuong-nay"/);
    expect(JSON.parse(io.stdout).tasks[0].leads).toEqual(["Phòng VH-XH"]);
  });

  it("reads a PDF with a text layer, and refuses a Word 97 .doc asking for .docx", async () => {
    const file = join(dir, "ke-hoach.pdf");
    await writeFile(
      file,
      textPdf([
        "KE HOACH",
        "Tuyen truyen phap luat nam 2026",
        "I. NHIEM VU",
        "1. To chuc hoi thi tim hieu phap luat",
        "- Co quan chu tri: Cong an xa",
        "- Thoi gian thuc hien: Quy II/2026",
      ]),
    );
    const io = captureIo();
    expect(await runCli(["import", file, "--summary"], io)).toBe(0);
    expect(JSON.parse(io.stdout).tasks).toEqual([
      {
        ref: "1",
        text: "To chuc hoi thi tim hieu phap luat",
        leads: ["Cong an xa"],
        supports: [],
        time: "Quy II/2026",
      },
    ]);
    const doc = join(dir, "ke-hoach.doc");
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await writeFile(doc, ole);
    const refused = captureIo();
    expect(await runCli(["import", doc], refused)).toBe(1);
    expect(refused.stderr).toMatch(/lưu lại dưới dạng \.docx/);
  });

  it("refuses binary junk and a missing file in Vietnamese, with a non-zero exit", async () => {
    const junk = join(dir, "rac.bin");
    await writeFile(junk, new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const io = captureIo();
    expect(await runCli(["import", junk, "--summary"], io)).toBe(1);
    expect(io.stderr).toMatch(/Không nhập được .*không phải văn bản/);
    const missing = captureIo();
    expect(await runCli(["import", join(dir, "khong-co.txt")], missing)).toBe(1);
    expect(missing.stderr).toMatch(/Không tìm thấy tệp/);
  });
});

/** A one-page PDF whose text layer holds the given lines (Helvetica, ASCII), top to bottom. */
function textPdf(lines: string[]): Uint8Array {
  const text = lines.map((l, i) => `BT /F1 12 Tf 50 ${780 - i * 16} Td (${l}) Tj ET`).join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
