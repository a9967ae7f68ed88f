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
