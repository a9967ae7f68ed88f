import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli.js";
import { type CliIo, processIo } from "../io.js";

// `kehoach sign` end to end: the sample plan rendered by `kehoach render`, signed with test
// certificates made here by openssl (nothing secret is committed), checked by poppler's pdfsig.

const run = promisify(execFile);
const PASSWORD = "mat-khau thu 42";
let dir: string;

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

async function makeP12(name: string, cn: string): Promise<string> {
  const key = join(dir, `${name}.key`);
  const cert = join(dir, `${name}.pem`);
  const p12 = join(dir, `${name}.p12`);
  await run("openssl", ["genrsa", "-out", key, "2048"]);
  await run("openssl", [
    "req",
    "-x509",
    "-new",
    "-utf8",
    "-key",
    key,
    "-sha256",
    "-days",
    "10",
    "-out",
    cert,
    "-subj",
    `/C=VN/CN=${cn}`,
  ]);
  await run("openssl", [
    "pkcs12",
    "-export",
    "-inkey",
    key,
    "-in",
    cert,
    "-passout",
    `pass:${PASSWORD}`,
    "-out",
    p12,
  ]);
  return p12;
}

async function pdfsig(path: string) {
  const { stdout } = await run("pdfsig", [path]).catch((e: { stdout?: string }) => ({
    stdout: e.stdout ?? "",
  }));
  return stdout
    .split(/^Signature #/mu)
    .slice(1)
    .map((b) => ({
      name: /Signer Certificate Common Name: (.*)/u.exec(b)?.[1]?.trim(),
      valid: /Signature is Valid\./u.test(b),
      total: /Total document signed/u.test(b) && !/Not total document signed/u.test(b),
    }));
}

let plan: string;
let leader: string;
let office: string;
let passwordFile: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kehoach-cli-sign-"));
  plan = join(dir, "ke-hoach.pdf");
  expect((await cli("render", "--sample", "-o", plan, "-q")).code).toBe(0);
  // The sample plan is signed by Trần Thị Minh Hương, KT. Chủ tịch, for the UBND xã Kim Liên.
  leader = await makeP12("lanh-dao", "Trần Thị Minh Hương");
  office = await makeP12("co-quan", "Ủy ban nhân dân xã Kim Liên");
  passwordFile = join(dir, "mat-khau.txt");
  await writeFile(passwordFile, `${PASSWORD}\n`);
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("kehoach sign", () => {
  it("signs the rendered plan where its signer's name stands, valid for pdfsig over the whole file", async () => {
    const out = join(dir, "da-ky.pdf");
    const r = await cli("sign", plan, "--p12", leader, "--password-file", passwordFile, "-o", out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /Đã ký .*da-ky\.pdf.*Trần Thị Minh Hương, lúc \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00/u,
    );
    expect(`${r.stdout}${r.stderr}`).not.toContain(PASSWORD);
    expect(await pdfsig(out)).toEqual([{ name: "Trần Thị Minh Hương", valid: true, total: true }]);
  }, 60_000);

  it("adds the organisation's seal as a second signature, the first still valid", async () => {
    const first = join(dir, "lan-1.pdf");
    const second = join(dir, "lan-2.pdf");
    expect(
      (await cli("sign", plan, "--p12", leader, "--password-file", passwordFile, "-o", first)).code,
    ).toBe(0);
    const seal = join(dir, "con-dau.png");
    await writeFile(seal, await readFile(new URL("../../../sign/src/fixtures/seal.png", import.meta.url)));
    const r = await cli(
      "sign",
      first,
      "--p12",
      office,
      "--password-file",
      passwordFile,
      "--role",
      "seal",
      "--image",
      seal,
      "-o",
      second,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(await pdfsig(second)).toEqual([
      { name: "Trần Thị Minh Hương", valid: true, total: false },
      { name: "Ủy ban nhân dân xã Kim Liên", valid: true, total: true },
    ]);
  }, 60_000);

  it("signs an attached document with the number and the signing time at the top right of page 1 (ô 14)", async () => {
    const out = join(dir, "kem-theo.pdf");
    process.env.KEHOACH_P12_PASSWORD = PASSWORD;
    try {
      const r = await cli("sign", plan, "--p12", office, "--role", "attached", "-o", out);
      expect(r.code, r.stderr).toBe(0);
    } finally {
      delete process.env.KEHOACH_P12_PASSWORD;
    }
    const { stdout } = await run("pdftotext", ["-f", "1", "-l", "1", "-layout", out, "-"]);
    const top = stdout.split("\n").find((l) => l.trim() !== "") ?? "";
    expect(top.trim()).toMatch(/^15\/KH-UBND$/u);
    expect(stdout).toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00/u);
    expect((await pdfsig(out))[0]).toMatchObject({ valid: true, total: true });
  }, 60_000);

  it("signs a document rendered with its ô 14 already printed at the printed time, drawing nothing more", async () => {
    const { planToVanBan } = await import("@kehoach/plan-documents");
    const { samplePlan } = await import("@kehoach/plan-model/sample");
    const { renderPdf } = await import("@kehoach/vanban/pdf");
    const { loadTinosFor } = await import("@kehoach/vanban/fonts/node");
    const { isoVietnam } = await import("@kehoach/sign");
    const render = async (at: Date, path: string) => {
      const doc = { ...planToVanBan(samplePlan), organisationSignature: { signedAt: isoVietnam(at) } };
      await writeFile(path, await renderPdf(doc, { fonts: await loadTinosFor(JSON.stringify(doc)) }));
    };
    const at = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    const fresh = join(dir, "in-san.pdf");
    await render(at, fresh);
    const out = join(dir, "in-san-da-ky.pdf");
    process.env.KEHOACH_P12_PASSWORD = PASSWORD;
    try {
      const r = await cli("sign", fresh, "--p12", office, "--role", "attached", "-o", out);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(`lúc ${isoVietnam(at)}`);
      const { stdout } = await run("pdftotext", ["-f", "1", "-l", "1", out, "-"]);
      expect(stdout.split(isoVietnam(at)).length - 1).toBe(1);
      const { stdout: sig } = await run("pdfsig", [out]).catch((e: { stdout?: string }) => ({
        stdout: e.stdout ?? "",
      }));
      const utc = at.toUTCString().split(" "); // "Mon, 07 Dec 2026 21:58:00 GMT"
      expect(sig).toContain(`Signing Time: ${utc[2]} ${utc[1]} ${utc[3]} ${utc[4]}`);
      const stale = join(dir, "in-san-cu.pdf");
      await render(new Date(Date.now() - 3 * 3600_000), stale);
      const late = await cli(
        "sign",
        stale,
        "--p12",
        office,
        "--role",
        "attached",
        "-o",
        join(dir, "cu-da-ky.pdf"),
      );
      expect(late.code).toBe(1);
      expect(late.stderr).toMatch(/đã in sẵn thời gian ký .* quá một giờ/u);
    } finally {
      delete process.env.KEHOACH_P12_PASSWORD;
    }
  }, 60_000);

  it("never overwrites a file without --force, nor writes over its input", async () => {
    const out = join(dir, "co-san.pdf");
    await writeFile(out, "đã có");
    const r = await cli("sign", plan, "--p12", leader, "--password-file", passwordFile, "-o", out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/đã có: thêm --force/u);
    expect(await readFile(out, "utf8")).toBe("đã có");
    const same = await cli("sign", plan, "--p12", leader, "--password-file", passwordFile, "-o", plan);
    expect(same.code).toBe(2);
    expect(
      (await cli("sign", plan, "--p12", leader, "--password-file", passwordFile, "-o", out, "--force")).code,
    ).toBe(0);
  }, 60_000);

  it("asks for the password without taking it on the command line, and says when it is wrong", async () => {
    const missing = await cli("sign", plan, "--p12", leader, "-o", join(dir, "x.pdf"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--password-file .* KEHOACH_P12_PASSWORD/u);
    expect(
      (await cli("sign", plan, "--p12", leader, "--password", PASSWORD, "-o", join(dir, "x.pdf"))).code,
    ).toBe(2);
    const wrong = join(dir, "sai.txt");
    await writeFile(wrong, "sai\n");
    const bad = await cli("sign", plan, "--p12", leader, "--password-file", wrong, "-o", join(dir, "x.pdf"));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/Mật khẩu .* không đúng/u);
  }, 60_000);

  it("says where to put the signature when the certificate's name is not in the document, and takes a box", async () => {
    const stranger = await makeP12("nguoi-khac", "Nguyễn Văn Khác");
    const r = await cli(
      "sign",
      plan,
      "--p12",
      stranger,
      "--password-file",
      passwordFile,
      "-o",
      join(dir, "y.pdf"),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Không tìm thấy họ tên người ký "Nguyễn Văn Khác"/u);
    const boxed = await cli(
      "sign",
      plan,
      "--p12",
      stranger,
      "--password-file",
      passwordFile,
      "--page",
      "1",
      "--rect",
      "110,240,60,25",
      "-o",
      join(dir, "y.pdf"),
    );
    expect(boxed.code, boxed.stderr).toBe(0);
    expect((await pdfsig(join(dir, "y.pdf")))[0]).toMatchObject({ name: "Nguyễn Văn Khác", valid: true });
  }, 60_000);

  it("refuses what is not a PDF, in Vietnamese", async () => {
    const notPdf = join(dir, "khong-phai.pdf");
    await writeFile(notPdf, "xin chào");
    const r = await cli(
      "sign",
      notPdf,
      "--p12",
      leader,
      "--password-file",
      passwordFile,
      "-o",
      join(dir, "z.pdf"),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/không phải PDF/u);
  }, 60_000);
});
