import { escapeMarkup } from './escape.ts';
import QRCode from 'qrcode';

/**
 * A QR code as inline SVG, made at build time. Error correction M survives a crease or
 * a smudge on a printed poster; the quiet zone of 4 modules is what scanners expect.
 * Addresses are encoded as one byte-mode segment with a fixed mask: choosing segments
 * and masks cost most of the time of a national build's 168,000 posters, and any mask
 * scans (the poster test decodes one).
 */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString([{ data: new TextEncoder().encode(text), mode: 'byte' }], {
    type: 'svg',
    errorCorrectionLevel: 'M',
    maskPattern: 2,
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
  const escaped = escapeMarkup(label);
  return svg.replace('<svg ', `<svg role="img" aria-label="${escaped}" `);
}
