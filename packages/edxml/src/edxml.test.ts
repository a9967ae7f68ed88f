import { readFileSync } from "node:fs";
import { planToVanBan } from "@kehoach/plan-documents";
import { type Locality, parseLocalityJson } from "@kehoach/plan-model";
import { samplePlan } from "@kehoach/plan-model/sample";
import { describe, expect, it } from "vitest";
import { DOCX_TYPE, EdxmlError, edxmlFromVanBan, PDF_TYPE, readEdxml } from "./index.js";
import { localName, parseXml, type XmlElement } from "./xml.js";

// QCVN 102:2016/BTTTT publishes no XSD. This is the element list of a package as the standard's
// structure gives it (edXML Header and Body, MessageHeader 1.1–1.14, TraceHeaderList, the
// manifest and the encoded attachments), in document order; see the README for the sources.
const STANDARD_ELEMENTS = [
  "edXML/edXMLEnvelope/edXMLHeader/MessageHeader/From/OrganId",
  "edXML/edXMLEnvelope/edXMLHeader/MessageHeader/From/OrganName",
  "edXML/edXMLEnvelope/edXMLHeader/MessageHeader/To/OrganId",
  "edXML/edXMLEnvelope/edXMLHeader/MessageHeader/To/OrganName",
  "edXML/edXMLEnvelope/edXMLHeader/MessageHeader/Code/CodeNumber",
  "edXML/edXMLEnvelope/edXMLHeader/MessageHeader/Code/CodeNotation",
  "edXML/edXMLEnvelope/edXMLHeader/MessageHeader/PromulgationInfo/Place",
  "edXML/edXMLEnvelope/edXMLHeader/MessageHeader/PromulgationInfo/PromulgationDate",
  "edXML/edXMLEnvelope/edXMLHeader/MessageHeader/DocumentType/Type",
  "edXML/edXMLEnvelope/edXMLHeader/MessageHeader/DocumentType/TypeDetail",
  "edXML/edXMLEnvelope/edXMLHeader/MessageHeader/DocumentType/TypeName",
  "edXML/edXMLEnvelope/edXMLHeader/MessageHeader/Subject",
  "edXML/edXMLEnvelope/edXMLHeader/MessageHeader/SignerInfo/Competence",
  "edXML/edXMLEnvelope/edXMLHeader/MessageHeader/SignerInfo/Position",
  "edXML/edXMLEnvelope/edXMLHeader/MessageHeader/SignerInfo/FullName",
  "edXML/edXMLEnvelope/edXMLHeader/MessageHeader/ToPlaces/Place",
  "edXML/edXMLEnvelope/edXMLHeader/MessageHeader/OtherInfo/Priority",
  "edXML/edXMLEnvelope/edXMLHeader/MessageHeader/OtherInfo/PageAmount",
  "edXML/edXMLEnvelope/edXMLHeader/MessageHeader/OtherInfo/Appendixes",
  "edXML/edXMLEnvelope/edXMLHeader/MessageHeader/SteeringType",
  "edXML/edXMLEnvelope/edXMLHeader/MessageHeader/DocumentId",
  "edXML/edXMLEnvelope/edXMLHeader/TraceHeaderList/TraceHeader/OrganId",
  "edXML/edXMLEnvelope/edXMLHeader/TraceHeaderList/TraceHeader/Timestamp",
  "edXML/edXMLEnvelope/edXMLBody/edXMLManifest/Reference/AttachmentName",
  "edXML/edXMLEnvelope/edXMLBody/edXMLManifest/Reference/ContentType",
  "edXML/edXMLEnvelope/edXMLBody/edXMLManifest/Reference/ContentId",
  "edXML/AttachmentEncoded/Attachment/ContentType",
  "edXML/AttachmentEncoded/Attachment/ContentId",
  "edXML/AttachmentEncoded/Attachment/AttachmentName",
  "edXML/AttachmentEncoded/Attachment/ContentTransferEncoded",
];

function paths(e: XmlElement, prefix = ""): string[] {
  const here = `${prefix}${localName(e.name)}`;
  return [here, ...e.children.flatMap((c) => paths(c, `${here}/`))];
}

// The commune's directory with codes of the shape QĐ 20/2020 gives; these values stand for no
// real agency (the real locality files carry none until a locality confirms its codes).
function localityWithCodes(): Locality {
  const parsed = parseLocalityJson(
    readFileSync(new URL("../../../localities/kim-lien/locality.json", import.meta.url), "utf8"),
  );
  if (!parsed.ok) throw new Error("kim-lien locality");
  const codes: Record<string, string> = {
    "ubnd-xa": "000.01.01.Z90",
    "so-noi-vu": "000.02.00.Z90",
    "mttq-xa": "000.01.03.Z90",
  };
  return {
    ...parsed.locality,
    agencies: parsed.locality.agencies.map((a) => (codes[a.id] ? { ...a, edocCode: codes[a.id] } : a)),
  };
}

