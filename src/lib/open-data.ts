import Papa from 'papaparse';
import type { VillageArea } from './regions.ts';

/** One row of the open village data (`/data/villages.json`, `/data/villages.csv`). */
export interface VillageRecord {
  code: string;
  name: string;
  kind: string;
  district: string;
  regency: string;
  province: string;
  office: string;
  officeName: string;
  designatedAt: string;
  example: boolean;
  url: string;
}

export const villageColumns: (keyof VillageRecord)[] = [
  'code',
  'name',
  'kind',
  'district',
  'regency',
  'province',
  'office',
  'officeName',
  'designatedAt',
  'example',
  'url',
];

/** The open-data row of a village. */
export function villageRecord(
  village: { area: VillageArea; designatedAt: string; example: boolean },
  office: { id: string; name: string },
  url: string,
): VillageRecord {
  const { area } = village;
  return {
    code: area.code,
    name: area.name,
    kind: area.kind,
    district: area.district.name,
    regency: area.regency.name,
    province: area.province.name,
    office: office.id,
    officeName: office.name,
    designatedAt: village.designatedAt,
    example: village.example,
    url,
  };
}

/** CSV with a header row, quoted where needed, CRLF line ends (what spreadsheets expect). */
export function toCsv<T extends object>(rows: readonly T[], columns: (keyof T)[]): string {
  return `${Papa.unparse({ fields: columns as string[], data: rows.map((row) => columns.map((c) => row[c])) }, { newline: '\r\n' })}\r\n`;
}
