import { localName, parseXml, type XmlElement, XmlError, XmlWriter } from "./xml.js";

// An edXML package (QCVN 102:2016/BTTTT, "Cấu trúc thông điệp dữ liệu công văn điện tử", and its
// 2022 amendment) as data, written to XML and read back. No XSD of the standard is public; the
// element names, their nesting and their order follow the structure the standard's section
// numbers give (MessageHeader 1.1 From … 1.14 DocumentId) as the exchange's published SDK sample
// and production gateways write it — see README "Sources" for what is and is not confirmed.

export const EDXML_NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
const XLINK_NAMESPACE = "http://www.w3.org/1999/xlink";

export interface EdxmlOrganization {
  /** Mã định danh điện tử (QĐ 20/2020/QĐ-TTg), "000.00.00.H40". */
  organId: string;
  /** Tên cơ quan, tổ chức chủ quản trực tiếp. */
  organizationInCharge?: string | undefined;
  organName: string;
  organAdd?: string | undefined;
  email?: string | undefined;
  telephone?: string | undefined;
  fax?: string | undefined;
  website?: string | undefined;
}

export interface EdxmlAttachment {
  /** File name as the recipient saves it: "18-KH-UBND.pdf". */
  name: string;
  /** MIME type: "application/pdf", the .docx type. */
  contentType: string;
  description?: string | undefined;
  data: Uint8Array;
}

export interface EdxmlMessage {
  from: EdxmlOrganization;
  to: EdxmlOrganization[];
  /** "{organId of the sender},{yyyy/MM/dd},{số}/{ký hiệu}" by default. */
  documentId: string;
  /** Số and ký hiệu: "18" and "KH-UBND". */
  code: { number: string; notation: string };
  /** Place and date of issue; the date as yyyy/MM/dd. */
  promulgation: { place: string; date: string };
  /** Type code, detail code and name ("Kế hoạch"). */
  documentType: { type: number; typeDetail: number; typeName: string };
  /** Trích yếu. */
  subject: string;
  content?: string | undefined;
  /** Quyền hạn ("TM. Ủy ban nhân dân", "KT. Chủ tịch"), chức vụ, họ tên of the signer. */
  signer: { competence: string; position: string; fullName: string };
  /** Hạn xử lý, yyyy/MM/dd. */
  dueDate?: string | undefined;
  /** Nơi nhận as printed, each one. */
  toPlaces: string[];
  otherInfo: {
    /** Độ khẩn: 0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc. */
    priority: number;
    sphereOfPromulgation?: string | undefined;
    typerNotation?: string | undefined;
    promulgationAmount?: number | undefined;
    pageAmount?: number | undefined;
    appendixes: string[];
  };
  /** 0: not a steering document. */
  steeringType: number;
  /** Who handled the message, when (yyyy/MM/dd HH:mm:ss): the sender first. */
  trace: { organId: string; timestamp: string }[];
  /** BussinessDocType 0: a new document. */
  business: { docType: number; docReason?: string | undefined; paper: number };
  attachments: EdxmlAttachment[];
}

/** A package that cannot be read, said in Vietnamese with where. */
export class EdxmlError extends Error {
  override name = "EdxmlError";
}

