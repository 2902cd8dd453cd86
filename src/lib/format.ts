/** Rupiah the Indonesian way, with dots between thousands: 950000 -> `Rp950.000`. */
export function formatRupiah(amount: number): string {
  if (!Number.isInteger(amount) || amount < 0) throw new Error(`not a rupiah amount: ${amount}`);
  return `Rp${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}

const dateLocales: Record<string, string> = { id: 'id-ID', en: 'en-GB' };

// Making an Intl formatter costs far more than using one; a national build formats
// hundreds of thousands of dates.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date (`YYYY-MM-DD`) written out for readers: `4 November 2024`. */
export function formatDate(isoDate: string, locale: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(dateLocales[locale] ?? locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** The month of a calendar date written out for readers: `Juli 2025`, `July 2025`. */
export function formatMonth(isoDate: string, locale: string): string {
  const [y, m] = isoDate.split('-').map(Number);
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(dateLocales[locale] ?? locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(locale, format);
  }
  return format.format(new Date(Date.UTC(y!, m! - 1, 1)));
}

/** Whole days from one calendar date to another (`YYYY-MM-DD`). */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

/** Today's calendar date in Indonesia's western time zone (WIB), as `YYYY-MM-DD`. */
const jakartaDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' });

export function todayInJakarta(now: Date = new Date()): string {
  return jakartaDay.format(now);
}

/** A description cut at a word to at most `max` characters, with an ellipsis when cut (search results show about 160). */
export function clampDescription(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,.:;]+$/, '')}…`;
}
