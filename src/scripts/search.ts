/**
 * Search page enhancement: reads ?q= from the address and asks two indexes at once:
 * the finder of villages and offices (our own name index, src/lib/finder/)
 * and this language's Pagefind index of the guides. Loaded only on /cari/; the page
 * works without it (it then shows the topic index and the village directory).
 */
import { companiesFirst, companyName, looksLikeCompany, mostWordsFirst } from '../lib/company-search.ts';
import { finderFolder, officeFilePath, placeOf, type FinderRow, type OfficeFile } from '../lib/finder/format.ts';
import { findPlaces, provinceCounts, reportedCounts, servingOffices, type FinderAnswer } from '../lib/finder/lookup.ts';
import { formatMonth } from '../lib/format.ts';
import { nameWords, queryWords } from '../lib/finder/words.ts';
import { createTranslator } from '../lib/i18n.ts';
import { officeListPath, visitGuidePath } from '../lib/paths.ts';
import { searchableQuery } from '../lib/search-text.ts';
import type { SearchStrings } from './search-strings.ts';

interface PagefindResultData {
  url: string;
  meta: { title?: string; description?: string };
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[] }>;
}

/** Guide and office results shown at first and per "more" press: each one is a separate download. */
const PAGE_SIZE = 3;
/** For a query that looks like a company name: results looked at to find company pages to put first. */
const COMPANY_LOOKAHEAD = 5;
/** Villages listed at most; more than this and the reader is asked to add a place name. */
const MAX_VILLAGES = 20;

const root = document.querySelector<HTMLElement>('[data-search]');
const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
// With a query, Pagefind starts loading at once: no loader file of its own to fetch first.
if (query) {
  (globalThis as { pagefindLoading?: Promise<unknown> }).pagefindLoading = import(
    /* @vite-ignore */ `/pagefind/${document.documentElement.lang}/pagefind.js`
  );
}
// The page says its language, its addresses' prefix (`/en`, or nothing for Indonesian) and
// hands over the UI strings this script uses (src/scripts/search-strings.ts) as one object:
// they are filled and counted by the same translator as the build's (src/lib/i18n.ts).
const locale = root?.dataset.locale ?? document.documentElement.lang;
const prefix = root?.dataset.prefix ?? '';
const localizePath = (path: string) => `${prefix}${path}`;
const t = createTranslator(JSON.parse(root?.dataset.strings ?? '{}') as SearchStrings, locale);

/** The short name of a kind of village (desa, kelurahan, desa adat). */
const kindName = (kind: string) =>
  kind === 'desa' || kind === 'kelurahan' || kind === 'desa-adat' ? t(`village.kindShort.${kind}`) : kind;

/** Text with the query's words marked, built from text nodes (nothing is parsed as HTML). */
function marked(text: string, words: string[]): DocumentFragment {
  const out = document.createDocumentFragment();
  const pattern =
    words.length > 0 ? new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu') : undefined;
  for (const [i, part] of (pattern ? text.split(pattern) : [text]).entries()) {
    out.append(i % 2 === 1 ? el('mark', part) : part);
  }
  return out;
}

/** An element with its text and child elements. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, ...parts: (string | Node)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.append(...parts);
  return e;
}

const link = (href = '', text = '') => Object.assign(el('a', text), { href });

function item(href: string, title: string, meta: string, summary?: DocumentFragment): HTMLLIElement {
  const li = el('li', link(href, title), Object.assign(el('span', ` · ${meta}`), { className: 'meta' }));
  if (summary) li.append(el('p', summary));
  return li;
}

// ---- Villages and offices: our own finder ----

/** The finder's files, each fetched once. */
const finderFiles = new Map<string, Promise<unknown>>();
const finderFile = (path: string): Promise<unknown> => {
  if (!finderFiles.has(path))
    finderFiles.set(
      path,
      fetch(`/${finderFolder}/${path}`).then(
        (r) => (r.ok ? r.json() : undefined),
        () => undefined,
      ),
    );
  return finderFiles.get(path)!;
};

/**
 * A village outside the program (no page): where it is, that it is not (yet) in the
 * program, the offices that serve it, and how its village head can ask for a visit. Where
 * an office reported program villages in its regency or district without naming them all,
 * the answer says so and sends the reader to that office instead of saying "not".
 */
