import { describe, expect, it } from "vitest";
import { loadFontSet, retryingFetch } from "./font-loading.js";

// Font downloads in a commune's browser: a dropped connection or a busy server is retried; a
// missing file is not; a set is fetched once per page, and a failure is not remembered.

type Reply = { ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> };
const reply = (status: number, bytes = [1, 2, 3]): Reply => ({
  ok: status >= 200 && status < 300,
  status,
  arrayBuffer: async () => new Uint8Array(bytes).buffer,
});

/** A fetch that answers from a script of replies (an Error is a network failure) and counts calls. */
function scripted(script: (Reply | Error)[]) {
  const calls: string[] = [];
  const fetch = async (url: string | URL) => {
    calls.push(String(url));
    const next = script.shift() ?? reply(200);
    if (next instanceof Error) throw next;
    return next;
  };
  return { fetch, calls };
}

const URLS = { normal: "/f/r.ttf", bold: "/f/b.ttf", italics: "/f/i.ttf", bolditalics: "/f/bi.ttf" };

describe("fetching fonts with retries", () => {
  it("tries again after a network failure and a busy server", async () => {
    const { fetch, calls } = scripted([new TypeError("Failed to fetch"), reply(503), reply(200)]);
    const response = await retryingFetch({ fetch, retryDelayMs: 0 })("/f/r.ttf");
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(3);
  });

  it("does not retry a file that is not there", async () => {
    const { fetch, calls } = scripted([reply(404)]);
    expect((await retryingFetch({ fetch, retryDelayMs: 0 })("/f/r.ttf")).status).toBe(404);
    expect(calls).toHaveLength(1);
  });

  it("says in Vietnamese how many times it tried when the network stays down", async () => {
    const down = new TypeError("Failed to fetch");
    const { fetch } = scripted([down, down, down]);
    await expect(retryingFetch({ fetch, retries: 2, retryDelayMs: 0 })("/f/r.ttf")).rejects.toThrow(
      "Không tải được /f/r.ttf sau 3 lần thử: mất kết nối mạng.",
    );
  });
});

describe("a font set per page", () => {
  it("is downloaded once however many documents ask for it", async () => {
    const { fetch, calls } = scripted([]);
    const [a, b] = await Promise.all([
      loadFontSet("test-once", URLS, { fetch }),
      loadFontSet("test-once", URLS, { fetch }),
    ]);
    expect(a).toBe(b);
    expect(a.id).toBe("test-once");
    expect([...a.bold]).toEqual([1, 2, 3]);
    expect(calls.sort()).toEqual(Object.values(URLS).sort());
  });

  it("is fetched anew after a failure, so the next document can succeed", async () => {
    const { fetch, calls } = scripted([reply(404)]);
    await expect(loadFontSet("test-retry", URLS, { fetch, retryDelayMs: 0 })).rejects.toThrow(
      "Không tải được phông chữ /f/r.ttf (mã 404).",
    );
    const set = await loadFontSet("test-retry", URLS, { fetch, retryDelayMs: 0 });
    expect(set.normal.length).toBe(3);
    expect(calls.length).toBeGreaterThan(4);
  });
});
