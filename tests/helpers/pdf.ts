import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One run of text as printed: its size in points and where its baseline stands, in millimetres from the page's top-left corner. */
export interface PrintedText {
  text: string;
  sizePt: number;
  xMm: number;
  yMm: number;
}

/** A printed page read back from the PDF Chromium wrote: its size, its text runs, and a raster of it. */
export interface PrintedPage {
  pages: number;
  widthMm: number;
  heightMm: number;
  texts: PrintedText[];
  /** The page drawn at `dpi`, as RGBA pixels. */
  render(dpi: number): Promise<{ data: Uint8ClampedArray; width: number; height: number }>;
}

const mm = (pt: number) => (pt * 25.4) / 72;

/** Reads the first page of a PDF with PDF.js: text sizes come from the PDF's own text matrices. */
export async function readPrintedPage(pdf: Buffer): Promise<PrintedPage> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const page = await doc.getPage(1);
  const [, , width = 0, height = 0] = page.view;
  const content = await page.getTextContent();
  const texts: PrintedText[] = [];
  for (const item of content.items) {
    if (!('str' in item) || !item.str.trim()) continue;
    const [, , c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
    texts.push({ text: item.str, sizePt: Math.round(Math.hypot(c, d) * 10) / 10, xMm: mm(e), yMm: mm(height - f) });
  }
  return {
    pages: doc.numPages,
    widthMm: mm(width),
    heightMm: mm(height),
    texts,
    async render(dpi) {
      const viewport = page.getViewport({ scale: dpi / 72 });
      const factory = (doc as unknown as { canvasFactory: { create(w: number, h: number): { canvas: CanvasLike; context: unknown } } })
        .canvasFactory;
      const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
      await page.render({ canvasContext: context as CanvasRenderingContext2D, viewport, canvas: canvas as unknown as HTMLCanvasElement })
        .promise;
      const image = (context as CanvasRenderingContext2D).getImageData(0, 0, canvas.width, canvas.height);
      return { data: new Uint8ClampedArray(image.data), width: canvas.width, height: canvas.height };
    },
  };
}

interface CanvasLike {
  width: number;
  height: number;
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * The text runs that print `needle` (spaces and line breaks aside), or an empty list
 * when the page does not print it: the smallest run's size is the size the reader sees.
 */
export function runsOf(texts: readonly PrintedText[], needle: string): PrintedText[] {
  let joined = '';
  const owner: number[] = [];
  texts.forEach((t, i) => {
    for (const ch of squeeze(t.text)) {
      joined += ch;
      owner.push(i);
    }
  });
  const start = joined.indexOf(squeeze(needle));
  if (start < 0 || !needle.trim()) return [];
  const end = start + squeeze(needle).length;
  return [...new Set(owner.slice(start, end))].map((i) => texts[i]!);
}

/** The smallest size, in points, at which `needle` is printed; 0 when it is not printed. */
export function printedSize(texts: readonly PrintedText[], needle: string): number {
  const runs = runsOf(texts, needle);
  return runs.length === 0 ? 0 : Math.min(...runs.map((r) => r.sizePt));
}
