import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// The service worker's first install downloads the whole site: it waits for the page's first
// load (its load event, what the app defers it for, an idle moment), and never longer than the cap.

type Listener = () => void;

/** The part of a window the wait looks at, with a load event and idle callbacks the test fires. */
function fakeWindow(readyState: DocumentReadyState) {
  const load: Listener[] = [];
  const idle: Listener[] = [];
  const win = {
    document: { readyState },
    addEventListener: (type: string, listener: Listener) => {
      if (type === "load") load.push(listener);
    },
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    requestIdleCallback: (fn: () => void) => idle.push(fn),
  };
  return {
    win: win as unknown as Window,
    fireLoad: () => {
      win.document.readyState = "complete";
      for (const listener of load.splice(0)) listener();
    },
    fireIdle: () => {
      for (const listener of idle.splice(0)) listener();
    },
  };
}

async function freshModule() {
  vi.resetModules();
  return import("./offline-status.js");
}

/** Whether the promise has settled once pending work (microtasks, due timers) has run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe("when the service worker may start its precache", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("waits for the load event, then for every deferral, then an idle moment", async () => {
    const { deferServiceWorker, firstScreenDone } = await freshModule();
    let drawn: () => void = () => {};
    deferServiceWorker(new Promise<void>((resolve) => (drawn = resolve)));
    const page = fakeWindow("interactive");
    const done = firstScreenDone(page.win);

    expect(await settled(done)).toBe(false);
    page.fireLoad();
    page.fireIdle();
    expect(await settled(done)).toBe(false);
    // A deferral added while waiting (the preview mounts later) is waited for too.
    let later: () => void = () => {};
    deferServiceWorker(new Promise<void>((resolve) => (later = resolve)));
    drawn();
    await vi.advanceTimersByTimeAsync(0);
    page.fireIdle();
    expect(await settled(done)).toBe(false);
    later();
    await vi.advanceTimersByTimeAsync(0);
    expect(await settled(done)).toBe(false);
    page.fireIdle();
    expect(await settled(done)).toBe(true);
  });

  it("starts after the load event and an idle moment when nothing defers it", async () => {
    const { firstScreenDone } = await freshModule();
    const page = fakeWindow("complete");
    const done = firstScreenDone(page.win);
    await vi.advanceTimersByTimeAsync(0);
    page.fireIdle();
    expect(await settled(done)).toBe(true);
  });

  it("stops waiting for a deferral that never settles after the cap, so offline use still comes", async () => {
    const { deferServiceWorker, firstScreenDone, MAX_SERVICE_WORKER_DEFERRAL_MS } = await freshModule();
    deferServiceWorker(new Promise(() => {}));
    const page = fakeWindow("complete");
    const done = firstScreenDone(page.win);
    await vi.advanceTimersByTimeAsync(MAX_SERVICE_WORKER_DEFERRAL_MS - 1);
    page.fireIdle();
    expect(await settled(done)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    page.fireIdle();
    expect(await settled(done)).toBe(true);
  });

  it("waits for a deferral that failed no more than for one that succeeded", async () => {
    const { deferServiceWorker, firstScreenDone } = await freshModule();
    deferServiceWorker(Promise.reject(new Error("no preview")));
    const page = fakeWindow("complete");
    const done = firstScreenDone(page.win);
    await vi.advanceTimersByTimeAsync(0);
    page.fireIdle();
    expect(await settled(done)).toBe(true);
  });
});
