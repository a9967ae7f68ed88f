// The rules a FileDrop applies before handing files on; pure, so they are tested without a browser.

export interface FileLimits {
  /** Extensions, lower case with the dot: [".json", ".docx"]. */
  extensions: readonly string[];
  /** Largest accepted size in bytes. */
  maxBytes: number;
  /** How many files one drop may carry (1 unless multiple). */
  maxFiles: number;
}

export type FileRefusal =
  | { kind: "too-large"; name: string; size: number }
  | { kind: "wrong-type"; name: string }
  | { kind: "too-many"; count: number };

export interface FileCheck {
  accepted: File[];
  refused: FileRefusal[];
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot).toLowerCase();
}

export function checkFiles(files: readonly File[], limits: FileLimits): FileCheck {
  if (files.length > limits.maxFiles)
    return { accepted: [], refused: [{ kind: "too-many", count: files.length }] };
  const accepted: File[] = [];
  const refused: FileRefusal[] = [];
  for (const file of files) {
    const name = file.name.normalize("NFC");
    if (limits.extensions.length > 0 && !limits.extensions.includes(extensionOf(name))) {
      refused.push({ kind: "wrong-type", name });
    } else if (file.size > limits.maxBytes) {
      refused.push({ kind: "too-large", name, size: file.size });
    } else {
      accepted.push(file);
    }
  }
  return { accepted, refused };
}

/** "2,5 MB" in Vietnamese, "2.5 MB" in English: sizes as people read them. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ["B", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${number} ${units[unit]}`;
}
