import { describe, expect, it } from 'vitest';
import { exportFileName, isoDate, slug } from './file-name';

describe('export file names', () => {
  it.each([
    ['Worked example', '2026-11-24', 'png', undefined, 'nines-worked-example-2026-11-24.png'],
    ['Financial Services', '2026-01-05', 'csv', undefined, 'nines-financial-services-2026-01-05.csv'],
    [
      'E-commerce',
      '2026-11-24',
      'svg',
      'Break-even over time',
      'nines-e-commerce-break-even-over-time-2026-11-24.svg',
    ],
    ['../../etc/passwd', '2026-11-24', 'md', undefined, 'nines-etc-passwd-2026-11-24.md'],
    ['<>', '2026-11-24', 'png', undefined, 'nines-scenario-2026-11-24.png'],
  ])('%s on %s as %s', (name, date, ext, part, expected) => {
    expect(exportFileName(name, date, ext, part)).toBe(expected);
  });

  it('slugs accents away and caps the length', () => {
    expect(slug('Café Über')).toBe('cafe-uber');
    expect(slug('x'.repeat(100))).toHaveLength(40);
  });

  it('dates in local time as yyyy-mm-dd', () => {
    expect(isoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
