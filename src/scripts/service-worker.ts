/*
 * Service worker: saved pages open without a connection. Bundled at build into `/sw.js`
 * (src/pages/sw.js.ts), with its names imported from src/lib/offline.ts, the file the
 * save page's script uses too.
 *
 * Registered only by the save page (/simpan/, src/scripts/save.ts), and only when the
 * reader presses Save. Scope: the whole site ("/"). Caches: one per language,
 * "desa-binaan-simpan-<language>" (desa-binaan-simpan-id, desa-binaan-simpan-en),
 * filled by the save page; this worker never adds a file the reader did not save, it
 * only refreshes a saved page with the copy it has just fetched.
 *
 * Every request goes to the network first, so a corrected fee or number is never hidden
 * behind an old copy; the saved copy is used only when the network fails. A page that
 * was not saved then gets the offline page of its language, listing what was saved.
 */
import { cachePrefix, offlinePath, savedRecordPath } from '../lib/offline.ts';

/*
 * The parts of the worker's global scope used here, declared for this file alone:
 * TypeScript's DOM and WebWorker libraries cannot be loaded in one program.
 */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
interface WorkerEvents {
  install: ExtendableEvent;
  activate: ExtendableEvent;
  fetch: FetchEvent;
  message: ExtendableMessageEvent;
}
declare const self: {
  readonly location: { readonly origin: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener<K extends keyof WorkerEvents>(type: K, listener: (event: WorkerEvents[K]) => void): void;
};

/** The places the save page kept beside the pages (`savedRecordPath`), as far as the worker reads them. */
interface SavedPlaces {
  places?: { url: string; title: string }[];
}

/** Search files are kept as one set from one save: a fresh entry must not point at chunks that were never saved. */
const keepAsSaved = /^\/pagefind\//;

self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

/** Refreshes under way, and whether the saved pages are being removed: one writer at a time. */
const refreshing = new Set<Promise<void>>();
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
      for (const name of await caches.keys()) if (name.startsWith(cachePrefix)) await caches.delete(name);
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

async function networkFirst(event: FetchEvent, request: Request, url: URL): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok && !removing && !keepAsSaved.test(url.pathname)) {
      const refresh: Promise<void> = refreshSaved(url, response.clone()).finally(() => refreshing.delete(refresh));
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
async function refreshSaved(url: URL, response: Response): Promise<void> {
  const key = url.origin + url.pathname;
  for (const name of await caches.keys()) {
    // caches.match with a cache name never makes a cache; caches.open would.
    if (!name.startsWith(cachePrefix) || !(await caches.match(key, { ignoreSearch: true, cacheName: name }))) continue;
    await (await caches.open(name)).put(key, response.clone());
  }
}

/** The language prefix of an address ("/en"), or "" for Indonesian, judged by which offline page was saved. */
async function languagePrefix(url: URL): Promise<string> {
  const first = url.pathname.split('/')[1];
  if (first && (await caches.match(`/${first}${offlinePath}`))) return `/${first}`;
  return '';
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The offline page of the address's language (or any saved one), with the saved village and office listed. */
async function offlinePage(url: URL): Promise<Response | undefined> {
  const prefix = await languagePrefix(url);
  const page = (await caches.match(`${prefix}${offlinePath}`)) ?? (await caches.match(offlinePath));
  if (!page) return undefined;
  let html = await page.text();
  const record = await caches.match(`${prefix}${savedRecordPath}`);
  const places = record ? (((await record.json()) as SavedPlaces).places ?? []) : [];
  if (places.length > 0) {
    const items = places.map((p) => `<li><a href="${escapeHtml(p.url)}">${escapeHtml(p.title)}</a></li>`).join('');
    html = html
      .replace('<section data-saved-places hidden>', '<section data-saved-places>')
      .replace('<ul data-saved-list></ul>', `<ul data-saved-list>${items}</ul>`);
  }
  return new Response(html, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
}
