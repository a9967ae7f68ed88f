// The service worker of a Kế hoạch Kit site. @kehoach/site-kit writes it as <site>/sw.js when the
// site is assembled, with the list of the site's files in place of the placeholder below. It keeps
// every page, script, stylesheet, font and lazy chunk (the PDF engine) of the apps in one cache per
// version, so the apps open and work with no network once they have been loaded; a new build has a
// new list, hence a new sw.js, which the browser installs beside the old one and activates when the
// page asks (the "update" button of the offline status) or when every tab of the old one is closed.
/* eslint-env serviceworker */

const PRECACHE = self.__KEHOACH_PRECACHE__;

const scope = new URL(self.registration.scope);
const cachePrefix = `kehoach:${scope.pathname}:`;
const cacheName = `${cachePrefix}${PRECACHE.version}`;
const precached = new Set(PRECACHE.files.map((file) => new URL(file, scope).href));
const appFolders = new Set(PRECACHE.apps);

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      // "reload" skips the HTTP cache, so an update never stores a stale copy of a page. A hashed
      // build file (assets/) never changes under its name: the copy the page has just loaded is
      // taken from the browser's cache instead of being downloaded a second time.
      await cache.addAll(
        PRECACHE.files.map(
          (file) =>
            new Request(new URL(file, scope), {
              cache: /(^|\/)assets\//.test(file) ? "force-cache" : "reload",
            }),
        ),
      );
      // The first version takes over at once; a later one waits until the page asks for it.
      const registration = self.registration;
      if (!registration.active) await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(cachePrefix) && name !== cacheName) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "kehoach:activate-update") self.skipWaiting();
  if (event.data && event.data.type === "kehoach:version") {
    event.source?.postMessage({ type: "kehoach:version", version: PRECACHE.version });
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const key = cacheKey(url, request.mode === "navigate");
  if (key === null) return; // not part of the site's precache (Storybook, source maps): the network's
  event.respondWith(fromCacheOrNetwork(request, key));
});

/** The precached file that answers a URL: the file itself, a folder's index.html, an app's page for a deep link. */
function cacheKey(url, isNavigation) {
  const clean = new URL(url.pathname, url.origin).href;
  if (precached.has(clean)) return clean;
  if (!isNavigation) return null;
  const folderIndex = new URL(`${url.pathname.replace(/\/?$/, "/")}index.html`, url.origin).href;
  if (precached.has(folderIndex)) return folderIndex;
  const app = url.pathname.slice(scope.pathname.length).split("/")[0];
  if (app && appFolders.has(app)) {
    const appIndex = new URL(`${app}/index.html`, scope).href;
    if (precached.has(appIndex)) return appIndex;
  }
  return null;
}

async function fromCacheOrNetwork(request, key) {
  const cache = await caches.open(cacheName);
  const hit = await cache.match(key);
  if (hit) return hit;
  return fetch(request);
}
