/**
 * npm run screenshots — PNGs of every template in both languages into screenshots/
 * (git-ignored): the whole page at 360x640, with and without JavaScript where it
 * matters, and the first screen of a 240x320 feature phone (KaiOS), where the page's
 * title must show (`<name>-240.png`). Builds first when there is no dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { launchChromium, searchDone } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { inLanguage, templates } from './lib/templates.ts';

if (!existsSync('dist/index.html')) spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
await mkdir('screenshots', { recursive: true });
const { url, server } = await serveStatic('dist/');
const browser = await launchChromium();
const shots = [
  { width: 360, height: 640, javaScript: true, suffix: '', fullPage: true },
  { width: 360, height: 640, javaScript: false, suffix: '-nojs', fullPage: true },
  { width: 240, height: 320, javaScript: true, suffix: '-240', fullPage: false },
];
for (const { width, height, javaScript, suffix, fullPage } of shots) {
  const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: javaScript });
  const page = await context.newPage();
  for (const [name, address] of templates) {
    if (!javaScript && !address.includes('/cari/')) continue;
    for (const prefix of ['', '/en'] as const) {
      await page.goto(`${url}${inLanguage(address, prefix)}`);
      if (javaScript && address.includes('/cari/?q=')) {
        await searchDone(page);
      }
      const file = `screenshots/${name}${prefix ? '-en' : ''}${suffix}.png`;
      await page.screenshot({ path: file, fullPage });
      console.log(file);
    }
  }
  await context.close();
}
await browser.close();
server.close();