/** The package as UTF-8 XML. */
export function writeEdxml(message: EdxmlMessage): string {
  const w = new XmlWriter();
  const m = message;
  w.open("edXML", { xmlns: EDXML_NAMESPACE });
  w.open("edXML:edXMLEnvelope", { "xmlns:edXML": EDXML_NAMESPACE, "xmlns:xlink": XLINK_NAMESPACE });
  w.open("edXML:edXMLHeader").open("edXML:MessageHeader");
  organization(w, "edXML:From", m.from);
  for (const to of m.to) organization(w, "edXML:To", to);
  w.open("edXML:Code")
    .leaf("edXML:CodeNumber", m.code.number)
    .leaf("edXML:CodeNotation", m.code.notation)
    .close("edXML:Code");
  w.open("edXML:PromulgationInfo")
    .leaf("edXML:Place", m.promulgation.place)
    .leaf("edXML:PromulgationDate", m.promulgation.date)
    .close("edXML:PromulgationInfo");
  w.open("edXML:DocumentType")
    .leaf("edXML:Type", m.documentType.type)
    .leaf("edXML:TypeDetail", m.documentType.typeDetail)
    .leaf("edXML:TypeName", m.documentType.typeName)
    .close("edXML:DocumentType");
  w.leaf("edXML:Subject", m.subject).leaf("edXML:Content", m.content);
  w.open("edXML:SignerInfo")
    .leaf("edXML:Competence", m.signer.competence)
    .leaf("edXML:Position", m.signer.position)
    .leaf("edXML:FullName", m.signer.fullName)
    .close("edXML:SignerInfo");
  w.leaf("edXML:DueDate", m.dueDate);
  w.open("edXML:ToPlaces");
  for (const place of m.toPlaces) w.leaf("edXML:Place", place);
  w.close("edXML:ToPlaces");
  const o = m.otherInfo;
  w.open("edXML:OtherInfo")
    .leaf("edXML:Priority", o.priority)
    .leaf("edXML:SphereOfPromulgation", o.sphereOfPromulgation)
    .leaf("edXML:TyperNotation", o.typerNotation)
    .leaf("edXML:PromulgationAmount", o.promulgationAmount)
    .leaf("edXML:PageAmount", o.pageAmount);
  w.open("edXML:Appendixes");
  for (const a of o.appendixes) w.leaf("edXML:Appendix", a);
  w.close("edXML:Appendixes").close("edXML:OtherInfo");
  w.leaf("edXML:SteeringType", m.steeringType).leaf("edXML:DocumentId", m.documentId);
  w.close("edXML:MessageHeader");
  w.open("edXML:TraceHeaderList");
  for (const t of m.trace) {
    w.open("edXML:TraceHeader")
      .leaf("edXML:OrganId", t.organId)
      .leaf("edXML:Timestamp", t.timestamp)
      .close("edXML:TraceHeader");
  }
  w.open("edXML:Bussiness")
    .leaf("edXML:BussinessDocType", m.business.docType)
    .leaf("edXML:BussinessDocReason", m.business.docReason)
    .leaf("edXML:Paper", m.business.paper)
    .close("edXML:Bussiness");
  w.close("edXML:TraceHeaderList").close("edXML:edXMLHeader");
  w.open("edXML:edXMLBody").open("edXML:edXMLManifest", { version: "1.0" });
  m.attachments.forEach((a, i) => {
    w.open("edXML:Reference", {
      "xlink:href": `cid:${contentId(i)}`,
      "xlink:role": "XLinkRole",
      "xlink:type": "simple",
    })
      .leaf("edXML:Description", a.description ?? a.name)
      .leaf("edXML:AttachmentName", a.name)
      .leaf("edXML:ContentType", a.contentType)
      .leaf("edXML:ContentId", `cid:${contentId(i)}`)
      .close("edXML:Reference");
  });
  w.close("edXML:edXMLManifest").close("edXML:edXMLBody").close("edXML:edXMLEnvelope");
  w.open("AttachmentEncoded");
  m.attachments.forEach((a, i) => {
    w.open("Attachment")
      .leaf("ContentType", a.contentType)
      .leaf("ContentId", contentId(i))
      .leaf("Description", a.description ?? a.name)
      .leaf("AttachmentName", a.name)
      .leaf("ContentTransferEncoded", toBase64(a.data))
      .close("Attachment");
  });
  w.close("AttachmentEncoded").close("edXML");
  return w.toString();
}

/** Stable content ids: the same document gives the same package. */
function contentId(index: number): string {
  return `tep-dinh-kem-${index + 1}@kehoach.kit`;
}

function organization(w: XmlWriter, tag: string, o: EdxmlOrganization): void {
  w.open(tag)
    .leaf("edXML:OrganId", o.organId)
    .leaf("edXML:OrganizationInCharge", o.organizationInCharge)
    .leaf("edXML:OrganName", o.organName)
    .leaf("edXML:OrganAdd", o.organAdd)
    .leaf("edXML:Email", o.email)
    .leaf("edXML:Telephone", o.telephone)
    .leaf("edXML:Fax", o.fax)
    .leaf("edXML:Website", o.website)
    .close(tag);
}

// Reading back

const child = (e: XmlElement | undefined, n: string) => e?.children.find((c) => localName(c.name) === n);
const all = (e: XmlElement | undefined, n: string) =>
  e?.children.filter((c) => localName(c.name) === n) ?? [];
const text = (e: XmlElement | undefined, n: string) => {
  const c = child(e, n);
  return c ? c.text.trim() : undefined;
};

function required(e: XmlElement | undefined, n: string, where: string): string {
  const v = text(e, n);
  if (v === undefined) throw new EdxmlError(`Gói edXML thiếu phần tử ${n} trong ${where}.`);
  return v;
}

function number(e: XmlElement | undefined, n: string, where: string): number {
  const v = required(e, n, where);
  if (!/^-?\d+$/u.test(v)) throw new EdxmlError(`${n} trong ${where} phải là số nguyên, không phải "${v}".`);
  return Number(v);
}

function optionalNumber(e: XmlElement | undefined, n: string): number | undefined {
  const v = text(e, n);
  return v === undefined || !/^\d+$/u.test(v) ? undefined : Number(v);
}

function readOrganization(e: XmlElement, where: string): EdxmlOrganization {
  return {
    organId: required(e, "OrganId", where),
    organizationInCharge: text(e, "OrganizationInCharge"),
    organName: required(e, "OrganName", where),
    organAdd: text(e, "OrganAdd"),
    email: text(e, "Email"),
    telephone: text(e, "Telephone"),
    fax: text(e, "Fax"),
    website: text(e, "Website"),
  };
}

