import { describe, expect, it } from 'vitest';
import { guideAddress, localizeAddress, localizePath, normalizePath, printPath, slugify, splitLocale } from '../../src/lib/urls.ts';

describe('addresses', () => {
  it('serves Indonesian without a prefix and English under /en/', () => {
    expect(localizePath('/paspor/syarat/', 'id')).toBe('/paspor/syarat/');
    expect(localizePath('/paspor/syarat/', 'en')).toBe('/en/paspor/syarat/');
    expect(localizePath('/', 'en')).toBe('/en/');
    expect(localizePath('paspor', 'id')).toBe('/paspor/');
  });

  it('keeps file names such as 404.html', () => {
    expect(localizeAddress('/404.html', 'en')).toBe('/en/404.html');
    expect(localizeAddress('/404.html', 'id')).toBe('/404.html');
  });

  it('splits an address into language and path', () => {
    expect(splitLocale('/en/paspor/')).toEqual({ locale: 'en', path: '/paspor/' });
    expect(splitLocale('/paspor/')).toEqual({ locale: 'id', path: '/paspor/' });
    expect(splitLocale('/en/')).toEqual({ locale: 'en', path: '/' });
    // A path that merely starts with letters of a locale is not that locale.
    expect(splitLocale('/english/')).toEqual({ locale: 'id', path: '/english/' });
  });

  it('derives a guide address from its file path', () => {
    expect(guideAddress('en/paspor/syarat')).toEqual({ locale: 'en', path: '/paspor/syarat/' });
    expect(guideAddress('id/bantuan/index')).toEqual({ locale: 'id', path: '/bantuan/' });
  });

  it('puts printable versions under /cetak/', () => {
    expect(printPath('/paspor/syarat/')).toBe('/cetak/paspor/syarat/');
  });

  it('normalizes and slugifies', () => {
    expect(normalizePath('//a/b//')).toBe('/a/b/');
    expect(slugify('Kabupaten Timor Tengah Selatan')).toBe('kabupaten-timor-tengah-selatan');
    expect(slugify('Soka"an')).toBe('soka-an');
    expect(slugify('Lubuk Pakam I,II')).toBe('lubuk-pakam-i-ii');
  });
});
