// What the browser promises about the site's data, as far as it says: whether it keeps the data
// for good (persistent storage), how much room it gives, and whether this is a private window whose
// data disappears when it closes. No browser says "private window" outright; the signs used are
// the ones browsers show today, each named so that the screen can say what it relies on:
//
// - "small-quota": less than 120 MB of storage offered (older Chromium incognito, Safari private
//   windows; a normal profile gets gigabytes). Current Chromium reports the same quota in both
//   modes, so a Chromium incognito window cannot be told apart: the screen then still says that
//   the data lives only in this browser, and the backup is the answer either way.
// - "no-file-system": navigator.storage.getDirectory() refused with a SecurityError (Firefox private
//   windows) or an "unknown transient reason" (Safari private windows).
// - persisted() false and persist() refused is reported too, but is not a sign of a private window:
//   a normal Chromium profile refuses persistence until the site is bookmarked or installed.

export type PrivateSign = "small-quota" | "no-file-system";

export interface StorageHealth {
  /** The browser keeps the data until the person clears it (undefined: the browser cannot say). */
  persisted: boolean | undefined;
  /** Bytes offered and used, when the browser says. */
  quota: number | undefined;
  usage: number | undefined;
  /** Signs of a private window found. */
  privateSigns: PrivateSign[];
}

/** Below this, storage is "tiny": a private window's, or too little for a year of plans anyway. */
export const SMALL_QUOTA_BYTES = 120 * 1024 * 1024;

type StorageApi = Pick<StorageManager, "estimate" | "persisted" | "persist"> & {
  getDirectory?: () => Promise<unknown>;
};

function storageOf(nav: Navigator | undefined): StorageApi | undefined {
  const storage = nav?.storage as StorageApi | undefined;
  return storage && typeof storage.estimate === "function" ? storage : undefined;
}

/** Reads what the browser says about the site's storage; never throws. */
export async function storageHealth(
  nav: Navigator | undefined = globalThis.navigator,
): Promise<StorageHealth> {
  const storage = storageOf(nav);
  if (!storage) return { persisted: undefined, quota: undefined, usage: undefined, privateSigns: [] };
  const [estimate, persisted, fileSystem] = await Promise.all([
    storage.estimate().catch(() => undefined),
    typeof storage.persisted === "function" ? storage.persisted().catch(() => undefined) : undefined,
    fileSystemRefused(storage),
  ]);
  const privateSigns: PrivateSign[] = [];
  if (estimate?.quota !== undefined && estimate.quota < SMALL_QUOTA_BYTES) privateSigns.push("small-quota");
  if (fileSystem) privateSigns.push("no-file-system");
  return { persisted, quota: estimate?.quota, usage: estimate?.usage, privateSigns };
}

/** Whether the origin's private file system is refused the way private windows refuse it. */
async function fileSystemRefused(storage: StorageApi): Promise<boolean> {
  if (typeof storage.getDirectory !== "function") return false;
  try {
    await storage.getDirectory();
    return false;
  } catch (error) {
    const name = (error as { name?: unknown })?.name;
    const message = String((error as { message?: unknown })?.message ?? "");
    return name === "SecurityError" || /unknown transient reason/i.test(message);
  }
}

/**
 * Asks the browser to keep the site's data for good. Firefox asks the person; Chromium decides by
 * itself (it grants a site that is bookmarked, installed or much used). Resolves to the answer,
 * undefined when the browser has no such request.
 */
export async function requestPersistence(
  nav: Navigator | undefined = globalThis.navigator,
): Promise<boolean | undefined> {
  const storage = storageOf(nav);
  if (!storage || typeof storage.persist !== "function") return undefined;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return undefined;
  }
}
