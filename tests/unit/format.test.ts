import { describe, expect, it } from 'vitest';
import { clampDescription, daysBetween, formatDate, formatRupiah, todayInJakarta } from '../../src/lib/format.ts';
import { openingHoursSpecification, timeZoneOf, weekdayName, weeklyHours } from '../../src/lib/hours.ts';

describe('formatting', () => {
  it('writes rupiah the Indonesian way', () => {
    expect(formatRupiah(950000)).toBe('Rp950.000');
    expect(formatRupiah(1000000)).toBe('Rp1.000.000');
    expect(formatRupiah(0)).toBe('Rp0');
    expect(() => formatRupiah(12.5)).toThrow();
  });

  it('writes dates for readers in each language', () => {
    expect(formatDate('2024-11-04', 'id')).toBe('4 November 2024');
    expect(formatDate('2024-08-17', 'id')).toBe('17 Agustus 2024');
    expect(formatDate('2024-08-17', 'en')).toBe('17 August 2024');
  });

  it('counts days and knows the date in Jakarta', () => {
    expect(daysBetween('2024-11-04', '2025-11-04')).toBe(365);
    // 20:00 UTC is already the next day in Jakarta (UTC+7).
    expect(todayInJakarta(new Date('2026-01-31T20:00:00Z'))).toBe('2026-02-01');
  });
});

describe('opening hours', () => {
  const hours = [
    { days: 'mon-thu', time: '08:00-16:00' },
    { days: 'fri', time: '08:00-11:30' },
    { days: 'fri', time: '13:30-16:30' },
  ];

  it('lays them out by weekday, closed where nothing is stated', () => {
    const week = weeklyHours(hours);
    expect(week.map((d) => d.day)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(week[0]!.times).toEqual(['08:00-16:00']);
    expect(week[4]!.times).toEqual(['08:00-11:30', '13:30-16:30']);
    expect(week[5]!.times).toEqual([]);
  });

  it('writes schema.org opening hours and weekday names', () => {
    expect(openingHoursSpecification(hours)[0]).toEqual({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Tuesday', 'https://schema.org/Wednesday', 'https://schema.org/Thursday'],
      opens: '08:00',
      closes: '16:00',
    });
    expect(weekdayName('mon', 'id')).toBe('Senin');
    expect(weekdayName('fri', 'en')).toBe('Friday');
  });

  it('knows the time zone of every province', () => {
    expect(timeZoneOf('33').name).toBe('WIB');
    expect(timeZoneOf('62').name).toBe('WIB');
    expect(timeZoneOf('52').name).toBe('WITA');
    expect(timeZoneOf('64').name).toBe('WITA');
    expect(timeZoneOf('81').name).toBe('WIT');
    expect(timeZoneOf('94').name).toBe('WIT');
  });
});

describe('descriptions', () => {
  it('are cut at a word to 160 characters, and only when too long', () => {
    expect(clampDescription('Pendek.')).toBe('Pendek.');
    const long = `${'kata '.repeat(40)}akhir`;
    const cut = clampDescription(long);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut.endsWith('kata…')).toBe(true);
  });
});
