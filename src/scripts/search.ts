/**
 * Search page enhancement: reads ?q= from the address, asks this language's Pagefind
 * index, and lists the results inside <main>. Loaded only on /cari/; the page works
 * without it (it then shows the topic index and the village directory).
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

/** Results shown at first and per "more" press: each one is a separate download. */
const PAGE_SIZE = 3;

const root = document.querySelector<HTMLElement>('[data-search]');
const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';

/** Pagefind marks matches with <mark>; keep those and escape everything else. */
function safeExcerpt(html: string): string {
  const text = html.replace(/<mark>/g, '\u0001').replace(/<\/mark>/g, '\u0002').replace(/<[^>]*>/g, '');
  const decoded = new DOMParser().parseFromString(text, 'text/html').documentElement.textContent ?? '';
  const escaped = decoded.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped.replace(/\u0001/g, '<mark>').replace(/\u0002/g, '</mark>');
}

function fill(template: string | undefined, values: Record<string, string>): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

function resultItem(result: PagefindResultData, labels: DOMStringMap): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const kind = result.filters.kind?.[0] ?? '';
  const label = document.createElement('span');
  label.className = 'meta';
  label.textContent = ` · ${labels[`kind${kind.charAt(0).toUpperCase()}${kind.slice(1)}`] ?? ''}`;
  const excerpt = document.createElement('p');
  excerpt.innerHTML = safeExcerpt(result.excerpt);
  item.append(link, label, excerpt);
  return item;
}

async function run(root: HTMLElement) {
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  if (input) input.value = query;
  if (!query) return;
  const labels = root.dataset;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  status.textContent = labels.loading ?? '';
  try {
    const bundle = `/pagefind/${document.documentElement.lang}/`;
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    // noWorker: the worker is a second copy of the engine (12 KB gzip); one query does not need it.
    await pagefind.options({ basePath: bundle, baseUrl: '/', excerptLength: 24, noWorker: true });
    const { results } = await pagefind.search(query);
    let shown = 0;
    const showMore = async () => {
      const next = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
      list.append(...next.map((r) => resultItem(r, labels)));
      if (shown > 0) list.children[shown]?.querySelector('a')?.focus();
      shown += next.length;
      more.hidden = shown >= results.length;
    };
    more.addEventListener('click', () => void showMore());
    await showMore();
    status.textContent =
      results.length > 0
        ? fill(labels.results, { n: String(results.length), q: query })
        : `${fill(labels.none, { q: query })} ${labels.noneHelp ?? ''}`;
  } catch (error) {
    console.error(error);
    status.textContent = labels.failed ?? '';
  }
}

if (root) void run(root);