/** Reads a package; refuses, with what and where, one that is not an edXML package. */
export function readEdxml(xml: string): EdxmlMessage {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    if (error instanceof XmlError) throw new EdxmlError(`Tệp không phải XML hợp lệ: ${error.message}`);
    throw error;
  }
  const envelope = localName(root.name) === "edXMLEnvelope" ? root : child(root, "edXMLEnvelope");
  const header = child(child(envelope, "edXMLHeader"), "MessageHeader");
  if (!header)
    throw new EdxmlError("Tệp không phải gói edXML: không có edXMLEnvelope › edXMLHeader › MessageHeader.");
  const from = child(header, "From");
  if (!from) throw new EdxmlError("Gói edXML thiếu nơi gửi (From).");
  const other = child(header, "OtherInfo");
  const traceList = child(child(envelope, "edXMLHeader"), "TraceHeaderList");
  const business = child(traceList, "Bussiness");
  const encoded = new Map<string, Uint8Array>();
  for (const a of all(child(root, "AttachmentEncoded"), "Attachment")) {
    encoded.set(text(a, "ContentId") ?? "", fromBase64(text(a, "ContentTransferEncoded") ?? ""));
  }
  const references = all(child(child(envelope, "edXMLBody"), "edXMLManifest"), "Reference");
  return {
    from: readOrganization(from, "From"),
    to: all(header, "To").map((t, i) => readOrganization(t, `To thứ ${i + 1}`)),
    documentId: required(header, "DocumentId", "MessageHeader"),
    code: {
      number: required(child(header, "Code"), "CodeNumber", "Code"),
      notation: required(child(header, "Code"), "CodeNotation", "Code"),
    },
    promulgation: {
      place: required(child(header, "PromulgationInfo"), "Place", "PromulgationInfo"),
      date: required(child(header, "PromulgationInfo"), "PromulgationDate", "PromulgationInfo"),
    },
    documentType: {
      type: number(child(header, "DocumentType"), "Type", "DocumentType"),
      typeDetail: number(child(header, "DocumentType"), "TypeDetail", "DocumentType"),
      typeName: required(child(header, "DocumentType"), "TypeName", "DocumentType"),
    },
    subject: required(header, "Subject", "MessageHeader"),
    content: text(header, "Content"),
    signer: {
      competence: text(child(header, "SignerInfo"), "Competence") ?? "",
      position: text(child(header, "SignerInfo"), "Position") ?? "",
      fullName: required(child(header, "SignerInfo"), "FullName", "SignerInfo"),
    },
    dueDate: text(header, "DueDate"),
    toPlaces: all(child(header, "ToPlaces"), "Place").map((p) => p.text.trim()),
    otherInfo: {
      priority: optionalNumber(other, "Priority") ?? 0,
      sphereOfPromulgation: text(other, "SphereOfPromulgation"),
      typerNotation: text(other, "TyperNotation"),
      promulgationAmount: optionalNumber(other, "PromulgationAmount"),
      pageAmount: optionalNumber(other, "PageAmount"),
      appendixes: all(child(other, "Appendixes"), "Appendix").map((a) => a.text.trim()),
    },
    steeringType: optionalNumber(header, "SteeringType") ?? 0,
    trace: all(traceList, "TraceHeader").map((t) => ({
      organId: required(t, "OrganId", "TraceHeader"),
      timestamp: required(t, "Timestamp", "TraceHeader"),
    })),
    business: {
      docType: optionalNumber(business, "BussinessDocType") ?? 0,
      docReason: text(business, "BussinessDocReason"),
      paper: optionalNumber(business, "Paper") ?? 0,
    },
    attachments: references.map((r, i) => {
      const id = (text(r, "ContentId") ?? r.attributes["xlink:href"] ?? "").replace(/^cid:/u, "");
      const data = encoded.get(id);
      if (!data)
        throw new EdxmlError(
          `Tệp đính kèm thứ ${i + 1} (${text(r, "AttachmentName") ?? id}) không có nội dung.`,
        );
      return {
        name: required(r, "AttachmentName", `Reference thứ ${i + 1}`),
        contentType: required(r, "ContentType", `Reference thứ ${i + 1}`),
        description: text(r, "Description"),
        data,
      };
    }),
  };
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export function toBase64(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out.push(
      ALPHABET[n >> 18]! +
        ALPHABET[(n >> 12) & 63]! +
        (i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : "=") +
        (i + 2 < bytes.length ? ALPHABET[n & 63]! : "="),
    );
  }
  return out.join("");
}

export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/\s+/gu, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/u.test(clean) || clean.length % 4 !== 0) {
    throw new EdxmlError("Nội dung tệp đính kèm không phải base64 hợp lệ.");
  }
  const out = new Uint8Array(
    (clean.length / 4) * 3 - (clean.endsWith("==") ? 2 : clean.endsWith("=") ? 1 : 0),
  );
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n =
      (ALPHABET.indexOf(clean[i]!) << 18) |
      (ALPHABET.indexOf(clean[i + 1]!) << 12) |
      ((ALPHABET.indexOf(clean[i + 2]!) & 63) << 6) |
      (ALPHABET.indexOf(clean[i + 3]!) & 63);
    if (o < out.length) out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 0xff;
    if (o < out.length) out[o++] = n & 0xff;
  }
  return out;
}
