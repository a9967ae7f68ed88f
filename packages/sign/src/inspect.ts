import { decodeTextString, PdfString } from "./pdf/objects.js";
import { PdfFile } from "./pdf/parse.js";

// What a PDF already says about itself: its pages and the signatures it carries, read without
// rendering it (the CLI counts pages for an edXML package and finds who signed before).

export function pdfPageCount(pdf: Uint8Array): number {
  return new PdfFile(pdf).pages().length;
}

export interface ExistingSignature {
  field: string | undefined;
  /** The signer's name as the signature dictionary gives it (/Name), when it does. */
  name: string | undefined;
  /** /M as written ("D:20260109101530+07'00'"). */
  signedAt: string | undefined;
}

export function existingSignatures(pdf: Uint8Array): ExistingSignature[] {
  const file = new PdfFile(pdf);
  const form = file.dict(file.catalog.get("AcroForm"));
  const fields = file.resolve(form?.get("Fields"));
  const out: ExistingSignature[] = [];
  const str = (o: unknown) => (o instanceof PdfString ? decodeTextString(o).normalize("NFC") : undefined);
  for (const f of Array.isArray(fields) ? fields : []) {
    const field = file.dict(f);
    const value = file.dict(field?.get("V"));
    if (!field || !value) continue;
    if (value.get("ByteRange") === undefined) continue;
    out.push({ field: str(field.get("T")), name: str(value.get("Name")), signedAt: str(value.get("M")) });
  }
  return out;
}
