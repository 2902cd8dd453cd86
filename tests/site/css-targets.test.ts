/**
 * The CSS of every built page, linted with doiuse (caniuse data) against the browser list
 * of package.json (`browserslist`): Chrome 61, Safari and iOS 12, Firefox 48 (KaiOS 2.5),
 * Samsung Internet 8, UC Browser, Opera Mini. Every feature one of them lacks is either
 * lowered by the build (astro.config.mjs) or listed below with why a page is fine without it.
 */
import { readFileSync } from 'node:fs';
import doiuse from 'doiuse';
import postcss, { type Node } from 'postcss';
import { describe, expect, it } from 'vitest';
import { htmlPages, readHtml } from '../helpers/dist.ts';

interface Allowed {
  /** caniuse feature id, as doiuse names it. */
  feature: string;
  /** Only where the rule or declaration matches this (all uses when absent). */
  where?: RegExp;
  /** Why a page is still styled and usable on a browser that lacks it. */
  reason: string;
}

const allowed: Allowed[] = [
  {
    feature: 'css-focus-visible',
    reason: 'A browser without :focus-visible draws its own focus ring; the thick orange ring is an enhancement.',
  },
  {
    feature: 'outline',
    reason: 'Opera Mini renders pages on its server and has no keyboard focus to show; outlines only draw focus rings.',
  },
  {
    feature: 'font-family-system-ui',
    reason: 'A browser without system-ui takes the next font of the stack (Roboto, Noto Sans ... sans-serif).',
  },
  {
    feature: 'viewport-units',
    where: /min-height:100vh/,
    reason: 'Opera Mini: 100vh only keeps the footer at the foot of a short page.',
  },
  {
    feature: 'text-decoration',
    where: /text-decoration-thickness/,
    reason: 'A thicker underline marks hover and the current menu item; links keep their normal underline.',
  },
  { feature: 'border-radius', reason: 'Opera Mini draws square corners.' },
  {
    feature: 'css-clip-path',
    where: /clip-path:inset\(50%\)/,
    reason: '.sr-only: clip:rect(0 0 0 0), a 1 px box and overflow:hidden before it hide the text without clip-path.',
  },
  {
    feature: 'css-masks',
    where: /clip-path:inset\(50%\)/,
    reason: 'The same clip-path of .sr-only (caniuse lists it under masks too).',
  },
  {
    feature: 'wordwrap',
    where: /overflow-wrap:(anywhere|break-word)/,
    reason: 'Chrome before 80 has no overflow-wrap:anywhere and keeps break-word from <body>: a long address may widen a table cell.',
  },
  {
    feature: 'multicolumn',
    where: /break-(after|before|inside):/,
    reason: 'Page-break hints for printing; without them a printed page may end after a heading.',
  },
  {
    feature: 'css-paged-media',
    where: /@page/,
    reason: "A4 size and margins for printing; without @page the browser's own print settings apply.",
  },
  {
    feature: 'css-overflow',
    where: /overflow:hidden/,
    reason: 'Only the one-value overflow:hidden is used; caniuse marks the two-value form and overflow:clip.',
  },
  {
    feature: 'css-grid',
    where: /grid/,
    reason:
      'Firefox 48-51 (KaiOS 2.5) and Opera Mini show the village facts and the poster parts one under the other instead of in two columns.',
  },
  {
    feature: 'css-math-functions',
    where: /minmax\(/,
    reason: 'A false match: doiuse reads the min( of the grid function minmax() as min(); no min(), max() or clamp() is used.',
  },
  {
    feature: 'flexbox-gap',
    where: /^\.poster\{/,
    reason: "Only in the village poster's print rules (printed from an office computer); without it the parts sit closer, in order.",
  },
  {
    feature: 'flexbox-gap',
    where: /^\.sheet\{/,
    reason: "Only in the before-you-sign sheet's print rules (printed from an office computer), as the poster's.",
  },
  {
    feature: 'intrinsic-width',
    where: /min-content/,
    reason: "Opera Mini: the printed poster's QR column is as wide as the code; on screen it is not used.",
  },
];

/** Every distinct stylesheet of the site (a page's inlined <style> blocks together), with a page that has it. */
function stylesheets(): Map<string, string> {
  const sheets = new Map<string, string>();
  for (const address of htmlPages()) {
    const css = [...readHtml(address).matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
    if (!sheets.has(css)) sheets.set(css, address);
  }
  return sheets;
}

const browsers = (JSON.parse(readFileSync('package.json', 'utf8')) as { browserslist: string[] }).browserslist;
const sheets = [...stylesheets()].map(([css, address]) => ({ css, address }));

/** The rule or declaration doiuse points at, minified as in the page, for `where`. */
const text = (node: Node) => (node.type === 'decl' ? node.toString().replace(/:\s*/, ':') : node.toString());

describe('CSS for the browser list', () => {
  it('the browser list is the one the issue asks for', () => {
    expect(browsers).toEqual([
      'chrome >= 61',
      'safari >= 12',
      'ios_saf >= 12',
      'firefox >= 48',
      'samsung >= 8',
      'UCAndroid >= 12',
      'kaios >= 2.5',
      'op_mini all',
    ]);
  });

  it('finds the stylesheets', () => {
    expect(sheets.length).toBeGreaterThan(3);
  });

  it.each(sheets)('the stylesheet of $address has no cascade layers and no CSS variables', ({ css }) => {
    // Without layers a browser drops every rule inside them; Opera Mini has no variables.
    expect(css).not.toMatch(/@layer/);
    expect(css).not.toMatch(/var\(--/);
  });

  it.each(sheets)('the stylesheet of $address uses only what the list has, or what is allowed', async ({ css, address }) => {
    const problems: string[] = [];
    await postcss([
      doiuse({
        browsers,
        onFeatureUsage: (usage) => {
          const where = text(usage.usage);
          const ok = allowed.some((a) => a.feature === usage.feature && (!a.where || a.where.test(where)));
          if (!ok) problems.push(`${usage.feature} in "${where.slice(0, 120)}": missing in ${usage.featureData?.missing ?? '?'}`);
        },
      }),
    ]).process(css, { from: address });
    expect(problems).toEqual([]);
  });
});
