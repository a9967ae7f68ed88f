// The offline status every page of the site shows, and the service worker registration behind it.
// Plain DOM (the landing page has no React), no inline style or script: a class and a data-state
// attribute, styled by offline.css, so the page passes the site's Content-Security-Policy.

export const OFFLINE_MESSAGES = {
  region: "Trạng thái kết nối",
  offline: "Đang ngoại tuyến: ứng dụng vẫn dùng được, dữ liệu lưu trên máy này",
  backOnline: "Đã có mạng trở lại.",
  ready: "Đã lưu ứng dụng trên máy này: từ nay vẫn mở và dùng được khi không có mạng.",
  update: "Đã có phiên bản mới của ứng dụng.",
  updateAction: "Tải lại để cập nhật",
  dismiss: "Đã hiểu",
} as const;

/** The same, for a page switched to English (`<html lang="en">`). */
export const OFFLINE_MESSAGES_EN: Record<keyof typeof OFFLINE_MESSAGES, string> = {
  region: "Connection status",
  offline: "Offline: the app still works, and data is kept on this computer",
  backOnline: "Back online.",
  ready: "The app is saved on this computer: from now on it opens and works without a network.",
  update: "A new version of the app is ready.",
  updateAction: "Reload to update",
  dismiss: "Got it",
};

function messagesFor(doc: Document): Record<keyof typeof OFFLINE_MESSAGES, string> {
  return doc.documentElement.lang.toLowerCase().startsWith("en") ? OFFLINE_MESSAGES_EN : OFFLINE_MESSAGES;
}

/** The meta tag the site's assembly adds to every page; a lone app build has none and registers nothing. */
export const SERVICE_WORKER_META = "kehoach-service-worker";

type State = "idle" | "offline" | "back-online" | "ready" | "update";

export interface OfflineStatus {
  element: HTMLElement;
  show(state: State): void;
  readonly state: State;
}

export function mountOfflineStatus(doc: Document, onUpdate: () => void): OfflineStatus {
  const element = doc.createElement("aside");
  element.className = "kh-offline";
  const message = doc.createElement("p");
  message.className = "kh-offline__message";
  message.setAttribute("role", "status");
  const action = doc.createElement("button");
  action.type = "button";
  action.className = "kh-offline__button";
  element.append(message, action);
  // In the page's flow, first: a bar at the top that takes its own room and never covers a field
  // (it used to float over the page's lower left corner until dismissed).
  doc.body.prepend(element);

  let state: State = "idle";
  // A message that waits while the offline notice has the panel.
  let pending: State | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const render = (next: State) => {
    clearTimeout(timer);
    state = next;
    const m = messagesFor(doc);
    const texts: Record<State, string> = {
      idle: "",
      offline: m.offline,
      "back-online": m.backOnline,
      ready: m.ready,
      update: m.update,
    };
    element.dataset.state = next;
    element.setAttribute("aria-label", m.region);
    message.textContent = texts[next];
    action.hidden = next !== "update" && next !== "ready";
    action.textContent = next === "update" ? m.updateAction : m.dismiss;
    if (next === "back-online") {
      timer = setTimeout(() => {
        render(pending ?? "idle");
        pending = null;
      }, 6000);
    }
  };
  // The apps switch language by setting <html lang>; the status follows.
  new (doc.defaultView?.MutationObserver ?? MutationObserver)(() => {
    if (state !== "back-online") render(state);
  }).observe(doc.documentElement, { attributes: true, attributeFilter: ["lang"] });
  action.addEventListener("click", () => {
    if (state === "update") onUpdate();
    else render("idle");
  });
  render("idle");

  return {
    element,
    get state() {
      return state;
    },
    show(next) {
      if (next === "offline") {
        if (state === "update" || state === "ready") pending = state;
        render(next);
      } else if (state === "offline" && next !== "back-online") {
        pending = next;
      } else {
        render(next);
      }
    },
  };
}

/** The longest a page may hold the service worker back (deferServiceWorker): offline use must come. */
export const MAX_SERVICE_WORKER_DEFERRAL_MS = 10_000;

const deferrals: Promise<void>[] = [];

/**
 * Holds the service worker back until `until` settles (at most MAX_SERVICE_WORKER_DEFERRAL_MS).
 * Its first install downloads and stores every file of the site, which competes with the page's
 * own first load for the network, the disk and the CPU: an app whose first screen takes a while
 * (a document drawn in a preview) calls this from its entry, before the page's load event.
 */
export function deferServiceWorker(until: Promise<unknown>): void {
  // Failed or not, it is over: the rejection is the app's to report, not an unhandled one here.
  deferrals.push(
    until.then(
      () => {},
      () => {},
    ),
  );
}

/** After the page's load event, every deferral and an idle moment: when the first screen is done. */
export async function firstScreenDone(win: Window): Promise<void> {
  if (win.document.readyState !== "complete") {
    await new Promise((resolve) => win.addEventListener("load", resolve, { once: true }));
  }
  const cap = new Promise((resolve) => win.setTimeout(resolve, MAX_SERVICE_WORKER_DEFERRAL_MS));
  // A deferral added while the earlier ones were pending is waited for too.
  let seen = 0;
  while (seen < deferrals.length) {
    const batch = deferrals.slice(seen);
    seen = deferrals.length;
    await Promise.race([Promise.all(batch), cap]);
  }
  await new Promise<void>((resolve) => {
    if (typeof win.requestIdleCallback === "function")
      win.requestIdleCallback(() => resolve(), { timeout: 2000 });
    else win.setTimeout(resolve, 200);
  });
}

/**
 * Registers the site's service worker (when the page belongs to an assembled site) once the first
 * screen is done, and shows the offline status: offline and still usable, saved for offline use
 * the first time, a new version.
 */
export function startOffline(win: Window = window): OfflineStatus | null {
  const doc = win.document;
  if (!doc.body) return null;
  let registration: ServiceWorkerRegistration | null = null;
  let updating = false;
  const status = mountOfflineStatus(doc, () => {
    const waiting = registration?.waiting;
    if (!waiting) {
      win.location.reload();
      return;
    }
    updating = true;
    waiting.postMessage({ type: "kehoach:activate-update" });
  });

  if (!win.navigator.onLine) status.show("offline");
  win.addEventListener("offline", () => status.show("offline"));
  win.addEventListener("online", () => status.show("back-online"));

  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${SERVICE_WORKER_META}"]`);
  const workers = win.navigator.serviceWorker;
  if (!meta?.content || !workers) return status;
  const url = meta.content;
  const scope = url.slice(0, url.lastIndexOf("/") + 1);
  const hadController = Boolean(workers.controller);

  workers.addEventListener("controllerchange", () => {
    if (updating) win.location.reload();
  });
  firstScreenDone(win)
    .then(() => workers.register(url, { scope }))
    .then((reg) => {
      registration = reg;
      const track = (worker: ServiceWorker | null) => {
        worker?.addEventListener("statechange", () => {
          if (worker.state === "installed" && workers.controller) status.show("update");
          if (worker.state === "activated" && !hadController) status.show("ready");
        });
      };
      if (reg.waiting && workers.controller) status.show("update");
      // A worker may already be installing when the page learns of its registration.
      track(reg.installing);
      reg.addEventListener("updatefound", () => track(reg.installing));
    })
    .catch((error: unknown) => {
      // The apps work without it; only offline use is lost. Keep a trace for whoever debugs.
      console.warn("Không đăng ký được service worker:", error);
    });
  return status;
}
