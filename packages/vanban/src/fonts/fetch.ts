import type { FontSet, FontStyle } from "./font-set.js";

// Fonts for a browser or a worker: the four TrueType files fetched from URLs (for example the
// subset Tinos this package builds, imported by a bundler as asset URLs).

export type FontUrls = Record<FontStyle, string | URL>;

export async function fetchFontSet(
  id: string,
  urls: FontUrls,
  fetchImpl: (
    url: string | URL,
  ) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }> = fetch,
): Promise<FontSet> {
  const get = async (url: string | URL) => {
    const response = await fetchImpl(url);
    if (!response.ok) throw new Error(`Không tải được phông chữ ${String(url)} (mã ${response.status}).`);
    return new Uint8Array(await response.arrayBuffer());
  };
  const [normal, bold, italics, bolditalics] = await Promise.all([
    get(urls.normal),
    get(urls.bold),
    get(urls.italics),
    get(urls.bolditalics),
  ]);
  return { id, normal, bold, italics, bolditalics };
}
