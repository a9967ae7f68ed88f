import {
  children,
  type Der,
  DerError,
  explicit,
  integer,
  nullValue,
  octetString,
  oid,
  readDer,
  readDerString,
  readOid,
  sequence,
  set,
  tlv,
} from "./der.js";

// CMS SignedData (RFC 5652) as PAdES baseline B-B wants it (ETSI EN 319 142-1 §6.3): detached
// (no encapsulated content), SHA-256, and the signed attributes content-type, message-digest and
// ESS signing-certificate-v2. The signing time is not a CMS attribute in PAdES: it is the /M of the
// signature dictionary, which the signature covers.

export const OID = {
  data: "1.2.840.113549.1.7.1",
  signedData: "1.2.840.113549.1.7.2",
  contentType: "1.2.840.113549.1.9.3",
  messageDigest: "1.2.840.113549.1.9.4",
  signingTime: "1.2.840.113549.1.9.5",
  signingCertificateV2: "1.2.840.113549.1.9.16.2.47",
  sha256: "2.16.840.1.101.3.4.2.1",
  rsaEncryption: "1.2.840.113549.1.1.1",
  ecPublicKey: "1.2.840.10045.2.1",
  ecdsaWithSha256: "1.2.840.10045.4.3.2",
  commonName: "2.5.4.3",
  organization: "2.5.4.10",
  p256: "1.2.840.10045.3.1.7",
  p384: "1.3.132.0.34",
  p521: "1.3.132.0.35",
} as const;

/** What this package reads from a signer's X.509 certificate. */
export interface CertificateInfo {
  der: Uint8Array;
  /** The issuer Name, as encoded (copied into the SignerInfo). */
  issuer: Uint8Array;
  /** The serial number INTEGER, as encoded. */
  serial: Uint8Array;
  subjectCommonName: string | undefined;
  subjectOrganization: string | undefined;
  issuerCommonName: string | undefined;
  keyAlgorithm: "RSA" | "ECDSA";
  /** For an EC key: P-256, P-384 or P-521. */
  namedCurve: string | undefined;
  notBefore: Date | undefined;
  notAfter: Date | undefined;
}

/** A certificate that cannot be used, said in Vietnamese. */
export class CertificateError extends Error {
  override name = "CertificateError";
}

export function readCertificate(der: Uint8Array): CertificateInfo {
  try {
    const cert = readDer(der);
    const tbs = children(cert)[0];
    if (cert.tag !== 0x30 || !tbs || tbs.tag !== 0x30) throw new DerError("không phải chứng thư");
    const fields = children(tbs);
    let i = fields[0]?.tag === 0xa0 ? 1 : 0;
    const serial = fields[i++]!;
    i++; // signature algorithm
    const issuer = fields[i++]!;
    const validity = fields[i++]!;
    const subject = fields[i++]!;
    const spki = fields[i++]!;
    const algorithm = children(children(spki)[0]!);
    const keyOid = readOid(algorithm[0]!.content);
    let keyAlgorithm: CertificateInfo["keyAlgorithm"];
    let namedCurve: string | undefined;
    if (keyOid === OID.rsaEncryption) keyAlgorithm = "RSA";
    else if (keyOid === OID.ecPublicKey) {
      keyAlgorithm = "ECDSA";
      const curve = algorithm[1] ? readOid(algorithm[1].content) : "";
      namedCurve = { [OID.p256]: "P-256", [OID.p384]: "P-384", [OID.p521]: "P-521" }[curve];
    } else
      throw new CertificateError(
        `Chứng thư số dùng thuật toán khóa ${keyOid}, chưa được hỗ trợ (chỉ RSA và ECDSA).`,
      );
    const [notBefore, notAfter] = children(validity).map(readTime);
    return {
      der: cert.raw,
      issuer: issuer.raw,
      serial: serial.raw,
      subjectCommonName: nameAttribute(subject, OID.commonName),
      subjectOrganization: nameAttribute(subject, OID.organization),
      issuerCommonName: nameAttribute(issuer, OID.commonName),
      keyAlgorithm,
      namedCurve,
      notBefore,
      notAfter,
    };
  } catch (error) {
    if (error instanceof CertificateError) throw error;
    throw new CertificateError("Chứng thư số không đọc được (không phải chứng thư X.509 dạng DER).");
  }
}

function nameAttribute(name: Der, wanted: string): string | undefined {
  for (const rdn of children(name)) {
    for (const atv of children(rdn)) {
      const [type, value] = children(atv);
      if (type && value && readOid(type.content) === wanted) return readDerString(value).normalize("NFC");
    }
  }
  return undefined;
}

