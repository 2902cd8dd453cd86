/**
 * Indonesian and international phone numbers as editors write them
 * (`0800-1000`, `+62 21 2924 4800`, `129`), checked and turned into links.
 */

export type PhoneKind = 'short' | 'national' | 'international';

export interface ParsedPhone {
  /** The number as the editor wrote it, shown to readers. */
  display: string;
  /** Digits only, with a leading `+` for international numbers: what a `tel:` link dials. */
  dial: string;
  kind: PhoneKind;
}

const allowedChars = /^\+?[0-9(][0-9 ()-]*[0-9]$/;

/** What a valid number looks like, for error messages. */
export const phoneRule =
  'a short service number (3 to 7 digits, e.g. 129), a national number starting with 0 (e.g. 0800-1000 or (0380) 833047), or +<country code> and the number (e.g. +62 21 2924 4800)';

/** Parses a phone number, or returns undefined when it is not a valid one. */
export function parsePhone(input: string): ParsedPhone | undefined {
  const display = input.trim();
  if (!allowedChars.test(display) && !/^[0-9]{3}$/.test(display)) return undefined;
  const digits = display.replace(/[^0-9]/g, '');
  if (display.startsWith('+')) {
    if (digits.startsWith('0') || digits.length < 8 || digits.length > 15) return undefined;
    // Indonesian numbers abroad-style: +62 then an area code or mobile prefix, never 0.
    if (digits.startsWith('62') && (digits[2] === '0' || digits.length < 10 || digits.length > 14)) return undefined;
    return { display, dial: `+${digits}`, kind: 'international' };
  }
  if (digits.startsWith('0')) {
    if (digits.length < 7 || digits.length > 13) return undefined;
    return { display, dial: digits, kind: 'national' };
  }
  if (digits.length >= 3 && digits.length <= 7 && digits.startsWith('1')) {
    return { display, dial: digits, kind: 'short' };
  }
  return undefined;
}

/** The `tel:` link for a valid number. */
export function telHref(input: string): string {
  const parsed = parsePhone(input);
  if (!parsed) throw new Error(`not a valid phone number: "${input}"`);
  return `tel:${parsed.dial}`;
}

/**
 * The `https://wa.me/<number>` link for an Indonesian mobile or international number:
 * wa.me wants the full international number, digits only (`0811-8080-141` -> `628118080141`).
 */
export function whatsappHref(input: string): string {
  const parsed = parsePhone(input);
  if (!parsed || parsed.kind === 'short') throw new Error(`not a WhatsApp number: "${input}"`);
  const digits = parsed.dial.replace('+', '');
  const international = parsed.kind === 'national' ? `62${digits.slice(1)}` : digits;
  return `https://wa.me/${international}`;
}

/** True for numbers WhatsApp can reach: Indonesian mobiles (081..., 085...) and foreign numbers. */
export function isWhatsappNumber(input: string): boolean {
  const parsed = parsePhone(input);
  if (!parsed) return false;
  // Indonesian mobiles are 08[1-9]...; 0800 is toll-free and 0809 premium, neither has WhatsApp.
  if (parsed.kind === 'national') return /^08[1-9]/.test(parsed.dial);
  if (parsed.kind === 'international') return !parsed.dial.startsWith('+62') || /^\+628[1-9]/.test(parsed.dial);
  return false;
}
