import { describe, expect, it } from "vitest";
import { requestPersistence, SMALL_QUOTA_BYTES, storageHealth } from "./storage-health.js";

// What the site can tell about where its data lives, from what each browser says: the answers of
// Chromium, Firefox and Safari in a normal and a private window, as their storage APIs give them.

interface Answers {
  quota?: number;
  persisted?: boolean;
  grants?: boolean;
  directory?: "ok" | "security" | "transient" | "absent";
}

function browser(a: Answers): Navigator {
  const asked: string[] = [];
  const storage = {
    estimate: async () => ({ quota: a.quota ?? 10 * 1024 ** 3, usage: 2048 }),
    persisted: async () => a.persisted ?? false,
    persist: async () => {
      asked.push("persist");
      return a.grants ?? false;
    },
    ...(a.directory === "absent"
      ? {}
      : {
          getDirectory: async () => {
            if (a.directory === "security")
              throw Object.assign(new Error("Security error when calling GetDirectory"), {
                name: "SecurityError",
              });
            if (a.directory === "transient")
              throw Object.assign(
                new Error("UnknownError: The operation failed for an unknown transient reason"),
                { name: "UnknownError" },
              );
            return {};
          },
        }),
  };
  return { storage, asked } as unknown as Navigator;
}

describe("what the browser says about the site's storage", () => {
  it("finds no sign of a private window in a normal Chromium profile (10 GB, file system allowed)", async () => {
    expect(await storageHealth(browser({ directory: "ok" }))).toEqual({
      persisted: false,
      quota: 10 * 1024 ** 3,
      usage: 2048,
      privateSigns: [],
    });
  });

  it("sees a private window in a tiny quota, in a refused file system (Firefox), or a transient refusal (Safari)", async () => {
    expect((await storageHealth(browser({ quota: SMALL_QUOTA_BYTES - 1 }))).privateSigns).toEqual([
      "small-quota",
    ]);
    expect((await storageHealth(browser({ directory: "security" }))).privateSigns).toEqual([
      "no-file-system",
    ]);
    expect((await storageHealth(browser({ directory: "transient", quota: 1e6 }))).privateSigns).toEqual([
      "small-quota",
      "no-file-system",
    ]);
  });

  it("does not take a refused persistence for a private window: Chromium refuses it to most sites", async () => {
    expect((await storageHealth(browser({ persisted: false, grants: false }))).privateSigns).toEqual([]);
  });

  it("says nothing it does not know when the browser has no storage API", async () => {
    expect(await storageHealth({} as Navigator)).toEqual({
      persisted: undefined,
      quota: undefined,
      usage: undefined,
      privateSigns: [],
    });
  });

  it("asks for persistence only when not yet granted, and reports the answer", async () => {
    const granted = browser({ persisted: true });
    expect(await requestPersistence(granted)).toBe(true);
    expect((granted as unknown as { asked: string[] }).asked).toEqual([]);
    expect(await requestPersistence(browser({ grants: true }))).toBe(true);
    expect(await requestPersistence(browser({ grants: false }))).toBe(false);
    expect(await requestPersistence({} as Navigator)).toBeUndefined();
  });
});
