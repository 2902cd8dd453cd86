import { escapeMarkup } from './escape.ts';
import QRCode from 'qrcode';

/** Modules of white quiet zone on each side. */
const quietZone = 4;

/**
 * A QR code as inline SVG, made at build time. Error correction M survives a crease or
 * a smudge on a printed poster; the quiet zone of 4 modules is what scanners expect.
 * Addresses are encoded as one byte-mode segment with a fixed mask: choosing segments
 * and masks cost most of the time of a national build's 168,000 posters, and any mask
 * scans (the poster test decodes one). With `symbolWidthMm` the SVG gets the printed
 * size at which the code itself, its quiet zone aside, is that wide.
 */
export async function qrSvg(text: string, label: string, options: { symbolWidthMm?: number } = {}): Promise<string> {
  const svg = await QRCode.toString([{ data: new TextEncoder().encode(text), mode: 'byte' }], {
    type: 'svg',
    errorCorrectionLevel: 'M',
    maskPattern: 2,
    margin: quietZone,
    color: { dark: '#000000', light: '#ffffff' },
  });
  const escaped = escapeMarkup(label);
  // A poster's code is printed at a set size: the SVG's own width and height (no style attribute, which the CSP forbids).
  const width = options.symbolWidthMm === undefined ? undefined : svgWidthMm(svg, options.symbolWidthMm);
  const size = width === undefined ? '' : `width="${width}mm" height="${width}mm" `;
  return svg.replace('<svg ', `<svg role="img" aria-label="${escaped}" ${size}`);
}

/**
 * The width to print a code's SVG at (its quiet zone included) so that the code itself,
 * what a scanner reads, is `symbolWidthMm` wide: a longer address needs more modules.
 * Rounded up to a tenth of a millimetre.
 */
export function svgWidthMm(svg: string, symbolWidthMm: number): number {
  const side = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  if (!side) throw new Error('QR code SVG without a viewBox');
  return Math.ceil((symbolWidthMm * side * 10) / (side - 2 * quietZone)) / 10;
}
