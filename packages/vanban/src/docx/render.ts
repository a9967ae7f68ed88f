import { Document } from "docx";
import type { VanBan } from "../model.js";
import { type LayoutProfile, nd30Profile, ProfileError, validateProfile } from "../profile.js";
import { typeNameLine } from "../text-lines.js";
import { assertPrintable } from "../validate.js";
import { packDocx } from "./package.js";
import { documentSections } from "./sections.js";
import { documentStyles } from "./styles.js";

export interface RenderDocxOptions {
  /** The layout profile; `nd30Profile(14)` by default, as for the PDF. */
  profile?: LayoutProfile;
  /** Issuing (ban hành) rather than a draft: refuses what validateVanBan finds (see renderPdf). */
  issuing?: boolean;
}

/**
 * Renders a văn bản to the bytes of a .docx file, in Node, a browser or a worker. It reads the
 * same tree as `renderPdf`, refuses the same documents (`VanBanError`, `ProfileError`), and
 * gives the same bytes for the same document and profile.
 */
export async function renderDocx(doc: VanBan, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  const profile = options.profile ?? nd30Profile(14);
  const profileProblems = validateProfile(profile);
  if (profileProblems.length > 0) throw new ProfileError(profileProblems);
  assertPrintable(doc, { issuing: options.issuing ?? false });

  const file = new Document({
    title: nfc(doc.metadata?.title ?? `${typeNameLine(doc) ?? "Công văn"} ${doc.subject}`.trim()),
    subject: nfc(doc.subject),
    creator: nfc(doc.metadata?.author ?? doc.issuingBody.join(" ")),
    lastModifiedBy: "Kế hoạch Kit",
    styles: documentStyles(profile),
    compatibility: { version: 15 },
    sections: documentSections(doc, profile),
  });
  return packDocx(file, creationDate(doc));
}

/** From the document, never the clock: the same document gives the same bytes. */
function creationDate(doc: VanBan): Date {
  if (doc.metadata?.creationDate) {
    const date = new Date(doc.metadata.creationDate);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return new Date(Date.UTC(doc.date.year, (doc.date.month ?? 1) - 1, doc.date.day ?? 1));
}

const nfc = (text: string) => text.normalize("NFC");
