export {
  DOCUMENT_TYPE_CODES,
  DOCX_TYPE,
  type EdxmlFromVanBanOptions,
  type EdxmlPackage,
  edxmlFromVanBan,
  PDF_TYPE,
} from "./from-van-ban.js";
export {
  EDXML_NAMESPACE,
  type EdxmlAttachment,
  EdxmlError,
  type EdxmlMessage,
  type EdxmlOrganization,
  fromBase64,
  readEdxml,
  toBase64,
  writeEdxml,
} from "./message.js";