const pdf = new TextEncoder().encode("%PDF-1.7 tệp thử\n%%EOF");
const docx = Uint8Array.from({ length: 300 }, (_, i) => (i * 7) % 256);
const sentAt = new Date("2026-01-20T02:30:00Z");

describe("a plan as an edXML package", () => {
  const doc = planToVanBan(samplePlan);
  const built = edxmlFromVanBan(doc, {
    locality: localityWithCodes(),
    sentAt,
    pageCount: 9,
    files: [
      { name: "15-KH-UBND.pdf", contentType: PDF_TYPE, data: pdf },
      { name: "15-KH-UBND.docx", contentType: DOCX_TYPE, data: docx },
    ],
  });

  it("has every element of the standard's structure, in order", () => {
    const found = paths(parseXml(built.xml));
    let at = 0;
    for (const path of STANDARD_ELEMENTS) {
      const next = found.indexOf(path, at);
      expect(next, path).toBeGreaterThanOrEqual(0);
      at = next;
    }
  });

  it("reads back to the same message, every field compared", () => {
    const back = readEdxml(built.xml);
    expect(back.from).toEqual({
      organId: "000.01.01.Z90",
      organName: "Ủy ban nhân dân xã Kim Liên",
      organizationInCharge: undefined,
      organAdd: undefined,
      email: undefined,
      telephone: undefined,
      fax: undefined,
      website: undefined,
    });
    expect(back.to.map((t) => [t.organId, t.organName])).toEqual([
      ["000.02.00.Z90", "Sở Nội vụ tỉnh Nghệ An"],
      ["000.01.03.Z90", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"],
    ]);
    expect(back.code).toEqual({ number: "15", notation: "KH-UBND" });
    expect(back.documentId).toBe("000.01.01.Z90,2026/01/20,15/KH-UBND");
    expect(back.promulgation).toEqual({ place: "Kim Liên", date: "2026/01/20" });
    expect(back.documentType).toEqual({ type: 10, typeDetail: 0, typeName: "Kế hoạch" });
    expect(back.subject).toBe(doc.subject);
    expect(back.signer).toEqual({
      competence: "TM. Ủy ban nhân dân, KT. Chủ tịch",
      position: "Phó Chủ tịch",
      fullName: "Trần Thị Minh Hương",
    });
    expect(back.toPlaces).toEqual(doc.recipients!.items);
    expect(back.otherInfo).toMatchObject({
      priority: 0,
      pageAmount: 9,
      appendixes: (doc.appendices ?? []).map((a) => a.title),
    });
    expect(back.trace).toEqual([{ organId: "000.01.01.Z90", timestamp: "2026/01/20 09:30:00" }]);
    expect(back.attachments.map((a) => [a.name, a.contentType])).toEqual([
      ["15-KH-UBND.pdf", PDF_TYPE],
      ["15-KH-UBND.docx", DOCX_TYPE],
    ]);
    expect(back.attachments[0]!.data).toEqual(pdf);
    expect(back.attachments[1]!.data).toEqual(docx);
    // Every field, as a whole: what was built is what is read.
    expect(back).toEqual(built.message);
  });

  it("lists the recipients the directory has no code for, and refuses a package with no routable recipient", () => {
    expect(built.unrouted).toContain("Trưởng các thôn");
    expect(built.unrouted).not.toContain("Sở Nội vụ tỉnh Nghệ An (để b/c)");
    const bare = parseLocalityJson(
      readFileSync(new URL("../../../localities/kim-lien/locality.json", import.meta.url), "utf8"),
    );
    if (!bare.ok) throw new Error("kim-lien");
    expect(() => edxmlFromVanBan(doc, { locality: bare.locality, sentAt, files: [] })).toThrow(
      /mã định danh điện tử/u,
    );
  });

  it("refuses a draft without số or date", () => {
    const draft = { ...doc, number: undefined };
    expect(() => edxmlFromVanBan(draft, { locality: localityWithCodes(), sentAt, files: [] })).toThrow(
      /bản dự thảo/u,
    );
  });
});

describe("reading a package from elsewhere", () => {
  it("says in Vietnamese what is wrong, and never follows a DTD", () => {
    expect(() => readEdxml("not xml")).toThrow(EdxmlError);
    expect(() => readEdxml("<a><b></a>")).toThrow(/không khớp|không được đóng/u);
    expect(() => readEdxml('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>')).toThrow(
      /DTD/u,
    );
    expect(() => readEdxml("<edXML><Other/></edXML>")).toThrow(/MessageHeader/u);
    const deep = `${"<a>".repeat(200)}${"</a>".repeat(200)}`;
    expect(() => readEdxml(deep)).toThrow(/quá sâu/u);
  });
});
