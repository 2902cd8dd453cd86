import type { APIRoute } from 'astro';
import { villageRecords } from '../../data/open-data.ts';
import { toCsv, villageColumns } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(await villageRecords(site!), villageColumns), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
