import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readEdxml } from "@kehoach/edxml";
import { serializePlan } from "@kehoach/plan-model";
import { samplePlan } from "@kehoach/plan-model/sample";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli.js";
import { type CliIo, processIo } from "../io.js";

let dir: string;
let planPath: string;
let localityPath: string;
let bareLocalityPath: string;

function captureIo(): CliIo & { stdout: string; stderr: string } {
  const io = {
    ...processIo,
    stdout: "",
    stderr: "",
    out: (t: string) => {
      io.stdout += `${t}\n`;
    },
    err: (t: string) => {
      io.stderr += `${t}\n`;
    },
  };
  return io;
}

async function cli(...argv: string[]) {
  const io = captureIo();
  const code = await runCli(argv, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kehoach-cli-edxml-"));
  planPath = join(dir, "ke-hoach.json");
  await writeFile(planPath, serializePlan(samplePlan));
  const text = await readFile(
    new URL("../../../../localities/kim-lien/locality.json", import.meta.url),
    "utf8",
  );
  bareLocalityPath = join(dir, "khong-ma.json");
  await writeFile(bareLocalityPath, text);
  // Codes of the shape QĐ 20/2020 gives; these values stand for no real agency.
  const codes: Record<string, string> = { "ubnd-xa": "000.01.01.Z90", "so-noi-vu": "000.02.00.Z90" };
  const locality = JSON.parse(text) as { agencies: { id: string; edocCode?: string }[] };
  for (const a of locality.agencies) if (codes[a.id]) a.edocCode = codes[a.id];
  localityPath = join(dir, "locality.json");
  await writeFile(localityPath, JSON.stringify(locality));
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("kehoach export-edxml", () => {
  it("packs the plan, its PDF and its .docx, sender and recipients by their codes", async () => {
    const out = join(dir, "15-KH-UBND.edxml");
    const r = await cli("export-edxml", planPath, "--locality", localityPath, "-o", out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Ủy ban nhân dân xã Kim Liên → Sở Nội vụ tỉnh Nghệ An (000.02.00.Z90)");
    expect(r.stderr).toContain("Trưởng các thôn"); // no code: said, not silently dropped
    const message = readEdxml(await readFile(out, "utf8"));
    expect(message.from.organId).toBe("000.01.01.Z90");
    expect(message.to.map((t) => t.organId)).toEqual(["000.02.00.Z90"]);
    expect(message.code).toEqual({ number: "15", notation: "KH-UBND" });
    expect(message.promulgation).toEqual({ place: "Kim Liên", date: "2026/01/20" });
    expect(message.signer.fullName).toBe("Trần Thị Minh Hương");
    expect(message.otherInfo.pageAmount).toBe(5);
    const [pdf, docx] = message.attachments;
    expect([pdf?.name, docx?.name]).toEqual(["15-KH-UBND.pdf", "15-KH-UBND.docx"]);
    expect(new TextDecoder().decode(pdf!.data.subarray(0, 5))).toBe("%PDF-");
    expect([...docx!.data.subarray(0, 2)]).toEqual([0x50, 0x4b]); // a zip: the .docx
  }, 60_000);

  it("attaches the PDF given with --pdf (the signed one) byte for byte", async () => {
    const signed = join(dir, "da-ky.pdf");
    expect((await cli("render", planPath, "-o", signed, "-q")).code).toBe(0);
    const out = join(dir, "da-ky.edxml");
    const r = await cli("export-edxml", planPath, "--locality", localityPath, "--pdf", signed, "-o", out);
    expect(r.code, r.stderr).toBe(0);
    const message = readEdxml(await readFile(out, "utf8"));
    expect(Buffer.from(message.attachments[0]!.data).equals(await readFile(signed))).toBe(true);
  }, 60_000);

  it("packs the period's báo cáo with --report, Kính gửi and Nơi nhận as recipients", async () => {
    const { createPeriodData, emptyDraft, serializeReportFile } = await import("@kehoach/report-model");
    const data = createPeriodData({
      plan: samplePlan,
      period: { kind: "quarter", year: 2026, quarter: 2 },
      cutoff: { closingDay: 14, reportDueDay: 20 },
      log: [],
      draft: {
        ...emptyDraft(),
        number: "42",
        issuedOn: "2026-06-20",
        addressees: ["Sở Nội vụ tỉnh Nghệ An"],
        recipients: ["Trưởng các thôn"],
        archive: "VT, VHXH",
        signer: samplePlan.signer,
      },
    });
    const periodPath = join(dir, "du-lieu-ky.json");
    await writeFile(periodPath, serializeReportFile(data));
    const out = join(dir, "bao-cao.edxml");
    const r = await cli(
      "export-edxml",
      planPath,
      "--locality",
      localityPath,
      "--report",
      periodPath,
      "--today",
      "2026-06-20",
      "-o",
      out,
    );
    expect(r.code, r.stderr).toBe(0);
    const message = readEdxml(await readFile(out, "utf8"));
    expect(message.documentType).toEqual({ type: 14, typeDetail: 0, typeName: "Báo cáo" });
    expect(message.code.number).toBe("42");
    expect(message.promulgation.date).toBe("2026/06/20");
    expect(message.to.map((t) => t.organId)).toEqual(["000.02.00.Z90"]);
    expect(message.toPlaces).toEqual(["Sở Nội vụ tỉnh Nghệ An", "Trưởng các thôn"]);
    expect(message.attachments.map((a) => a.name)).toEqual([
      `42-${message.code.notation}.pdf`,
      `42-${message.code.notation}.docx`,
    ]);
  }, 60_000);

  it("refuses, saying why, a directory without codes and a missing --locality", async () => {
    const r = await cli("export-edxml", planPath, "--locality", bareLocalityPath, "-o", join(dir, "x.edxml"));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/chưa có mã định danh điện tử \(edocCode\)/u);
    const missing = await cli("export-edxml", planPath, "-o", join(dir, "x.edxml"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--locality/u);
  }, 60_000);
});