function readTime(der: Der): Date | undefined {
  const s = new TextDecoder().decode(der.content);
  const m = /^(\d{2,4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/u.exec(s);
  if (!m) return undefined;
  let year = Number(m[1]);
  if (m[1]!.length === 2) year += year >= 50 ? 1900 : 2000;
  return new Date(
    Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)),
  );
}

const algorithmId = (dotted: string, withNull: boolean) =>
  withNull ? sequence(oid(dotted), nullValue()) : sequence(oid(dotted));

const attribute = (type: string, value: Uint8Array) => sequence(oid(type), set(value));

/** The DER of the signed attributes as they are signed (a SET, tag 0x31). */
export function signedAttributes(messageDigest: Uint8Array, certificateHash: Uint8Array): Uint8Array {
  return set(
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octetString(messageDigest)),
    attribute(OID.signingCertificateV2, sequence(sequence(sequence(octetString(certificateHash))))),
  );
}

/** WebCrypto's ECDSA signature (r‖s) as the DER ECDSA-Sig-Value CMS carries. */
export function ecdsaToDer(raw: Uint8Array): Uint8Array {
  if (raw[0] === 0x30) return raw; // already DER
  const half = raw.length / 2;
  const int = (bytes: Uint8Array) => {
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0) start++;
    const trimmed = bytes.subarray(start);
    return tlv(0x02, trimmed[0]! & 0x80 ? Uint8Array.of(0, ...trimmed) : trimmed);
  };
  return sequence(int(raw.subarray(0, half)), int(raw.subarray(half)));
}

export function buildSignedData(options: {
  signer: CertificateInfo;
  chain: readonly Uint8Array[];
  signedAttributes: Uint8Array;
  signature: Uint8Array;
}): Uint8Array {
  const { signer } = options;
  const signatureAlgorithm =
    signer.keyAlgorithm === "RSA"
      ? algorithmId(OID.rsaEncryption, true)
      : algorithmId(OID.ecdsaWithSha256, false);
  const signedAttrs = Uint8Array.from(options.signedAttributes);
  signedAttrs[0] = 0xa0; // [0] IMPLICIT in the SignerInfo
  const signerInfo = sequence(
    integer(1),
    sequence(signer.issuer, signer.serial),
    algorithmId(OID.sha256, false),
    signedAttrs,
    signatureAlgorithm,
    octetString(signer.keyAlgorithm === "ECDSA" ? ecdsaToDer(options.signature) : options.signature),
  );
  const certificates = [signer.der, ...options.chain.filter((c) => !sameBytes(c, signer.der))];
  const signedData = sequence(
    integer(1),
    set(algorithmId(OID.sha256, false)),
    sequence(oid(OID.data)),
    tlv(0xa0, ...certificates),
    set(signerInfo),
  );
  return sequence(oid(OID.signedData), explicit(0, signedData));
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** What a CMS SignedData from elsewhere (a token plugin) says about itself. */
export interface SignedDataInfo {
  /** The message-digest signed attribute: must be the digest of the PDF's byte ranges. */
  messageDigest: Uint8Array | undefined;
  detached: boolean;
  signer: CertificateInfo | undefined;
}

export function readSignedData(der: Uint8Array): SignedDataInfo {
  try {
    const contentInfo = readDer(der);
    const [type, wrapped] = children(contentInfo);
    if (!type || readOid(type.content) !== OID.signedData || !wrapped) {
      throw new DerError("không phải SignedData");
    }
    const parts = children(children(wrapped)[0]!);
    const encap = children(parts[2]!);
    const detached = encap.length === 1;
    let certs: Der[] = [];
    let signerInfos: Der | undefined;
    for (const p of parts.slice(3)) {
      if (p.tag === 0xa0) certs = children(p);
      if (p.tag === 0x31) signerInfos = p;
    }
    const signerInfo = signerInfos ? children(signerInfos)[0] : undefined;
    let messageDigest: Uint8Array | undefined;
    let signer: CertificateInfo | undefined;
    if (signerInfo) {
      const fields = children(signerInfo);
      const sid = fields[1];
      for (const f of fields) {
        if (f.tag !== 0xa0) continue;
        for (const attr of children(f)) {
          const [attrType, values] = children(attr);
          if (attrType && values && readOid(attrType.content) === OID.messageDigest) {
            messageDigest = children(values)[0]?.content;
          }
        }
      }
      for (const c of certs) {
        const info = readCertificate(c.raw);
        if (sid && sameBytes(sequence(info.issuer, info.serial), sid.raw)) signer = info;
      }
    }
    return { messageDigest, detached, signer };
  } catch (error) {
    if (error instanceof CertificateError) throw error;
    throw new CertificateError("Chữ ký trả về không phải CMS SignedData (DER) hợp lệ.");
  }
}
