import { describe, expect, it } from 'vitest';
import { htmlTable } from './html-table';
import { decisionTable, type ExportContext } from './export-data';
import { evaluateResultGraph } from '../model/result-graph';
import { SEED_EXAMPLE } from '../model/presets';

const context = (label: string | null = null): ExportContext => ({
  graph: evaluateResultGraph(
    {
      ...structuredClone(SEED_EXAMPLE),
      scenarios: [
        ...structuredClone(SEED_EXAMPLE.scenarios),
        { id: 'x', label, availabilityPercent: 99.95, investmentOverride: null, annualRunCost: 0 },
      ],
    },
    { low: 1_000_000, high: 5_000_000 },
  ),
  currency: 'USD',
  presetName: 'Worked example',
  caseName: 'Checkout & <friends>',
  date: '2026-11-24',
  shareLink: 'https://example.test/#s=abc',
});

const unescape = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) =>
    name === 'amp' ? '&' : name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : "'",
  );

/**
 * The fragment's caption and cells (the builders are pure, so no DOM parser here; the browser test
 * parses it in Chromium). A cell's text holds no markup: any "<" in it would be an element.
 */
function parse(html: string) {
  const caption = /<caption>([^<]*)<\/caption>/.exec(html)?.[1];
  const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<(th|td)[^>]*>([^<]*)<\/\1>/g)].map((cell) => unescape(cell[2]!)),
  );
  return {
    caption: caption === undefined ? undefined : unescape(caption),
    rows,
    elements: html.match(/<[a-z]+/g),
  };
}

describe('Copy table: the HTML flavour', () => {
  it('is a real table holding the decision table’s texts', () => {
    const ctx = context();
    const table = decisionTable(ctx);
    const parsed = parse(htmlTable(ctx));
    expect(parsed.caption).toBe('Checkout & <friends>, 2026-11-24');
    expect(parsed.rows).toEqual([table.headers, ...table.rows]);
    expect(parsed.rows[2]![4]).toBe('$69,120,000');
    // The page's CSP refuses inline styles, and the browser parses copied HTML under it.
    expect(htmlTable(ctx)).not.toContain('style=');
  });

  it('shows a label with markup as typed', () => {
    const parsed = parse(htmlTable(context('<img src=x onerror=alert(1)><script>x</script> | "q"')));
    expect(new Set(parsed.elements)).toEqual(
      new Set(['<table', '<caption', '<thead', '<tr', '<th', '<tbody', '<td']),
    );
    expect(parsed.rows.at(-1)![0]).toBe('<img src=x onerror=alert(1)><script>x</script> | "q"');
  });

  it('says first, in bold, which value the figures use while a field holds text that is not used', () => {
    const note =
      'Figures use Downtime cost per hour $2,000,000 per hour, not your entry “<2 & 3>”: write it like 2,000,000.';
    const html = htmlTable({ ...context(), figuresNote: note });
    const paragraph = /^<p><strong>([^<]*)<\/strong><\/p><table /.exec(html);
    expect(unescape(paragraph![1]!)).toBe(note);
    // The table that follows is the one made without the line.
    expect(html.slice(paragraph![0].length - '<table '.length)).toBe(htmlTable(context()));
    expect(htmlTable(context())).not.toContain('<p>');
  });
});
