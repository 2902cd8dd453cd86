import type { APIRoute } from 'astro';
import { villageCounts } from '../../data/village-counts.ts';
import { officePath } from '../../lib/paths.ts';
import { absoluteUrl } from '../../lib/urls.ts';

/** Open data: counts of program villages that offices reported without naming them all (content/village-counts/). */
export const GET: APIRoute = async ({ site }) => {
  const rows = (await villageCounts()).map((c) => ({
    id: c.id,
    office: c.office?.id ?? null,
    officeName: c.office?.data.name ?? null,
    officeUrl: c.office ? absoluteUrl(officePath(c.office.id), site!) : null,
    regionalOffice: c.regionalOffice ?? null,
    /** Who reported it: the office or the regional office. */
    reporter: c.reporter,
    count: c.count,
    area: c.area,
    provinces: c.provinces.map((p) => p.name),
    regencies: c.regencies.map((r) => r.name),
    districts: c.districts.map((d) => d.name),
    reportedAt: c.reportedAt,
    namedHere: c.namedHere,
    sources: c.sources,
  }));
  return new Response(`${JSON.stringify(rows, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
