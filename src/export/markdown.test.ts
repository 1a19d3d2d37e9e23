import { describe, expect, it } from 'vitest';
import { buildMarkdown, escapeMarkdownCell, markdownTable, tableText } from './markdown';
import { answerText } from '../format/answer-text';
import { formatMoney } from '../format/format';
import { evaluateResultGraph } from '../model/result-graph';
import { SEED_EXAMPLE } from '../model/presets';
import type { ExportContext } from './export-data';

const context = (extra: Partial<ExportContext> = {}): ExportContext => ({
  graph: evaluateResultGraph(structuredClone(SEED_EXAMPLE), { low: 1_000_000, high: 5_000_000 }),
  currency: 'USD',
  presetName: 'Worked example',
  date: '2026-11-24',
  shareLink: 'https://example.test/#s=abc',
  ...extra,
});

describe('Copy as Markdown', () => {
  const md = buildMarkdown(context());
  const lines = md.split('\n');
  // After the title, the page's Answer and a blank line; the table follows from line 4.
  const table = lines.slice(4);

  it('is titled with the case and the date', () => {
    expect(lines[0]).toBe('## Worked example, 2026-11-24');
    expect(buildMarkdown(context({ caseName: 'Checkout | 2027' })).split('\n')[0]).toBe(
      '## Checkout \\| 2027, 2026-11-24',
    );
  });

  it('starts, under the title, with the Answer in the words the page says it', () => {
    expect(lines[2]).toBe(escapeMarkdownCell(answerText(context().graph, (v) => formatMoney(v, 'USD'))));
    expect(lines[2]).toMatch(/^Go to 99\.9 %: \$12,000,000 /);
    expect(lines[3]).toBe('');
  });

  it('has the decision table with the figures as shown on screen', () => {
    expect(table[0]).toBe(
      '| Scenario | Availability | Downtime a month | Annual downtime cost | Annual savings | Investment | Payback | NPV | Marginal payback |',
    );
    expect(table[1]).toBe('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    expect(table[3]).toMatch(
      /^\| 99\.9 % \| 99\.9% \| 0\.72 h \(43\.2 min\) \| \$17,280,000 \| \$69,120,000 \| \$12,000,000 \(estimate\) \| 0\.17 years \(2\.1 months\) \|/,
    );
    expect(lines.filter((l) => l.startsWith('| '))).toHaveLength(2 + SEED_EXAMPLE.scenarios.length);
    expect(markdownTable(context())).toBe(table.slice(0, 5).join('\n'));
  });

  it('says first which value the figures use while a field holds text that is not used', () => {
    const note =
      'Figures use Current availability 99.5%, not your entry “100”: Availability must be below 100 %.';
    const withNote = buildMarkdown(context({ figuresNote: note }));
    expect(withNote.split('\n')[2]).toBe(`> **${escapeMarkdownCell(note)}**`);
    expect(withNote.split('\n')[4]).toMatch(/^Go to 99\.9 %/);
    expect(md).not.toContain('Figures use');
  });

  it('puts the context’s own Answer, when it brings one, as the paragraph before the table', () => {
    const answer = 'Go to 99.9 %: it pays back in 0.17 years.';
    const withAnswer = buildMarkdown(context({ answer })).split('\n');
    expect(withAnswer.slice(1, 5)).toEqual(['', answer, '', withAnswer[4]]);
    expect(withAnswer[4]).toMatch(/^\| Scenario \|/);
    expect(md).not.toContain(answer);
  });

  it('quotes the simulation’s chances after the Answer, in its paragraph, when the context has them', () => {
    const answer = 'Go to 99.9 %: it pays back in 0.17 years.';
    const answerChances =
      '99.99 % pays back within 3 years in 91 % of runs; the step from 99.9 % does in 3 %. (Chances from 10,000 runs of the ranges, simulated with the random seed “nines”.)';
    const lines = buildMarkdown(context({ answer, answerChances })).split('\n');
    expect(lines[2]).toBe(`${answer} ${answerChances}`);
    expect(lines[4]).toMatch(/^\| Scenario \|/);
    // Without the simulation, the Answer alone.
    expect(buildMarkdown(context({ answer, answerChances: null })).split('\n')[2]).toBe(answer);
  });

  it('lists the key assumptions and links back to the case', () => {
    expect(md).toContain(
      '**Key assumptions**\n\n- Preset: Worked example\n- Downtime cost per hour: $2,000,000\n',
    );
    expect(md).toContain('- Period convention: 30-day months (360-day year): Month = 30 days;');
    expect(md).not.toContain('- Share link');
    expect(lines.at(-2)).toBe('[Open this case in Nines](<https://example.test/#s=abc>)');
  });

  it('has no HTML', () => {
    const hostile = buildMarkdown(
      context({
        caseName: '<b>x</b> & y',
        graph: evaluateResultGraph(
          {
            ...structuredClone(SEED_EXAMPLE),
            scenarios: [
              {
                id: 'x',
                label: '<img src=x> | *',
                availabilityPercent: 99.9,
                investmentOverride: null,
                annualRunCost: 0,
              },
            ],
          },
          { low: 1_000_000, high: 5_000_000 },
        ),
      }),
    );
    // Every < is escaped but the link's own autolink brackets.
    expect(hostile).not.toMatch(/(?<!\\)<(?!https:)[a-z/]/i);
    expect(hostile).not.toMatch(/&[a-z]+;/);
    expect(hostile).toContain('| \\<img src=x\\> \\| \\* |');
  });

  it.each([
    ['a | b', 'a \\| b'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['Tom & Jerry', 'Tom \\& Jerry'],
    ['*bold* _it_ `code` [link](x)', '\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x)'],
    ['two\nlines', 'two lines'],
    ['back\\slash', 'back\\\\slash'],
  ])('escapes %j so it shows as typed', (text, escaped) => {
    expect(escapeMarkdownCell(text)).toBe(escaped);
  });
});

describe('Copy table: the text flavour', () => {
  it('is the decision table, after the page’s line while a field holds text that is not used', () => {
    expect(tableText(context())).toBe(`${markdownTable(context())}\n`);
    const note =
      'Figures use Current availability 99.5%, not your entry “1e6”: write it like 99.9, 99,9 or 99.9 %.';
    const lines = tableText(context({ figuresNote: note })).split('\n');
    expect(lines[0]).toBe(`> **${escapeMarkdownCell(note)}**`);
    expect(lines[1]).toBe('');
    expect(lines.slice(2).join('\n')).toBe(`${markdownTable(context())}\n`);
  });
});
