// The service worker that makes pyprep work offline: it precaches every file of the built site
// and answers same-origin GET requests from that cache first. This file is a template:
// scripts/precache.mjs writes the built site's sw.js from it, replacing the two placeholders below
// (each appears exactly once) with the list of files and a cache name derived from their hash.
// Unprocessed, it still runs: it caches nothing and passes every request to the network.

const PRECACHE = self.__PRECACHE__ || [];
const CACHE_NAME = self.__CACHE_NAME__ || 'pyprep-dev';
const CACHE_PREFIX = 'pyprep-';

// Installing downloads the whole site into a new cache, bypassing the HTTP cache so that a new
// version never stores stale files, then activates at once.
self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE_NAME);
    await cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })));
    await self.skipWaiting();
  })());
});

// Activating deletes the caches of older versions and takes control of the open pages.
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names
      .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME)
      .map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

// Same-origin GET requests are answered from the cache, then from the network. Navigations ignore
// the query string, so that "/?pack=..." is still served the cached index.html, and fall back to
// the cached start page when the network fails. Cross-origin requests are not intercepted.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  if (new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(respond(request));
});

async function respond(request) {
  const navigation = request.mode === 'navigate';
  const cache = await caches.open(CACHE_NAME);
  const cached = await cache.match(request, { ignoreSearch: navigation });
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (error) {
    const start = navigation ? await cache.match('./') : undefined;
    if (start) return start;
    throw error;
  }
}
