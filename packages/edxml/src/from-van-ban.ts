import { type Agency, createAgencyMatcher, createDirectory, type Locality } from "@kehoach/plan-model";
import { formatDocumentNumber } from "@kehoach/text-vi";
import { TYPE_NAMES, type VanBan } from "@kehoach/vanban";
import {
  type EdxmlAttachment,
  EdxmlError,
  type EdxmlMessage,
  type EdxmlOrganization,
  writeEdxml,
} from "./message.js";

// A văn bản and its files as an edXML package: the header from the document itself (số, ký hiệu,
// place and date, type, trích yếu, signer, nơi nhận), sender and recipients by the agency codes the
// locality directory gives (edocCode), the PDF and the .docx attached. Browser-safe: the plan
// builder's and the report generator's "Xuất gói edXML" call this with the bytes they rendered.

export const PDF_TYPE = "application/pdf";
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * Type codes: the position of each type in the list of văn bản hành chính (Thông tư 01/2011/TT-BNV
 * and Phụ lục III of Nghị định 30, which agree for these: Quyết định 2, Kế hoạch 10, Báo cáo 14,
 * Tờ trình 16), and công văn 18 as the exchange's SDK sample writes it. Not confirmed against the
 * standard's own table: a deployment can override them (`documentType`).
 */
export const DOCUMENT_TYPE_CODES: Record<VanBan["kind"], number> = { QD: 2, KH: 10, BC: 14, TTr: 16, CV: 18 };

/** Độ khẩn as OtherInfo/Priority. */
const PRIORITY: Record<NonNullable<VanBan["urgency"]> | "none", number> = {
  none: 0,
  khan: 1,
  thuongKhan: 2,
  hoaToc: 3,
};

export interface EdxmlFromVanBanOptions {
  /** The locality directory: agencies with their edocCode. */
  locality: Locality;
  /** The PDF (signed, ideally) and the .docx: attached in this order. */
  files: { name: string; contentType: string; data: Uint8Array; description?: string }[];
  /** When the package is made (the trace header's timestamp). */
  sentAt: Date;
  /** The sender's agency id in the directory, when its name in the header is not enough to find it. */
  fromAgencyId?: string | undefined;
  /** Override of the type code (see DOCUMENT_TYPE_CODES). */
  documentType?: { type: number; typeDetail?: number } | undefined;
  /** Number of pages of the PDF (OtherInfo/PageAmount). */
  pageCount?: number | undefined;
  dueDate?: string | undefined;
}

export interface EdxmlPackage {
  message: EdxmlMessage;
  /** The package's XML, UTF-8 when written to a file (.edxml). */
  xml: string;
  /** Nơi nhận the directory has no code for: printed in ToPlaces, but the exchange cannot route to them. */
  unrouted: string[];
}

const fold = (s: string) => s.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/gu, " ").trim();

