import type { APIRoute } from 'astro';
import { villageCounts } from '../../data/village-counts.ts';
import { absoluteUrl } from '../../lib/urls.ts';

/** Open data: counts of program villages that offices reported without naming them all (content/village-counts/). */
export const GET: APIRoute = async ({ site }) => {
  const rows = (await villageCounts()).map((c) => ({
    id: c.id,
    office: c.office.id,
    officeName: c.office.data.name,
    officeUrl: absoluteUrl(`/kantor/${c.office.id}/`, site!),
    count: c.count,
    area: c.area,
    regencies: c.regencies.map((r) => r.name),
    districts: c.districts.map((d) => d.name),
    reportedAt: c.reportedAt,
    namedHere: c.namedHere,
    sources: c.sources,
  }));
  return new Response(`${JSON.stringify(rows, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
