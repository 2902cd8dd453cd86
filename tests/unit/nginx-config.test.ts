import { describe, expect, it } from 'vitest';
import { adminHeadersBlock, formatPolicy, headersFile, parsePolicy, splitPolicies } from '../../src/lib/csp.ts';
import { adminPolicy } from '../../src/lib/cms/admin-page.ts';
import { filePolicy, nginxConfig, pathPattern } from '../../src/lib/nginx-config.ts';

const page = "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-s'";
const other = "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self' 'sha256-t'";
const search = "default-src 'self'; script-src 'self' 'sha256-c' 'wasm-unsafe-eval'; style-src 'self'";
const options = {
  serverName: 'desabinaan.example',
  root: '/var/www/desabinaan',
  notFound: [
    ['/en/', '/en/404.html'],
    ['/', '/404.html'],
  ],
} as const;

describe('per-page policies', () => {
  it('keeps apart a page that allows more than every page does, not one that only has other hashes', () => {
    const { shared, own } = splitPolicies(
      new Map([
        ['/', page],
        ['/paspor/', other],
        ['/cari/', search],
        ['/en/cari/', search],
      ]),
    );
    expect([...own.keys()]).toEqual(['/cari/', '/en/cari/']);
    expect(formatPolicy(shared)).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-s' 'sha256-t'",
    );
    expect(formatPolicy(own.get('/cari/')!)).toBe(search);
  });

  it('keeps nothing apart when every page allows the same', () => {
    expect(
      splitPolicies(
        new Map([
          ['/', search],
          ['/cari/', search],
        ]),
      ).own.size,
    ).toBe(0);
  });

  it('counts a directive only some pages have as allowing more', () => {
    const { own } = splitPolicies(
      new Map([
        ['/', page],
        ['/peta/', `${page}; worker-src 'self'`],
      ]),
    );
    expect([...own.keys()]).toEqual(['/peta/']);
  });
});

describe('nginx configuration', () => {
  const config = nginxConfig(
    splitPolicies(
      new Map([
        ['/', page],
        ['/cari/', search],
        ['/404.html', other],
      ]),
    ),
    options,
  );

  it('gives a page of its own its policy under both of its $uri values, and other files the file policy', () => {
    const map = /map \$uri \$desabinaan_csp \{\n([^}]*)\}/.exec(config)![1]!;
    expect(map).toContain(`    /cari/ "${search}; frame-ancestors 'none'";`);
    expect(map).toContain(`    /cari/index.html "${search}; frame-ancestors 'none'";`);
    expect(map).toContain(
      `    ~(/|\\.html)$ "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-s' 'sha256-t'; frame-ancestors 'none'";`,
    );
    expect(map).toContain(`    default "${filePolicy}";`);
    expect(filePolicy).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it('sets every header once, at server level, and no location sets its own', () => {
    const locations = config.split(/\n {4}location /).slice(1);
    expect(locations.length).toBe(2);
    for (const location of locations) expect(location.slice(0, location.indexOf('}'))).not.toContain('add_header');
    for (const line of headersFile(parsePolicy(page))
      .split('\n')
      .filter((l) => /^ {2}[A-Z]/.test(l) && !l.includes('Cache-Control'))) {
      const name = line.trim().split(':')[0]!;
      expect(config).toMatch(new RegExp(`\\n {4}add_header ${name} \\S.* always;\\n`));
    }
  });

  it('sends each language its 404 page', () => {
    expect(config).toContain('    error_page 404 /404.html;\n');
    expect(config).toContain('    location /en/ {\n        error_page 404 /en/404.html;\n    }');
  });

  it('caches the paths of _headers for a year', () => {
    expect(pathPattern('/_astro/*')).toBe('~^/_astro/');
    expect(pathPattern('/pagefind/*/index/*')).toBe('~^/pagefind/.*/index/');
    expect(config).toContain('    ~^/_astro/ "public, max-age=31536000, immutable";');
    expect(config).toContain('    default "no-cache";');
  });

  it('refuses a value it cannot quote', () => {
    expect(() => nginxConfig(splitPolicies(new Map([['/', `${page}; report-uri "$x"`]])), options)).toThrow(/cannot quote/);
  });
});

describe('the editor (/admin/)', () => {
  const admin = adminPolicy(['https://api.github.com']);
  const config = nginxConfig(splitPolicies(new Map([['/', page]])), { ...options, admin: { path: '/admin/', policy: admin } });

  it('gets its own policy in nginx, under both of its $uri values, and noindex on all its files', () => {
    expect(config).toContain(`    /admin/ "${admin}";`);
    expect(config).toContain(`    /admin/index.html "${admin}";`);
    expect(config).toMatch(/map \$uri \$desabinaan_robots \{\n {4}~\^\/admin\/ "noindex";\n {4}default "";\n\}/);
    expect(config).toContain('add_header X-Robots-Tag $desabinaan_robots always;');
    // Reader pages keep the shared policy, without the editor's allowances.
    expect(config).toMatch(/~\(\/\|\\\.html\)\$ "[^"]*"/);
    expect(config.match(/~\(\/\|\\\.html\)\$ "([^"]*)"/)![1]).not.toMatch(/unsafe/);
  });

  it('gets its own block in _headers, which first drops the site-wide policy', () => {
    expect(adminHeadersBlock('/admin/', admin)).toBe(
      `/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${admin}\n  X-Robots-Tag: noindex\n`,
    );
    expect(admin).toContain("connect-src 'self' https://api.github.com");
    expect(admin).toContain("frame-ancestors 'none'");
    expect(admin).not.toMatch(/\*|https?:\/\/(?!api\.github\.com)/);
  });
});
