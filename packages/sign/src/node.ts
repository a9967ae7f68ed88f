import forge from "node-forge";
import { readCertificate } from "./cms/cms.js";
import { fromLatin1, latin1 } from "./pdf/objects.js";
import { type KeySigner, webCryptoSigner } from "./signers.js";

// Node only: a signer from a PKCS#12 (.p12, .pfx) file. node-forge reads the file, old (3DES, RC2)
// and new (PBES2 with AES, as OpenSSL 3 writes) alike; the key then goes into WebCrypto, so the
// signature is made by the same code as in the browser.

export class P12Error extends Error {
  override name = "P12Error";
}

export interface P12Signer extends KeySigner {
  /** The certificate holder's name (CN), to find the signature block and to say who signed. */
  subjectCommonName: string | undefined;
  notAfter: Date | undefined;
}

type Bag = {
  cert?: forge.pki.Certificate | null;
  key?: forge.pki.PrivateKey | null;
  asn1?: forge.asn1.Asn1;
  attributes: Record<string, unknown[]>;
};

export async function loadP12(bytes: Uint8Array, password: string): Promise<P12Signer> {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(fromLatin1(bytes)));
    try {
      p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
    } catch (first) {
      // OpenSSL 3 checks the MAC with the password in UTF-16 (as node-forge does) but derives the
      // PBES2 keys of the bags from its UTF-8 bytes, which node-forge takes as given. A password
      // outside ASCII whose MAC verified (the failure came later, decrypting a bag) is tried again
      // for the bags with its UTF-8 bytes; the MAC, already verified, is set aside for that pass.
      const message = first instanceof Error ? first.message : "";
      if (/^[\x20-\x7e]*$/u.test(password) || /MAC could not be verified/u.test(message)) throw first;
      const withoutMac = forge.asn1.fromDer(forge.util.createBuffer(fromLatin1(bytes)));
      (withoutMac.value as forge.asn1.Asn1[]).splice(2);
      p12 = forge.pkcs12.pkcs12FromAsn1(withoutMac, false, forge.util.encodeUtf8(password));
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    if (/password|MAC could not be verified|decrypt/iu.test(message)) {
      throw new P12Error("Mật khẩu của tệp chứng thư số (.p12) không đúng.");
    }
    throw new P12Error(
      `Tệp chứng thư số không phải PKCS#12 (.p12, .pfx) đọc được (${message || "dữ liệu hỏng"}).`,
    );
  }
  const bags = (type: string) => (p12.getBags({ bagType: type })[type] ?? []) as unknown as Bag[];
  const keyBags = [...bags(forge.pki.oids.pkcs8ShroudedKeyBag!), ...bags(forge.pki.oids.keyBag!)];
  const certBags = bags(forge.pki.oids.certBag!);
  if (keyBags.length === 0) throw new P12Error("Tệp .p12 không có khóa bí mật: không ký được bằng tệp này.");
  if (certBags.length === 0) throw new P12Error("Tệp .p12 không có chứng thư số.");
  const keyBag = keyBags[0]!;
  const certs = certBags.map((bag) => ({
    der: latin1(
      forge.asn1
        .toDer(bag.cert ? forge.pki.certificateToAsn1(bag.cert) : (bag.asn1 as forge.asn1.Asn1))
        .getBytes(),
    ),
    localKeyId: localKeyId(bag),
  }));
  const keyId = localKeyId(keyBag);
  const infos = certs.map((c) => readCertificate(c.der));
  let index = keyId ? certs.findIndex((c) => c.localKeyId === keyId) : -1;
  if (index < 0) {
    // No key id: the end-entity certificate is the one that issued no other in the file.
    index = infos.findIndex(
      (info) => !infos.some((other) => other !== info && equal(other.issuer, subjectOf(info.der))),
    );
  }
  if (index < 0) index = 0;
  const leaf = infos[index]!;
  const chain = certs.filter((_, i) => i !== index).map((c) => c.der);

  const pkcs8 = latin1(
    forge.asn1
      .toDer(
        keyBag.key
          ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(keyBag.key as forge.pki.rsa.PrivateKey))
          : (keyBag.asn1 as forge.asn1.Asn1),
      )
      .getBytes(),
  );
  const algorithm =
    leaf.keyAlgorithm === "RSA"
      ? { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }
      : { name: "ECDSA", namedCurve: leaf.namedCurve ?? "P-256" };
  let key: Awaited<ReturnType<typeof crypto.subtle.importKey>>;
  try {
    key = await crypto.subtle.importKey("pkcs8", pkcs8 as Uint8Array<ArrayBuffer>, algorithm, false, [
      "sign",
    ]);
  } catch {
    throw new P12Error(
      "Khóa bí mật trong tệp .p12 không dùng được để ký (không khớp thuật toán của chứng thư).",
    );
  }
  return {
    ...webCryptoSigner(key, leaf.der, chain),
    subjectCommonName: leaf.subjectCommonName,
    notAfter: leaf.notAfter,
  };
}

function localKeyId(bag: Bag): string | undefined {
  const id = bag.attributes?.localKeyId?.[0];
  return typeof id === "string" ? id : undefined;
}

function subjectOf(der: Uint8Array): Uint8Array {
  const cert = forge.asn1.fromDer(forge.util.createBuffer(fromLatin1(der)));
  const tbs = (cert.value as forge.asn1.Asn1[])[0]!;
  const fields = tbs.value as forge.asn1.Asn1[];
  const offset = fields[0]!.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
  return latin1(forge.asn1.toDer(fields[offset + 4]!).getBytes());
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
