import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

// Test certificates made at run time with openssl: a CA and the signers it issues, as PKCS#12
// files. Nothing secret is committed; each test run has its own keys.

const run = promisify(execFile);

export interface TestPki {
  dir: string;
  password: string;
  /** A .p12 holding the signer's key, certificate and the CA. */
  p12(name: string, options?: { legacy?: boolean; ec?: boolean; cn?: string }): Promise<Uint8Array>;
  /** The signer's certificate and key as PEM files, for a test that signs another way. */
  pem(name: string): { cert: string; key: string; ca: string };
  cleanup(): Promise<void>;
}

export async function makeTestPki(): Promise<TestPki> {
  const dir = await mkdtemp(join(tmpdir(), "kehoach-sign-"));
  const password = "mật khẩu thử 123";
  const ca = { key: join(dir, "ca.key"), cert: join(dir, "ca.pem") };
  await run("openssl", ["genrsa", "-out", ca.key, "2048"]);
  await run("openssl", [
    "req",
    "-x509",
    "-new",
    "-utf8",
    "-key",
    ca.key,
    "-sha256",
    "-days",
    "30",
    "-out",
    ca.cert,
    "-subj",
    "/C=VN/O=Kế hoạch Kit (thử nghiệm)/CN=CA thử nghiệm Kế hoạch Kit",
  ]);
  await writeFile(
    join(dir, "leaf.ext"),
    "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,nonRepudiation\n",
  );
  let serial = 1;
  return {
    dir,
    password,
    async p12(name, options = {}) {
      const key = join(dir, `${name}.key`);
      const csr = join(dir, `${name}.csr`);
      const cert = join(dir, `${name}.pem`);
      const out = join(dir, `${name}.p12`);
      if (options.ec)
        await run("openssl", ["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", key]);
      else await run("openssl", ["genrsa", "-out", key, "2048"]);
      await run("openssl", [
        "req",
        "-new",
        "-utf8",
        "-key",
        key,
        "-out",
        csr,
        "-subj",
        `/C=VN/O=UBND xã Đông Sơn/CN=${options.cn ?? "Lê Thị Thu Hà"}`,
      ]);
      await run("openssl", [
        "x509",
        "-req",
        "-in",
        csr,
        "-CA",
        ca.cert,
        "-CAkey",
        ca.key,
        "-set_serial",
        String(serial++),
        "-days",
        "30",
        "-sha256",
        "-extfile",
        join(dir, "leaf.ext"),
        "-out",
        cert,
      ]);
      await run("openssl", [
        "pkcs12",
        "-export",
        ...(options.legacy ? ["-legacy"] : []),
        "-inkey",
        key,
        "-in",
        cert,
        "-certfile",
        ca.cert,
        "-name",
        name,
        "-passout",
        `pass:${password}`,
        "-out",
        out,
      ]);
      return new Uint8Array(await readFile(out));
    },
    pem(name) {
      return { cert: join(dir, `${name}.pem`), key: join(dir, `${name}.key`), ca: ca.cert };
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

export interface PdfsigSignature {
  index: number;
  commonName: string | undefined;
  valid: boolean;
  totalDocument: boolean;
  signingTime: string | undefined;
  subFilter: string | undefined;
  raw: string;
}

/** poppler's pdfsig on a file: each signature's verdict as it prints it. */
export async function pdfsig(path: string): Promise<PdfsigSignature[]> {
  const { stdout } = await run("pdfsig", [path]).catch((error: { stdout?: string }) => ({
    stdout: error.stdout ?? "",
  }));
  return stdout
    .split(/^Signature #/mu)
    .slice(1)
    .map((block) => ({
      index: Number(block.split(":")[0]),
      commonName: /Signer Certificate Common Name: (.*)/u.exec(block)?.[1]?.trim(),
      valid: /Signature Validation: Signature is Valid\./u.test(block),
      totalDocument: /Total document signed/u.test(block) && !/Not total document signed/u.test(block),
      signingTime: /Signing Time: (.*)/u.exec(block)?.[1]?.trim(),
      subFilter: /Signature Type: (.*)/u.exec(block)?.[1]?.trim(),
      raw: block,
    }));
}
