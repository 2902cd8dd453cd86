import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { language } from '../../../data/ui.ts';
import { villages, villageTitle } from '../../../data/villages.ts';
import { formatDate, todayInJakarta } from '../../../lib/format.ts';
import { pickLocalized } from '../../../lib/i18n.ts';
import { localeFromParam, localeParams } from '../../../lib/routes.ts';
import { absoluteUrl, localizePath } from '../../../lib/urls.ts';
import { splitSessions } from '../../../lib/villages.ts';

export const getStaticPaths = (() => localeParams()) satisfies GetStaticPaths;

/** RSS feed of upcoming information sessions in program villages, one per language. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = localeFromParam(params.lang);
  const { t } = language(locale);
  const today = todayInJakarta();
  const items = (await villages()).flatMap((village) =>
    splitSessions(village.sessions, today).upcoming.map((session) => {
      const name = villageTitle(village.area, t);
      const topic = pickLocalized(session.topic, locale).text;
      const place = pickLocalized(session.place, locale).text;
      return {
        title: `${formatDate(session.date, locale)}${session.start ? ` ${session.start}` : ''}: ${topic} (${name}, ${village.area.regency.name})`,
        link: absoluteUrl(localizePath(village.path, locale), site!),
        // The session's own day, not the build's: readers sort by it.
        pubDate: new Date(`${session.date}T${session.start ?? '00:00'}:00+07:00`),
        description: `${topic}. ${place}, ${name}, ${village.area.district.name}, ${village.area.regency.name}, ${village.area.province.name}.${village.showsExample ? ` ${t('example.title')}.` : ''}`,
        customData: `<guid isPermaLink="false">${village.code}/${session.date}/${session.start ?? 'day'}</guid>`,
        sortKey: `${session.date}T${session.start ?? ''}`,
      };
    }),
  );
  items.sort((a, b) => a.sortKey.localeCompare(b.sortKey));
  return rss({
    title: `${t('feed.title')} - ${t('site.name')}`,
    description: t('directory.description'),
    site: absoluteUrl(localizePath('/desa/', locale), site!),
    items: items.map(({ sortKey: _sortKey, ...item }) => item),
    customData: `<language>${locale}</language>`,
  });
};
