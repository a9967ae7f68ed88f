import {
  type Agency,
  createAgencyMatcher,
  createDirectory,
  EdocCodeSchema,
  type Locality,
} from "@kehoach/plan-model";
import { toneKey } from "@kehoach/text-vi";
import type { VanBan } from "@kehoach/vanban";

// Who the báo cáo's edXML package is from and to, by the electronic identifiers of QĐ 20/2020/
// QĐ-TTg. The locality directory gives them where it has them (`edocCode`); where it has none, the
// office types them in, and they are used as if the directory had them. The package itself is made
// by @kehoach/edxml, which refuses a draft, a sender without a code and a package without a
// recipient: this module only finds who lacks a code and lends the typed codes to a copy of the
// directory.

export interface EdocParty {
  /** The key a typed code is kept under: the name, tone marks and case aside. */
  key: string;
  /** As the document writes it ("Sở Nội vụ tỉnh Nghệ An (để b/c)" without "(để b/c)"). */
  name: string;
  /** The directory agency it is, when the directory knows it. */
  agency?: Agency | undefined;
}

export interface EdocParties {
  sender: EdocParty;
  recipients: EdocParty[];
}

/** The places of Kính gửi and Nơi nhận that can receive the package ("Như trên" and "Lưu" cannot). */
function placesOf(doc: VanBan): string[] {
  return [...(doc.addressees ?? []), ...(doc.recipients?.items ?? [])]
    .map((n) =>
      n
        .normalize("NFC")
        .replace(/[;.,\s]+$/u, "")
        .replace(/\s*\([^()]*\)$/u, "")
        .trim(),
    )
    .filter((n) => n !== "" && !/^như trên$/iu.test(n) && !/^lưu\b/iu.test(n));
}

export function edocParties(doc: VanBan, locality: Locality, issuerAgencyId?: string): EdocParties {
  const directory = createDirectory(locality);
  const matcher = createAgencyMatcher(directory);
  const find = (name: string): Agency | undefined => {
    const found = matcher.match(name);
    return found.status === "matched" ? found.agency : undefined;
  };
  const issuerName = doc.issuerName ?? doc.issuingBody.join(" ");
  const sender: EdocParty = {
    key: toneKey(issuerName),
    name: issuerName,
    agency: (issuerAgencyId ? directory.agencies.get(issuerAgencyId) : undefined) ?? find(issuerName),
  };
  const seen = new Set<string>([sender.key]);
  const recipients = placesOf(doc).flatMap((name): EdocParty[] => {
    const key = toneKey(name);
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ key, name, agency: find(name) }];
  });
  return { sender, recipients };
}

/** Whether a typed identifier has the form of QĐ 20/2020 (four levels, "000.00.00.H40"). */
export function isEdocCode(text: string): boolean {
  return EdocCodeSchema.safeParse(text.trim()).success;
}

/**
 * The directory as the package is made from: each party without a code in the directory gets the
 * one typed for it (an agency the directory does not know is added under the name the document
 * writes). Returns the sender's id, so the package need not guess it from the header.
 */
export function withTypedCodes(
  locality: Locality,
  parties: EdocParties,
  typed: Readonly<Record<string, string>>,
): { locality: Locality; fromAgencyId: string | undefined } {
  const agencies = [...locality.agencies];
  const lend = (party: EdocParty, index: number): string | undefined => {
    const code = typed[party.key]?.trim();
    if (party.agency?.edocCode) return party.agency.id;
    if (!code || !isEdocCode(code)) return party.agency?.id;
    if (party.agency) {
      const at = agencies.findIndex((a) => a.id === party.agency?.id);
      agencies[at] = { ...party.agency, edocCode: code };
      return party.agency.id;
    }
    const id = `ma-nhap-tay-${index}`;
    agencies.push({
      id,
      name: party.name,
      shortNames: [],
      aliases: [],
      kind: "to_chuc_khac",
      predecessors: [],
      successors: [],
      names: [],
      edocCode: code,
    } as Agency);
    return id;
  };
  const fromAgencyId = lend(parties.sender, 0);
  parties.recipients.forEach((p, i) => {
    lend(p, i + 1);
  });
  return { locality: { ...locality, agencies }, fromAgencyId };
}
