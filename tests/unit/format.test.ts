import { describe, expect, it } from 'vitest';
import { daysBetween, formatDate, formatRupiah, todayInJakarta } from '../../src/lib/format.ts';

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
