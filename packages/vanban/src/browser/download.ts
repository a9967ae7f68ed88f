/// <reference lib="dom" />

// Files leave the browser as downloads; nothing is sent anywhere. The one way every app hands a
// document, a spreadsheet or a data file to the person.

export const MIME = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv;charset=utf-8",
  json: "application/json;charset=utf-8",
} as const;

/** Saves a Blob as a file named `fileName` (used as given: see safeFileName). */
export function download(data: Blob, fileName: string): void;
/** Saves bytes or text as a file of that type; text is written as UTF-8. */
export function download(data: Uint8Array | string, fileName: string, type: string): void;
export function download(data: Blob | Uint8Array | string, fileName: string, type?: string): void {
  const blob = data instanceof Blob ? data : new Blob([data as BlobPart], { type: type ?? "" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns: keep it for a minute.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name any system accepts: no path or reserved characters, Vietnamese letters kept (NFC). */
export function safeFileName(name: string): string {
  return (
    name
      .normalize("NFC")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must go.
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "-")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 180)
  );
}
