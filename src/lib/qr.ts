import QRCode from 'qrcode';

/**
 * A QR code as inline SVG, made at build time. Error correction M survives a crease or
 * a smudge on a printed poster; the quiet zone of 4 modules is what scanners expect.
 */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
  const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return svg.replace('<svg ', `<svg role="img" aria-label="${escaped}" `);
}
