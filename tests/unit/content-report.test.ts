import { describe, expect, it } from 'vitest';
import { formatContentReport, staleRecords } from '../../src/lib/content-report.ts';

describe('content report: data records', () => {
  const records = [
    { file: 'content/villages/74.02.05.2012.yaml', newest: '2025-07-16' },
    { file: 'content/village-counts/kendari.yaml', newest: '2025-12-05' },
    { file: 'content/villages/21.01.10.2001.yaml', newest: '2023-11-17' },
  ];

  it('lists records whose newest reported day is over 12 months old, oldest first', () => {
    expect(staleRecords(records, '2026-12-02').map((r) => r.file)).toEqual([
      'content/villages/21.01.10.2001.yaml',
      'content/villages/74.02.05.2012.yaml',
    ]);
  });

  it('prints them with their age, and the offices without an address', () => {
    const text = formatContentReport([], [], '2026-12-02', { records, officesWithoutAddress: ['content/offices/kanim-jambi.yaml'] });
    expect(text).toContain('Records whose newest source speaks of a day over 12 months ago: 2 of 3');
    expect(text).toContain('  content/villages/21.01.10.2001.yaml (newest 2023-11-17, 1111 days)');
    expect(text).not.toContain('kendari.yaml (newest');
    expect(text).toContain('Offices without an address: 1\n  content/offices/kanim-jambi.yaml');
  });
});
