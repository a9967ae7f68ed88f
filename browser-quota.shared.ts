// The browser's storage, full on request, for the apps' browser tests: Chromium's own quota for
// an origin, set through the debugging protocol, so that IndexedDB itself refuses a write
// (QuotaExceededError), as on a computer whose disk is full. Needs no privilege and no disk of
// its own. Shared by the apps' e2e specs, like vitest.shared.ts; it sits outside every package,
// so it names only the parts of Playwright's Page it uses (a Playwright Page is one).

/** The debugging-protocol session of a page. */
interface ProtocolSession {
  send(method: string, params?: object): Promise<unknown>;
}

/** What the helper needs of a Playwright Page. */
export interface QuotaPage {
  context(): { newCDPSession(page: never): Promise<ProtocolSession> };
  evaluate<R>(fn: () => Promise<R>): Promise<R>;
}

export interface Quota {
  /** Every write of the origin is refused from now on. */
  full(): Promise<void>;
  /** The browser's own quota again. */
  room(): Promise<void>;
}

/**
 * Chromium's storage quota for the site's origin, set through the debugging protocol, so that
 * IndexedDB itself refuses (QuotaExceededError). Called before the test's first page load: the
 * quota starts 1 MB above what is used. IndexedDB keeps an allowance from its last quota check
 * for up to 30 s (content/browser/indexed_db BucketContext), so `full()` also makes one write
 * larger than that allowance, in a database of its own: refused, it makes IndexedDB ask the
 * quota again, and from then on every write is refused.
 */
export async function controlQuota(page: QuotaPage, origin: string): Promise<Quota> {
  // The page is a Playwright Page, which is what its own context takes back.
  const cdp = await page.context().newCDPSession(page as never);
  const { usage } = (await cdp.send("Storage.getUsageAndQuota", { origin })) as { usage: number };
  await cdp.send("Storage.overrideQuotaForOrigin", { origin, quotaSize: usage + 1024 * 1024 });
  return {
    async full() {
      await cdp.send("Storage.overrideQuotaForOrigin", { origin, quotaSize: 1 });
      const probe = await page.evaluate(async () => {
        const open = indexedDB.open("kiem-tra-dung-luong", 1);
        open.onupgradeneeded = () => open.result.createObjectStore("o");
        const db = await new Promise<IDBDatabase | null>((resolve) => {
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => resolve(null);
        });
        if (!db) return "refused";
        return new Promise<string>((resolve) => {
          const tx = db.transaction("o", "readwrite");
          tx.objectStore("o").put(new Uint8Array(4 * 1024 * 1024), "o");
          tx.oncomplete = () => resolve("stored");
          tx.onabort = () => resolve("refused");
        }).finally(() => db.close());
      });
      if (probe !== "refused") throw new Error("IndexedDB still stores writes with the quota set full.");
    },
    async room() {
      await cdp.send("Storage.overrideQuotaForOrigin", { origin });
    },
  };
}
