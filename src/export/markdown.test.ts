import { describe, expect, it } from 'vitest';
import { buildMarkdown, escapeMarkdownCell } from './markdown';
import { answerText } from '../format/answer-text';
import { formatMoney } from '../format/format';
import { withIrrFigures } from '../model/irr-figures';
import { evaluateResultGraph } from '../model/result-graph';
import { SEED_EXAMPLE } from '../model/presets';

describe('Copy as Markdown', () => {
  const md = buildMarkdown({
    graph: evaluateResultGraph(structuredClone(SEED_EXAMPLE), { low: 1_000_000, high: 5_000_000 }),
    currency: 'USD',
    presetName: 'Worked example',
    date: '2026-11-24',
    shareLink: 'https://example.test/#s=abc',
  });
  const lines = md.split('\n');
  // The Answer's paragraph and a blank line come first; the table follows.
  const table = lines.slice(2);

  it('is a table with the figures as shown on screen', () => {
    expect(table[0]).toBe(
      '| Scenario | Availability | Downtime a month | Annual downtime cost | Annual savings | Investment | Payback | NPV | IRR | Marginal annual savings | Marginal investment | Marginal payback | Marginal IRR |',
    );
    expect(table[1]).toBe(
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    expect(table[3]).toMatch(
      /^\| 99\.9 % \| 99\.9% \| 0\.72 h \(43\.2 min\) \| \$17,280,000 \| \$69,120,000 \| \$12,000,000 \(estimate\) \| 0\.17 years \(2\.1 months\) \|/,
    );
  });

  it('gives the IRR with one decimal, and "none" where nothing is invested', () => {
    const graph = evaluateResultGraph(structuredClone(SEED_EXAMPLE), { low: 1_000_000, high: 5_000_000 });
    const cells = (line: string) => line.split(' | ');
    const irr = cells(table[0]!).indexOf('IRR');
    expect(cells(table[2]!)[irr]).toBe('none');
    // The 99.9 % row: the rate with one decimal and a percent sign.
    const rate = withIrrFigures(graph).value('scenario.s2.irr')!;
    expect(cells(table[3]!)[irr]).toBe(`${rate.toFixed(1).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}%`);
  });

  it('starts with the Answer, in the words the page says it', () => {
    const graph = evaluateResultGraph(structuredClone(SEED_EXAMPLE), { low: 1_000_000, high: 5_000_000 });
    expect(lines[0]).toBe(escapeMarkdownCell(answerText(graph, (v) => formatMoney(v, 'USD'))));
    expect(lines[0]).toMatch(/^Go to 99\.9 %: \$12,000,000 /);
    expect(lines[1]).toBe('');
  });

  it('says first which value the figures use while a field holds text that is not used', () => {
    const note =
      'Figures use Current availability 99.5%, not your entry “100”: Availability must be below 100 %.';
    const withNote = buildMarkdown({
      graph: evaluateResultGraph(structuredClone(SEED_EXAMPLE), { low: 1_000_000, high: 5_000_000 }),
      currency: 'USD',
      presetName: 'Worked example',
      date: '2026-11-24',
      shareLink: 'https://example.test/#s=abc',
      figuresNote: note,
    });
    expect(withNote.split('\n')[0]).toBe(`> **${escapeMarkdownCell(note)}**`);
    expect(md).not.toContain('Figures use');
  });

  it('lists the assumptions and links back to the scenario', () => {
    expect(md).toContain('| Period convention | 30-day months (360-day year): Month = 30 days;');
    expect(md).toContain('| Downtime cost per hour | $2,000,000 |');
    expect(md).toContain('| Date | 2026-11-24 |');
    expect(lines.at(-2)).toBe('[Open this scenario in Nines](<https://example.test/#s=abc>)');
  });

  it.each([
    ['a | b', 'a \\| b'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['*bold* _it_ `code` [link](x)', '\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x)'],
    ['two\nlines', 'two lines'],
    ['back\\slash', 'back\\\\slash'],
  ])('escapes %j so it shows as typed', (text, escaped) => {
    expect(escapeMarkdownCell(text)).toBe(escaped);
  });
});
