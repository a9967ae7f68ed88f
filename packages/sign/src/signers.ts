import { readCertificate } from "./cms/cms.js";

// Who makes the signature value. Three shapes, so that a deployment can plug in what it has:
//
// - KeySigner: this package builds the CMS and asks only for the signature over the signed
//   attributes. A WebCrypto key (browser or Node) and a PKCS#12 file (Node) are KeySigners; so is
//   a token plugin that signs data or a hash with the certificate's key.
// - CmsSigner: the signer builds the whole CMS SignedData itself (a token plugin with its own
//   PAdES support) from the SHA-256 digest of the PDF's byte ranges.

export interface SignRequest {
  /** The DER of the signed attributes (a SET): what is signed. */
  data: Uint8Array;
  /** SHA-256 of `data`, for a device that signs a precomputed hash (PKCS#1 v1.5 DigestInfo / ECDSA). */
  digest: Uint8Array;
}

export interface KeySigner {
  kind: "key";
  /** The signer's certificate, DER. */
  certificate: Uint8Array;
  /** The issuing chain (DER), carried in the CMS so a verifier can build the path. */
  chain?: readonly Uint8Array[] | undefined;
  /**
   * The signature value: RSASSA-PKCS1-v1_5 with SHA-256 over `data` for an RSA key; ECDSA with
   * SHA-256 over `data` (r‖s or DER) for an EC key.
   */
  sign(request: SignRequest): Promise<Uint8Array>;
}

export interface CmsRequest {
  /** SHA-256 of the PDF's signed byte ranges: the message-digest attribute the CMS must carry. */
  digest: Uint8Array;
  digestAlgorithm: "SHA-256";
  /** The signing time written in the signature dictionary (/M), ISO 8601 with the Vietnam offset. */
  signingTime: string;
}

export interface CmsSigner {
  kind: "cms";
  /** Returns a detached CMS SignedData (DER) whose message-digest attribute is `digest`. */
  sign(request: CmsRequest): Promise<Uint8Array>;
}

export type Signer = KeySigner | CmsSigner;

/** WebCrypto's CryptoKey, named so that it type-checks with the DOM's types and with Node's. */
export type WebCryptoKey = Parameters<typeof crypto.subtle.sign>[1];

/**
 * A KeySigner over a WebCrypto private key (RSASSA-PKCS1-v1_5 or ECDSA, with SHA-256): the
 * browser path, and the one the PKCS#12 loader uses in Node.
 */
export function webCryptoSigner(
  privateKey: WebCryptoKey,
  certificate: Uint8Array,
  chain: readonly Uint8Array[] = [],
): KeySigner {
  const info = readCertificate(certificate);
  const algorithm =
    info.keyAlgorithm === "RSA"
      ? { name: "RSASSA-PKCS1-v1_5" }
      : { name: "ECDSA", hash: { name: "SHA-256" } };
  return {
    kind: "key",
    certificate,
    chain,
    async sign({ data }) {
      return new Uint8Array(await crypto.subtle.sign(algorithm, privateKey, data as Uint8Array<ArrayBuffer>));
    },
  };
}
