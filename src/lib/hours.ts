/**
 * Opening hours as offices state them ("Senin-Kamis 08.00-16.00, Jumat 08.00-16.30"),
 * written by editors as a day or a range of days and a time (`mon-thu`, `08:00-16:00`),
 * turned into a weekly table and schema.org's `openingHoursSpecification`.
 */

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

/** `mon`, or a range `mon-fri` (in week order). */
export const dayRangePattern = /^(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?$/;

/** The days of a day or range: `mon-wed` -> mon, tue, wed. Undefined for a range that runs backwards. */
export function daysOf(range: string): Weekday[] | undefined {
  const match = dayRangePattern.exec(range);
  if (!match) return undefined;
  const from = weekdays.indexOf(match[1] as Weekday);
  const to = match[3] ? weekdays.indexOf(match[3] as Weekday) : from;
  return to < from ? undefined : weekdays.slice(from, to + 1);
}

export interface OpeningHours {
  days: string;
  time: string;
}

/** Each weekday with its opening times in order (`08:00–12:00`, `13:00–16:00`); a day without any is closed. */
export function weeklyHours(hours: readonly OpeningHours[]): { day: Weekday; times: string[] }[] {
  return weekdays.map((day) => ({
    day,
    times: hours
      .filter((h) => daysOf(h.days)?.includes(day))
      .map((h) => h.time)
      .sort(),
  }));
}

const schemaDay = {
  mon: 'https://schema.org/Monday',
  tue: 'https://schema.org/Tuesday',
  wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday',
  fri: 'https://schema.org/Friday',
  sat: 'https://schema.org/Saturday',
  sun: 'https://schema.org/Sunday',
} as const satisfies Record<Weekday, string>;

/** schema.org `OpeningHoursSpecification` items, one per stated entry. */
export function openingHoursSpecification(hours: readonly OpeningHours[]) {
  return hours.map((h) => {
    const [opens = '', closes = ''] = h.time.split('-');
    return { '@type': 'OpeningHoursSpecification' as const, dayOfWeek: (daysOf(h.days) ?? []).map((d) => schemaDay[d]), opens, closes };
  });
}

/** A weekday's name in a language, from `Intl` (1 Jan 2024 was a Monday). */
export function weekdayName(day: Weekday, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1 + weekdays.indexOf(day))),
  );
}

/**
 * Indonesia's three time zones by province code: WIB (UTC+7) for Sumatra, Java, West and
 * Central Kalimantan; WITA (UTC+8) for Bali, Nusa Tenggara, the other Kalimantan
 * provinces and Sulawesi; WIT (UTC+9) for Maluku and Papua.
 */
export function timeZoneOf(provinceCode: string): { name: 'WIB' | 'WITA' | 'WIT'; iana: string } {
  const code = Number(provinceCode);
  if (code >= 81) return { name: 'WIT', iana: 'Asia/Jayapura' };
  if (code >= 51 && code !== 61 && code !== 62) return { name: 'WITA', iana: 'Asia/Makassar' };
  return { name: 'WIB', iana: 'Asia/Jakarta' };
}
