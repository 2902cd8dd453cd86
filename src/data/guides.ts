import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, locales, type Locale } from '../lib/locales.ts';
import { isStale } from '../lib/content-report.ts';
import { daysBetween, todayInJakarta } from '../lib/format.ts';
import { guideAddress, normalizePath, printPath } from '../lib/urls.ts';

export type GuideEntry = CollectionEntry<'guides'>;

/** A guide page at one language's address. */
export interface GuidePage {
  /** The language of the address (`/en/...` is `en`). */
  locale: Locale;
  /** Language-neutral path: `/paspor/syarat/`. */
  path: string;
  /** The entry rendered there: the translation, or the Indonesian original as a fallback. */
  entry: GuideEntry;
  /** True when the page shows the Indonesian original because no translation exists. */
  fallback: boolean;
  /** Languages the guide really exists in (for hreflang). */
  translations: Locale[];
  /** The language of the text shown: Indonesian on a fallback page. */
  contentLocale: Locale;
  /** True for a topic's own page (`/paspor/`): it lists the topic's guides and has a booklet. */
  isTopicIndex: boolean;
  /** The printable leaflet's language-neutral path: `/cetak/paspor/syarat/`. */
  printPath: string;
  /** The topic booklet's path (topic pages only): `/cetak/buku/paspor/`. */
  bookletPath: string | undefined;
  /** The step-by-step roads this guide is a step of. */
  partOf: RoadMembership[];
}

/** A guide's place on a step-by-step road (a guide with `road` in its front matter). */
export interface RoadMembership {
  /** The road guide's language-neutral path. */
  path: string;
  /** The road's title, in the language shown. */
  title: string;
  /** The steps (1-based) this guide explains: one guide may explain several. */
  steps: number[];
  total: number;
}

function guideFile(entry: GuideEntry): string {
  return `content/guides/${entry.id}.mdx`;
}

let cache: Promise<GuidePage[]> | undefined;

/**
 * Every guide page in every language. Each Indonesian guide gets a page in every
 * shipped language: its translation where there is one, else the original as a fallback.
 * Fails the build for two guides at one address, a translation without an Indonesian
 * original, or a guide filed under another topic than its front matter says.
 */
export function guidePages(): Promise<GuidePage[]> {
  cache ??= (async () => {
    const entries = await getCollection('guides');
    const byAddress = new Map<string, GuideEntry>();
    for (const entry of entries) {
      const { locale, path } = guideAddress(entry.id);
      if (!(locales as readonly string[]).includes(locale)) {
        throw new Error(`${guideFile(entry)}: "${locale}" is not a shipped language folder; allowed: ${locales.join(', ')}`);
      }
      const topicFolder = path.split('/')[1];
      if (topicFolder !== entry.data.topic) {
        throw new Error(
          `${guideFile(entry)}: field "topic" is "${entry.data.topic}" but the file is in the "${topicFolder}" folder; ` +
            'a guide lives in the folder of its topic',
        );
      }
      const key = `${locale}${path}`;
      const other = byAddress.get(key);
      if (other) {
        throw new Error(`${guideFile(entry)} and ${guideFile(other)} both make the page ${path} in "${locale}"; rename one`);
      }
      byAddress.set(key, entry);
    }
    const pages: GuidePage[] = [];
    for (const original of entries.filter((entry) => guideAddress(entry.id).locale === defaultLocale)) {
      const { path } = guideAddress(original.id);
      const translations = locales.filter((locale) => byAddress.has(`${locale}${path}`));
      const isTopicIndex = path === `/${original.data.topic}/`;
      for (const locale of locales) {
        const own = byAddress.get(`${locale}${path}`);
        pages.push({
          locale,
          path,
          entry: own ?? original,
          fallback: !own,
          translations,
          contentLocale: own ? locale : defaultLocale,
          isTopicIndex,
          printPath: printPath(path),
          bookletPath: isTopicIndex ? printPath(`/buku${path}`) : undefined,
          partOf: [],
        });
      }
    }
    linkRoads(pages);
    for (const [key, entry] of byAddress) {
      const { path } = guideAddress(entry.id);
      if (!byAddress.has(`${defaultLocale}${path}`)) {
        throw new Error(`${guideFile(entry)}: no Indonesian original at content/guides/${defaultLocale}${path.slice(0, -1)}.mdx (${key})`);
      }
    }
    // A warning, not a failure: an old review is a task for an editor, not a broken page.
    const today = todayInJakarta();
    for (const entry of entries.filter((e) => isStale(e.data.reviewedAt, today))) {
      console.warn(
        `[content] warning: ${guideFile(entry)}: reviewedAt ${entry.data.reviewedAt} is ${daysBetween(entry.data.reviewedAt, today)} days ago; check the page against its sources`,
      );
    }
    return pages.sort((a, b) => a.entry.data.order - b.entry.data.order || a.path.localeCompare(b.path));
  })();
  return cache;
}

/** The guides of one topic in one language, in reading order, without the topic's own index page. */
export async function topicGuides(topic: string, locale: Locale): Promise<GuidePage[]> {
  return (await guidePages()).filter((page) => page.locale === locale && page.entry.data.topic === topic && page.path !== `/${topic}/`);
}

/**
 * Fills each guide's `partOf` from the roads (guides with `road` steps) of its language,
 * and fails the build for a step that names no guide.
 */
function linkRoads(pages: GuidePage[]): void {
  const byKey = new Map(pages.map((page) => [`${page.locale}${page.path}`, page]));
  for (const road of pages) {
    const steps = road.entry.data.road ?? [];
    steps.forEach((step, index) => {
      const target = byKey.get(`${road.locale}${normalizePath(step.guide)}`);
      if (!target) {
        throw new Error(
          `${guideFile(road.entry)}: road step ${index + 1} ("${step.title}"): field "guide" is "${step.guide}", but there is no guide at ${normalizePath(step.guide)}`,
        );
      }
      if (target === road) return;
      const known = target.partOf.find((m) => m.path === road.path);
      if (known) known.steps.push(index + 1);
      else target.partOf.push({ path: road.path, title: road.entry.data.title, steps: [index + 1], total: steps.length });
    });
  }
}

/** The steps of a road guide with each step's page in the same language. */
export async function roadSteps(road: GuidePage): Promise<{ step: number; title: string; summary: string; page: GuidePage }[]> {
  const pages = await guidePages();
  return (road.entry.data.road ?? []).map((step, index) => ({
    step: index + 1,
    title: step.title,
    summary: step.summary,
    page: pages.find((p) => p.locale === road.locale && p.path === normalizePath(step.guide))!,
  }));
}
