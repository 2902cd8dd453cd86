import type { Locale } from '../lib/locales.ts';
import { savedPlainPages } from '../lib/offline.ts';
import { guidePages, type GuidePage } from './guides.ts';

/**
 * What a language's save button keeps, as pages: its guides (fallbacks included, as the
 * language's addresses show them) and the home, search and offline pages. The built
 * list of files (src/integrations/save-manifest.ts) applies the same rule,
 * `isSavedPage`, to the pages Astro wrote; a site test checks that both agree.
 */
export async function savedPages(locale: Locale): Promise<{ guides: GuidePage[]; count: number }> {
  const guides = (await guidePages()).filter((page) => page.locale === locale);
  return { guides, count: guides.length + savedPlainPages.length };
}
