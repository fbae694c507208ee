/* global self, caches */
// Ruta POT service worker (ADR 0022): the app shell and its hashed assets are kept in the
// browser, so a repeat visit on a slow link paints at once. The API is never cached here:
// its answers are private to the signed-in person and always come from the server.
const CACHE = 'ruta-pot-shell-v1';
const SHELL = '/';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.add(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/** The cached shell answers at once; a fresh copy is fetched for the next visit. */
async function shell(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(SHELL);
  const fresh = fetch(SHELL, { credentials: 'same-origin' })
    .then((response) => {
      if (response.ok) void cache.put(SHELL, response.clone());
      return response;
    })
    .catch(() => undefined);
  return cached ?? (await fresh) ?? fetch(request);
}

/** Hashed files never change under the same name: the cached copy is always right. */
async function hashed(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) void cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') event.respondWith(shell(request));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(hashed(request));
});
