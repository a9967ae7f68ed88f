// Files leave the browser as downloads; nothing is sent anywhere.

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadBytes(bytes: Uint8Array, fileName: string, type: string): void {
  downloadBlob(new Blob([bytes as BlobPart], { type }), fileName);
}

export function downloadText(text: string, fileName: string, type = "application/json"): void {
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName);
}
