import { launchChromium } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { measureSearch } from './lib/transfer.ts';
const { url, server } = await serveStatic('dist/');
const browser = await launchChromium();
for (const q of ['/cari/?q=paspor', '/en/cari/?q=passport']) {
  const page = await (await browser.newContext()).newPage();
  const m = await measureSearch(page, `${url}${q}`);
  console.log(q, m.total);
  for (const t of m.transfers.sort((a, b) => b.gzipBytes - a.gzipBytes)) console.log('  ', t.gzipBytes, t.url.replace(url, ''));
}
await browser.close();
server.close();