export function edxmlFromVanBan(doc: VanBan, options: EdxmlFromVanBanOptions): EdxmlPackage {
  const problems: string[] = [];
  const { year, month, day } = doc.date;
  if (!doc.number || !month || !day) {
    problems.push(
      "văn bản chưa có số và ngày ban hành đầy đủ (bản dự thảo không gửi qua trục liên thông được)",
    );
  }
  const asOf = month && day ? `${year}-${pad(month)}-${pad(day)}` : undefined;
  const directory = createDirectory(options.locality);
  const matcher = createAgencyMatcher(directory, { asOf });

  const sender = senderAgency(doc, options, matcher);
  if (!sender) {
    problems.push(
      `không tìm thấy cơ quan ban hành "${doc.issuingBody.join(" ")}" trong danh mục cơ quan của địa phương (chỉ rõ bằng fromAgencyId)`,
    );
  } else if (!sender.edocCode) {
    problems.push(`cơ quan ban hành "${sender.name}" chưa có mã định danh điện tử (edocCode) trong danh mục`);
  }

  const names = [...(doc.addressees ?? []), ...(doc.recipients?.items ?? [])]
    .map((n) =>
      n
        .normalize("NFC")
        .replace(/[;.,\s]+$/u, "")
        .trim(),
    )
    .filter((n) => n !== "" && !/^như trên$/iu.test(n) && !/^lưu\b/iu.test(n));
  const to: EdxmlOrganization[] = [];
  const unrouted: string[] = [];
  const seen = new Set<string>();
  for (const place of names) {
    // "(để b/c)", "(để thực hiện)": what the recipient is to do, not part of its name.
    const match = matcher.match(place.replace(/\s*\([^()]*\)$/u, ""));
    const agency = match.status === "matched" ? match.agency : undefined;
    if (agency?.edocCode && agency.edocCode !== sender?.edocCode) {
      if (!seen.has(agency.edocCode)) to.push(organizationOf(agency, directory.agencies));
      seen.add(agency.edocCode);
    } else if (!agency?.edocCode) unrouted.push(place);
  }
  if (to.length === 0)
    problems.push("không nơi nhận nào có mã định danh điện tử trong danh mục: gói không có nơi nhận");
  if (!doc.signer?.name) problems.push("văn bản chưa có họ tên người ký");
  if (problems.length > 0) throw new EdxmlError(`Chưa tạo được gói edXML: ${problems.join("; ")}.`);

  const from = organizationOf(sender!, directory.agencies);
  const number = formatDocumentNumber(doc.number!);
  const date = `${year}/${pad(month!)}/${pad(day!)}`;
  const lines = doc.signer!.lines;
  const message: EdxmlMessage = {
    from,
    to,
    documentId: `${from.organId},${date},${number}/${doc.symbol}`,
    code: { number, notation: doc.symbol },
    promulgation: { place: doc.place, date },
    documentType: {
      type: options.documentType?.type ?? DOCUMENT_TYPE_CODES[doc.kind],
      typeDetail: options.documentType?.typeDetail ?? 0,
      typeName: doc.kind === "CV" ? "Công văn" : TYPE_NAMES[doc.kind],
    },
    subject: doc.subject.normalize("NFC"),
    signer: {
      competence: lines.length > 1 ? lines.slice(0, -1).join(", ") : "",
      position: lines.at(-1) ?? "",
      fullName: doc.signer!.name!.normalize("NFC"),
    },
    dueDate: options.dueDate,
    toPlaces: names,
    otherInfo: {
      priority: PRIORITY[doc.urgency ?? "none"],
      sphereOfPromulgation: doc.circulation,
      typerNotation: doc.drafter?.initials,
      promulgationAmount: doc.drafter?.copies,
      pageAmount: options.pageCount,
      appendixes: (doc.appendices ?? []).map((a) => a.title.normalize("NFC")),
    },
    steeringType: 0,
    trace: [{ organId: from.organId, timestamp: timestamp(options.sentAt) }],
    business: { docType: 0, docReason: "Văn bản mới", paper: 0 },
    attachments: options.files.map(
      (f): EdxmlAttachment => ({
        name: f.name.normalize("NFC"),
        contentType: f.contentType,
        description: f.description ?? f.name,
        data: f.data,
      }),
    ),
  };
  return { message, xml: writeEdxml(message), unrouted };
}

function senderAgency(
  doc: VanBan,
  options: EdxmlFromVanBanOptions,
  matcher: ReturnType<typeof createAgencyMatcher>,
): Agency | undefined {
  const agencies = options.locality.agencies;
  if (options.fromAgencyId) return agencies.find((a) => a.id === options.fromAgencyId);
  const header = fold(doc.issuingBody.join(" "));
  const byHeader = agencies.find((a) => a.issuing && fold(a.issuing.headerLines.join(" ")) === header);
  if (byHeader) return byHeader;
  const match = matcher.match(doc.issuerName ?? doc.issuingBody.join(" "));
  return match.status === "matched" ? match.agency : undefined;
}

function organizationOf(
  agency: Agency,
  all: ReadonlyMap<string, Agency> | readonly Agency[],
): EdxmlOrganization {
  const list = Array.isArray(all) ? all : [...(all as ReadonlyMap<string, Agency>).values()];
  const parent = agency.parentId ? list.find((a) => a.id === agency.parentId) : undefined;
  return {
    organId: agency.edocCode!,
    organizationInCharge: parent?.name,
    organName: agency.name.normalize("NFC"),
  };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** yyyy/MM/dd HH:mm:ss in Vietnam time. */
function timestamp(date: Date): string {
  const t = new Date(date.getTime() + 7 * 3600_000);
  return `${t.getUTCFullYear()}/${pad(t.getUTCMonth() + 1)}/${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
}
