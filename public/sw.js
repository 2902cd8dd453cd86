/*
 * Service worker: saved pages open without a connection.
 *
 * Registered only by the save page (/simpan/, src/scripts/save.ts), and only when the
 * reader presses Save. Scope: the whole site ("/"). Caches: one per language,
 * "desa-binaan-simpan-<language>" (desa-binaan-simpan-id, desa-binaan-simpan-en),
 * filled by the save page; this worker never adds a file the reader did not save, it
 * only refreshes a saved page with the copy it has just fetched. The names below are the
 * ones in src/lib/offline.ts (a unit test checks they agree).
 *
 * Every request goes to the network first, so a corrected fee or number is never hidden
 * behind an old copy; the saved copy is used only when the network fails. A page that
 * was not saved then gets the offline page of its language, listing what was saved.
 */
const CACHE_PREFIX = 'desa-binaan-simpan-';
const OFFLINE_PATH = '/simpan/luring/';
const RECORD_PATH = '/simpan/tersimpan.json';
/** Search files are kept as one set from one save: a fresh entry must not point at chunks that were never saved. */
const KEEP_AS_SAVED = /^\/pagefind\//;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

/** Refreshes under way, and whether the saved pages are being removed: one writer at a time. */
const refreshing = new Set();
let removing = false;

/*
 * The save page's Remove asks the worker to delete the caches itself, after any refresh
 * it has under way: a refresh that opened a cache after the page deleted it would make
 * it anew, and something would stay stored.
 */
self.addEventListener('message', (event) => {
  if (event.data !== 'remove') return;
  removing = true;
  event.waitUntil(
    (async () => {
      await Promise.allSettled([...refreshing]);
      for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX)) await caches.delete(name);
      removing = false;
      event.ports[0]?.postMessage('removed');
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(networkFirst(event, request, url));
});

async function networkFirst(event, request, url) {
  try {
    const response = await fetch(request);
    if (response.ok && !removing && !KEEP_AS_SAVED.test(url.pathname)) {
      const refresh = refreshSaved(url, response.clone()).finally(() => refreshing.delete(refresh));
      refreshing.add(refresh);
      event.waitUntil(refresh);
    }
    return response;
  } catch (error) {
    // Pagefind asks for pagefind-entry.json?ts=<time> (its cache-busting): saved copies match without the query.
    const saved = await caches.match(url.origin + url.pathname, { ignoreSearch: true });
    if (saved) return saved;
    if (request.mode === 'navigate') {
      const offline = await offlinePage(url);
      if (offline) return offline;
    }
    throw error;
  }
}

/** Keeps a saved page as fresh as the last time it was read online. */
async function refreshSaved(url, response) {
  const key = url.origin + url.pathname;
  for (const name of await caches.keys()) {
    // caches.match with a cache name never makes a cache; caches.open would.
    if (!name.startsWith(CACHE_PREFIX) || !(await caches.match(key, { ignoreSearch: true, cacheName: name }))) continue;
    await (await caches.open(name)).put(key, response.clone());
  }
}

/** The language prefix of an address ("/en"), or "" for Indonesian, judged by which offline page was saved. */
async function languagePrefix(url) {
  const first = url.pathname.split('/')[1];
  if (first && (await caches.match(`/${first}${OFFLINE_PATH}`))) return `/${first}`;
  return '';
}

const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The offline page of the address's language (or any saved one), with the saved village and office listed. */
async function offlinePage(url) {
  const prefix = await languagePrefix(url);
  const page = (await caches.match(`${prefix}${OFFLINE_PATH}`)) ?? (await caches.match(OFFLINE_PATH));
  if (!page) return undefined;
  let html = await page.text();
  const record = await caches.match(`${prefix}${RECORD_PATH}`);
  const places = record ? ((await record.json()).places ?? []) : [];
  if (places.length > 0) {
    const items = places.map((p) => `<li><a href="${escapeHtml(p.url)}">${escapeHtml(p.title)}</a></li>`).join('');
    html = html
      .replace('<section data-saved-places hidden>', '<section data-saved-places>')
      .replace('<ul data-saved-list></ul>', `<ul data-saved-list>${items}</ul>`);
  }
  return new Response(html, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
}
