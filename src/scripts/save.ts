/**
 * The save page's script (/simpan/): the only page that registers the service worker.
 * Nothing is stored until the reader presses Save. Then it registers `/sw.js` (scope:
 * the whole site), fetches the language's list of files (`manifest.json`, written after
 * the build with every file's size) and keeps each file in the language's cache, with
 * the village and office the reader came from (`?desa=&kantor=`). Remove deletes every
 * cache of the site and unregisters the worker. The worker (public/sw.js) then serves
 * the network first and a saved copy only when the network fails.
 */
import { createTranslator } from '../lib/i18n.ts';
import { cachePrefix, formatSize, placesToSave, type SaveManifest } from '../lib/offline.ts';
import type { SaveStrings } from './save-strings.ts';

/** What was saved, kept beside the pages: the save page reads it back, the worker lists the places on the offline page. */
interface SavedRecord {
  savedAt: string;
  bytes: number;
  places: { url: string; title: string }[];
}

const root = document.querySelector<HTMLElement>('[data-save]')!;
const { locale = 'id', prefix = '', manifest: manifestUrl = '', record: recordUrl = '', cache: cacheName = '', worker = '' } = root.dataset;
const status = root.querySelector<HTMLElement>('[data-save-status]')!;
const saveButton = root.querySelector<HTMLButtonElement>('[data-save-button]')!;
const removeButton = root.querySelector<HTMLButtonElement>('[data-save-remove]')!;
// The UI strings this script uses (src/scripts/save-strings.ts), filled by the build's translator.
const t = createTranslator(JSON.parse(root.dataset.strings ?? '{}') as SaveStrings, locale);
const dateOf = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

function say(text: string) {
  status.textContent = text;
}

/** The `<h1>` of a saved page, as text (never parsed into this page). */
function titleOf(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').querySelector('h1')?.textContent?.trim() ?? '';
}

/** What this language's last save kept, if anything (caches.has() reads; it never creates a cache). */
async function savedRecord(): Promise<SavedRecord | undefined> {
  if (!(await caches.has(cacheName))) return undefined;
  const response = await (await caches.open(cacheName)).match(recordUrl);
  return (response?.json() as Promise<SavedRecord> | undefined)?.catch(() => undefined);
}

async function showSaved(): Promise<void> {
  const saved = await savedRecord();
  if (saved) say(t('save.saved', { date: dateOf(saved.savedAt), size: formatSize(saved.bytes, locale) }));
}

async function save(): Promise<void> {
  // A village saved before stays saved when the reader saves again from another page.
  const before = (await savedRecord())?.places.map((p) => p.url) ?? [];
  const places = [...new Set([...before, ...placesToSave(location.search).map((path) => `${prefix}${path}`)])];
  await navigator.serviceWorker.register(worker, { scope: '/' });
  const manifest = (await (await fetch(manifestUrl, { cache: 'no-store' })).json()) as SaveManifest;
  const urls = [...manifest.files.map((f) => f.url), ...places];
  // Saving again starts afresh: no chunk of an older search index is left behind.
  await caches.delete(cacheName);
  const cache = await caches.open(cacheName);
  let done = 0;
  let bytes = 0;
  const titles = new Map<string, string>();
  say(t('save.saving', { done: 0, total: urls.length }));
  // A few at a time: a slow connection is not flooded, a fast one is not kept waiting.
  for (let i = 0; i < urls.length; i += 4) {
    await Promise.all(
      urls.slice(i, i + 4).map(async (url) => {
        const response = await fetch(url, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        const body = await response.clone().arrayBuffer();
        bytes += body.byteLength;
        if (places.includes(url)) titles.set(url, titleOf(new TextDecoder().decode(body)));
        await cache.put(url, response);
        done += 1;
        say(t('save.saving', { done, total: urls.length }));
      }),
    );
  }
  const record: SavedRecord = {
    savedAt: new Date().toISOString(),
    bytes,
    places: places.map((url) => ({ url, title: titles.get(url) ?? url })),
  };
  await cache.put(recordUrl, new Response(JSON.stringify(record), { headers: { 'content-type': 'application/json' } }));
  await navigator.serviceWorker.ready;
  say(t('save.saved', { date: dateOf(record.savedAt), size: formatSize(bytes, locale) }));
}

/** Asks the worker to delete its caches itself (see public/sw.js), waiting at most 5 s. */
function askWorkerToRemove(worker: ServiceWorker): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    worker.postMessage('remove', [channel.port2]);
    setTimeout(resolve, 5000);
  });
}

/** Deletes every cache of the site and unregisters the worker: nothing is left. */
async function removeAll(): Promise<void> {
  const registrations = await navigator.serviceWorker.getRegistrations();
  for (const registration of registrations) if (registration.active) await askWorkerToRemove(registration.active);
  for (const registration of registrations) await registration.unregister();
  for (const name of await caches.keys()) if (name.startsWith(cachePrefix)) await caches.delete(name);
}

async function run(action: () => Promise<void>, onError: () => Promise<void>): Promise<void> {
  saveButton.disabled = true;
  removeButton.disabled = true;
  try {
    await action();
  } catch (error) {
    console.error(error);
    await onError();
  } finally {
    saveButton.disabled = false;
    removeButton.disabled = false;
  }
}

root.querySelector('[data-save-nojs]')?.setAttribute('hidden', '');
if (!('serviceWorker' in navigator) || !('caches' in window)) {
  say(t('save.unsupported'));
} else {
  root.querySelector('[data-save-controls]')?.removeAttribute('hidden');
  saveButton.addEventListener('click', () =>
    run(save, async () => {
      // Half a save is no save: what was kept is dropped, and the worker goes when nothing is left.
      await caches.delete(cacheName);
      if ((await caches.keys()).every((name) => !name.startsWith(cachePrefix))) await removeAll();
      say(t('save.failed'));
    }),
  );
  removeButton.addEventListener('click', () =>
    run(
      async () => {
        await removeAll();
        say(t('save.removed'));
      },
      async () => say(t('save.failed')),
    ),
  );
  void showSaved();
}
