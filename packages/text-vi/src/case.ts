/**
 * Real upper case for the elements Nghị định 30 sets "in hoa" (Quốc hiệu, agency names, tên loại,
 * mục titles, the signer's authority), so the PDF text layer copies back as capitals. Full Unicode
 * mapping (đ→Đ, ơ→Ơ, ệ→Ệ), then NFC again.
 */
export function toUpperVi(text: string): string {
  return text.toLocaleUpperCase("vi").normalize("NFC");
}

export function toLowerVi(text: string): string {
  return text.toLocaleLowerCase("vi").normalize("NFC");
}
