import { describe, expect, it } from 'vitest';
import { qrSvg, svgWidthMm } from '../../src/lib/qr.ts';

describe('poster QR codes', () => {
  it('are printed wide enough for the code itself, without its quiet zone, to have the width asked', async () => {
    const svg = await qrSvg('https://desabinaan.example/desa/nusa-tenggara-timur/kabupaten-kupang/oepaha-5301162007/', 'Desa Oepaha', {
      symbolWidthMm: 61,
    });
    const side = Number(/viewBox="0 0 (\d+)/.exec(svg)![1]);
    const width = svgWidthMm(svg, 61);
    expect((width * (side - 8)) / side).toBeGreaterThanOrEqual(61);
    expect((width * (side - 8)) / side).toBeLessThan(61.1);
    expect(svg).toContain(`width="${width}mm"`);
  });
});
