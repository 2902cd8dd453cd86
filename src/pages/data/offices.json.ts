import type { APIRoute } from 'astro';
import { offices } from '../../data/villages.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import { officePath } from '../../lib/paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const rows = (await offices()).map(({ office, villages }) => ({
    id: office.id,
    ...office.data,
    villages: villages.map((v) => v.code),
    url: absoluteUrl(officePath(office.id), site!),
  }));
  return new Response(`${JSON.stringify(rows, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
