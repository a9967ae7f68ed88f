/// <reference lib="dom" />
import { type FontUrls, fetchFontSet } from "../fonts/fetch.js";
import type { FontSet } from "../fonts/font-set.js";

// Fonts fetched in a page or a worker: each set once per page (or worker); a failed download is
// retried a few times (a commune's connection drops for a moment) and, if it still fails,
// forgotten, so the next document tries again rather than failing forever.

export type { FontUrls } from "../fonts/fetch.js";

export type FetchLike = (url: string | URL) => Promise<{
  ok: boolean;
  status: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}>;

export interface FontLoadOptions {
  /** The fetch to use (tests give their own). */
  fetch?: FetchLike;
  /** Attempts after the first; 2 by default. */
  retries?: number;
  /** Wait before the first retry, doubled for each next one; 300 ms by default. */
  retryDelayMs?: number;
}

/** Statuses worth another try: the server or the connection was busy, not the file missing. */
const TRANSIENT = new Set([408, 425, 429, 500, 502, 503, 504]);

/** A fetch that tries again after a network failure or a transient status. */
export function retryingFetch(options: FontLoadOptions = {}): FetchLike {
  const fetchImpl: FetchLike = options.fetch ?? ((url) => fetch(url));
  const retries = options.retries ?? 2;
  const delay = options.retryDelayMs ?? 300;
  return async (url) => {
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= retries;
      try {
        const response = await fetchImpl(url);
        if (response.ok || !TRANSIENT.has(response.status) || last) return response;
      } catch (error) {
        if (last) {
          throw new Error(`Không tải được ${String(url)} sau ${attempt + 1} lần thử: mất kết nối mạng.`, {
            cause: error,
          });
        }
      }
      await new Promise((resolve) => setTimeout(resolve, delay * 2 ** attempt));
    }
  };
}

const cache = new Map<string, Promise<FontSet>>();

/**
 * A font set fetched once per page (or worker) under its id: later calls share the download. A
 * failure is not kept, so the next call starts a fresh one.
 */
export function loadFontSet(id: string, urls: FontUrls, options: FontLoadOptions = {}): Promise<FontSet> {
  const cached = cache.get(id);
  if (cached) return cached;
  const loading = fetchFontSet(id, absoluteUrls(urls), retryingFetch(options));
  cache.set(id, loading);
  loading.catch(() => {
    if (cache.get(id) === loading) cache.delete(id);
  });
  return loading;
}

/** URLs resolved against the page (or worker) location, so they can be sent to a worker as they are. */
export function absoluteUrls(urls: FontUrls): FontUrls {
  const base = typeof location === "undefined" ? undefined : location.href;
  const resolve = (url: string | URL) => (base ? new URL(url, base).href : url);
  return {
    normal: resolve(urls.normal),
    bold: resolve(urls.bold),
    italics: resolve(urls.italics),
    bolditalics: resolve(urls.bolditalics),
  };
}