function otherVillage(row: FinderRow, title: string, file: OfficeFile | undefined) {
  const { kind, district, regency, province, regencyCode } = placeOf(row);
  const { scope, offices } = servingOffices(file, regencyCode);
  // A regional office's count covers the whole province: its area is the province.
  const counted = [
    ...reportedCounts(file, regencyCode, district).map(([office, path, n, reportedAt, districts]) => ({
      office,
      path,
      n,
      reportedAt,
      area: districts.length > 0 ? t('counts.districts', { names: districts.join(', '), regency }) : regency,
    })),
    ...provinceCounts(file, regencyCode).map(([office, path, n, reportedAt]) => ({ office, path, n, reportedAt, area: province })),
  ];
  // Offices with a page to ask; a regional office has none here (the serving offices follow below).
  const askOffices = [...new Map(counted.filter(({ path }) => path !== '').map(({ office, path }) => [path, office]))];
  const status =
    counted.length > 0
      ? [
          ...counted.map(({ office, n, reportedAt, area }) =>
            Object.assign(el('p', t.count('search.counted', n, { office, area, month: formatMonth(reportedAt, locale) })), {
              className: 'counted',
            }),
          ),
          askOffices.length > 0
            ? el(
                'p',
                `${t('search.countedAsk')} `,
                ...askOffices.flatMap(([path, office], i) => [i > 0 ? ', ' : '', link(localizePath(path), office)]),
              )
            : el('p', t('counts.ask')),
        ]
      : [el('p', t('search.notProgram', { kind: kindName(kind) }))];
  return el(
    'li',
    el('strong', t('search.otherVillage', { village: title, district, regency, province })),
    ...status,
    offices.length > 0
      ? el(
          'p',
          `${scope === 'regency' ? t('search.officesRegency', { regency }) : t('search.officesProvince', { regency, province })} `,
          ...offices.flatMap(([name, path], i) => [i > 0 ? ', ' : '', link(localizePath(path), name)]),
        )
      : el('p', `${t('search.officesNone', { province })} `, link(localizePath(officeListPath), t('search.officesList'))),
    el('p', link(localizePath(visitGuidePath), t('search.visitGuide'))),
  );
}

async function showVillages(section: HTMLElement, rows: FinderRow[]) {
  const list = section.querySelector<HTMLUListElement>('[data-village-list]')!;
  const note = section.querySelector<HTMLElement>('[data-village-note]')!;
  const shown = rows.slice(0, MAX_VILLAGES);
  // The offices of each village outside the program: one small file per province.
  const officeFiles = await Promise.all(
    shown.map((row) => {
      const { path, regencyCode } = placeOf(row);
      return path ? undefined : (finderFile(officeFilePath(regencyCode)) as Promise<OfficeFile | undefined>);
    }),
  );
  list.replaceChildren(
    ...shown.map((row, i) => {
      const { name, kind, district, regency, province, path } = placeOf(row);
      if (kind === 'kantor') return item(localizePath(path), name, `${t('search.kind.office')}, ${regency}, ${province}`);
      const title = t('village.title', { kind: kindName(kind), name });
      return path
        ? item(localizePath(path), title, t('search.villagePlace', { district, regency, province }))
        : otherVillage(row, title, officeFiles[i]);
    }),
  );
  note.textContent = rows.length > MAX_VILLAGES ? t('search.villagesMany', { n: rows.length }) : '';
  section.hidden = rows.length === 0;
}

function showProvinceChoice(section: HTMLElement, answer: Extract<FinderAnswer, { provinces: unknown }>) {
  const choices = section.querySelector<HTMLUListElement>('[data-province-choices]')!;
  const note = section.querySelector<HTMLElement>('[data-village-note]')!;
  const total = answer.provinces.reduce((n, [, , c]) => n + c, 0);
  note.textContent = t('search.villagesChoose', { n: total, q: answer.matched.join(' ') });
  choices.replaceChildren(
    ...answer.provinces.map(([code, name, n]) => {
      const button = Object.assign(el('button', `${name} (${t.number(n)})`), { type: 'button', className: 'button' });
      button.addEventListener('click', async () => {
        choices.replaceChildren();
        await showVillages(section, await answer.load(code));
        section.querySelector<HTMLElement>('h2')?.focus();
      });
      return el('li', button);
    }),
  );
  section.hidden = false;
}

// ---- Guides: Pagefind ----

async function findPages(text: string, filters?: Record<string, string[]>): Promise<PagefindResult[]> {
  if (!text) return [];
  // Started at the top of this script.
  const pagefind = await (globalThis as { pagefindLoading?: Promise<Pagefind> }).pagefindLoading;
  if (!pagefind) throw new Error('Pagefind did not load');
  // noWorker: the worker is a second copy of the engine (12 KB gzip); one query does not need it.
  await pagefind.options({ basePath: `/pagefind/${locale}/`, baseUrl: '/', noWorker: true });
  return (await pagefind.search(text, filters ? { filters } : undefined)).results;
}

/** For a query of several words that found nothing: the pages holding most of its words (each word is one search). */
async function mostWordsPages(text: string): Promise<PagefindResult[]> {
  const words = text.split(' ').filter(Boolean);
  if (words.length < 2) return [];
  const perWord = await Promise.all(words.map((w) => findPages(w)));
  const byId = new Map(perWord.flat().map((r) => [r.id, r]));
  return mostWordsFirst(perWord.map((list) => list.map((r, rank) => ({ id: r.id, rank })))).map((id) => byId.get(id)!);
}

