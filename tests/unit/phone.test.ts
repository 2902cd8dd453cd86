import { describe, expect, it } from 'vitest';
import { isWhatsappNumber, parsePhone, telHref, whatsappHref } from '../../src/lib/phone.ts';

describe('phone numbers', () => {
  it('accepts the help-line formats the program publishes', () => {
    expect(telHref('0800-1000')).toBe('tel:08001000');
    expect(telHref('+62 21 2924 4800')).toBe('tel:+622129244800');
    expect(telHref('129')).toBe('tel:129');
    expect(telHref('1500630')).toBe('tel:1500630');
  });

  it('refuses what cannot be dialled', () => {
    for (const bad of ['12', '0800', 'call 0800-1000', '+62 0812 3456 789', '999', '+1 2', '08xx-1234-5678', '']) {
      expect(parsePhone(bad), bad).toBeUndefined();
    }
  });

  it('makes wa.me links with the full international number', () => {
    expect(whatsappHref('0811-8080-141')).toBe('https://wa.me/628118080141');
    expect(whatsappHref('08111-129-129')).toBe('https://wa.me/628111129129');
    expect(whatsappHref('+60 12 345 6789')).toBe('https://wa.me/60123456789');
    expect(() => whatsappHref('129')).toThrow();
  });

  it('knows which numbers WhatsApp can reach', () => {
    expect(isWhatsappNumber('0811-8080-141')).toBe(true);
    expect(isWhatsappNumber('0800-1000')).toBe(false);
    expect(isWhatsappNumber('+62 21 2924 4800')).toBe(false);
    expect(isWhatsappNumber('+62 812 3456 7890')).toBe(true);
  });
});
