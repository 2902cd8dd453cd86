import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadReportAddress, reportHref } from '../../src/lib/report.ts';
import { reportKind } from '../../src/schemas/report.ts';

const message = {
  subject: 'Kesalahan di halaman: Syarat & biaya paspor',
  body: 'Halaman: https://desabinaan.example/paspor/syarat/\n\nApa yang salah?\n',
};

describe('the report link', () => {
  it('writes an e-mail with the subject and body filled in', () => {
    const href = reportHref('mailto:laporan@example.go.id', message, '/kantor/');
    expect(href.startsWith('mailto:laporan@example.go.id?subject=')).toBe(true);
    const query = new URLSearchParams(href.split('?')[1]);
    expect(query.get('subject')).toBe(message.subject);
    expect(query.get('body')).toBe(message.body);
    // mailto wants %20 for spaces, never "+" (mail programs show a plus sign).
    expect(href).not.toContain('+');
  });

  it('writes a WhatsApp message to the number', () => {
    const href = new URL(reportHref('https://wa.me/6281234567890', message, '/kantor/'));
    expect(href.pathname).toBe('/6281234567890');
    expect(href.searchParams.get('text')).toBe(`${message.subject}\n${message.body}`);
  });

  it("fills in a Git host's issue form (GitHub, Gitea and Forgejo: title and body; GitLab: issue[title])", () => {
    const github = new URL(reportHref('https://github.com/owner/repo/issues/new', message, '/kantor/'));
    expect([github.searchParams.get('title'), github.searchParams.get('body')]).toEqual([message.subject, message.body]);
    const gitlab = new URL(reportHref('https://gitlab.com/owner/repo/-/issues/new', message, '/kantor/'));
    expect([gitlab.searchParams.get('issue[title]'), gitlab.searchParams.get('issue[description]')]).toEqual([
      message.subject,
      message.body,
    ]);
  });

  it('leads to the given page of the site while no address is set', () => {
    expect(reportHref(undefined, message, '/en/kantor/kanim-kupang/')).toBe('/en/kantor/kanim-kupang/');
  });

  it('knows the three kinds of address and nothing else', () => {
    expect(reportKind('mailto:a@b.go.id')).toBe('email');
    expect(reportKind('https://wa.me/6281234567890')).toBe('whatsapp');
    expect(reportKind('https://codeberg.org/owner/repo/issues/new')).toBe('issue');
    for (const bad of [
      'laporan@example.go.id',
      'http://wa.me/62812345678',
      'https://wa.me/0812-345',
      'https://example.go.id/lapor',
      'javascript:alert(1)',
    ]) {
      expect(reportKind(bad), bad).toBeUndefined();
    }
  });
});

describe('content/report.yaml', () => {
  const folder = (text?: string) => {
    const dir = mkdtempSync(`${tmpdir()}/report-`);
    if (text !== undefined) writeFileSync(`${dir}/report.yaml`, text);
    return dir;
  };

  it('sets the address, or none when the file, the field or its value is missing', () => {
    expect(loadReportAddress(folder('address: https://wa.me/6281234567890\n'))).toBe('https://wa.me/6281234567890');
    expect(loadReportAddress(folder())).toBeUndefined();
    expect(loadReportAddress(folder('# not decided\n'))).toBeUndefined();
    expect(loadReportAddress(folder("address: ''\n"))).toBeUndefined();
    expect(loadReportAddress(folder('address:\n'))).toBeUndefined();
  });

  it('refuses a wrong address, naming the file, the field and the value', () => {
    const dir = folder('address: laporan@example.go.id\n');
    expect(() => loadReportAddress(dir)).toThrow(`${dir}/report.yaml  address: must be an e-mail address written mailto:`);
    expect(() => loadReportAddress(dir)).toThrow('found "laporan@example.go.id"');
    expect(() => loadReportAddress(folder('adres: mailto:a@b.go.id\n'))).toThrow('unknown field "adres"');
  });
});