/** A result whose data is fetched once however often it is asked for. */
function once(result: PagefindResult): PagefindResult {
  let data: Promise<PagefindResultData> | undefined;
  return { id: result.id, data: () => (data ??= result.data()) };
}

/** A company-looking query that matched no company record: say so, and how to check the company. */
function showCompanyAnswer(section: HTMLElement, name: string) {
  const absent = section.querySelector<HTMLElement>('[data-company-absent]')!;
  absent.textContent = t('search.company.absent', { q: name, date: section.dataset.asOf ?? '' });
  section.hidden = false;
}

async function run(root: HTMLElement) {
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  if (input) input.value = query;
  if (!query) return;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const villages = root.querySelector<HTMLElement>('[data-village-results]')!;
  const pages = root.querySelector<HTMLElement>('[data-page-results]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  status.textContent = t('search.loading');
  const words = queryWords(query);
  const pageText = searchableQuery(query, (root.dataset.commonWords ?? '').split(' '));
  const highlight = pageText.split(' ').filter(Boolean);
  const companyLike = looksLikeCompany(query);
  // Companies are found by their name: "PT", "CV" or "perusahaan" in front is not part of it.
  const nameText = companyLike ? searchableQuery(companyName(query), (root.dataset.commonWords ?? '').split(' ')) : pageText;
  try {
    // Either index may fail (a dropped connection): show what the other found.
    // "PT ...", "CV ...", "perusahaan ...": a company, never a village; the village finder is not asked.
    const noPlaces: FinderAnswer = { rows: [] };
    const [places, guides] = await Promise.allSettled([companyLike ? noPlaces : findPlaces(words, finderFile), findPages(nameText)]);
    const villageAnswer = places.status === 'fulfilled' ? places.value : noPlaces;
    let results = (guides.status === 'fulfilled' ? guides.value : []).map(once);
    // A company's name: its page first (each result looked at is one small download, so only for such a query).
    const head = companyLike ? await Promise.all(results.slice(0, COMPANY_LOOKAHEAD).map(async (r) => ({ r, d: await r.data() }))) : [];
    const companies = head.filter(({ d }) => d.filters.kind?.[0] === 'company').map(({ r }) => r.id);
    results = companiesFirst(results, new Set(companies));
    const failed = places.status === 'rejected' || guides.status === 'rejected';
    // A query of real words never ends on an empty page: fall back to the pages with most of its words
    // (a company's name that is not in our records gets its own answer instead).
    const fallback = !failed && !companyLike && results.length === 0 ? await mostWordsPages(pageText) : [];
    if (fallback.length > 0) results = fallback;
    if (companyLike && companies.length === 0)
      showCompanyAnswer(root.querySelector<HTMLElement>('[data-company-answer]')!, companyName(query));
    if (failed) console.error(places.status === 'rejected' ? places.reason : (guides as PromiseRejectedResult).reason);
    let shown = 0;
    const showMore = async () => {
      const next = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
      list.append(
        ...next.map((r) => {
          const found = r.filters.kind?.[0];
          const kind = found === 'office' || found === 'company' ? t(`search.kind.${found}`) : t('search.kind.guide');
          return item(r.url, r.meta.title ?? r.url, kind, marked(r.meta.description ?? '', highlight));
        }),
      );
      if (shown > 0) list.children[shown]?.querySelector('a')?.focus();
      shown += next.length;
      more.hidden = shown >= results.length;
    };
    // A company found by its name comes before the places: "bumi mas indonesia" is more
    // likely the company a recruiter named than a village called Bumi ... (for a name of two
    // words or more; one word such as "jaya" is more often a place).
    const top = results[0] ? await results[0].data() : undefined;
    const title = nameWords(top?.meta.title ?? '');
    if (top?.filters.kind?.[0] === 'company' && words.length > 1 && words.every((w) => title.some((n) => n.startsWith(w))))
      villages.before(pages);
    more.addEventListener('click', () => void showMore());
    await showMore();
    pages.hidden = results.length === 0;
    let villageCount = 0;
    if ('rows' in villageAnswer) {
      await showVillages(villages, villageAnswer.rows);
      villageCount = villageAnswer.rows.length;
    } else {
      showProvinceChoice(villages, villageAnswer);
      villageCount = villageAnswer.provinces.reduce((n, [, , c]) => n + c, 0);
    }
    const total = villageCount + results.length;
    status.textContent =
      fallback.length > 0
        ? t('search.fallback', { q: query })
        : total > 0
          ? `${t.count('search.results', total, { q: query })}${failed ? ` ${t('search.partial')}` : ''}`
          : failed
            ? t('search.failed')
            : companyLike
              ? t('search.none', { q: query }) // the company answer below says what to do
              : `${t('search.none', { q: query })} ${t('search.noneHelp')}`;
  } catch (error) {
    console.error(error);
    status.textContent = t('search.failed');
  }
}

// `data-search-done` once the answer is on the page (or the search failed): what tests and
// measurements wait for.
if (root) void run(root).finally(() => root.setAttribute('data-search-done', ''));
