import type { APIRoute } from 'astro';
import { villageRecords } from '../../data/open-data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(await villageRecords(site!), null, 1)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
