import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { buildCsv, BOM } from './csv';
import { withIrrFigures } from '../model/irr-figures';
import { evaluateResultGraph } from '../model/result-graph';
import { SEED_EXAMPLE } from '../model/presets';
import type { CalculatorInputs } from '../model/scenarios';
import type { ExportContext } from './export-data';

function context(overrides: Partial<CalculatorInputs> = {}): ExportContext {
  const inputs = { ...structuredClone(SEED_EXAMPLE), ...overrides };
  return {
    graph: evaluateResultGraph(inputs, { low: 1_000_000, high: 5_000_000 }),
    currency: 'USD',
    presetName: 'Worked example',
    date: '2026-11-24',
    shareLink: 'https://example.test/nines/#s=abc',
  };
}

/** Splits the export into its two blocks and parses each back with a CSV parser. */
function parseBack(csv: string) {
  expect(csv.startsWith(BOM)).toBe(true);
  const [table, assumptions] = csv.slice(1).split('\r\n\r\n');
  const parse = (text: string) => Papa.parse<string[]>(text!.trim(), { skipEmptyLines: true }).data;
  return { table: parse(table!), assumptions: parse(assumptions!) };
}

describe('CSV export', () => {
  it('parses back to the model’s figures, money to the cent and payback to 4 decimals', () => {
    const ctx = context();
    const { table } = parseBack(buildCsv(ctx));
    const [header, ...rows] = table;
    const col = (name: string) => header!.indexOf(name);
    expect(rows).toHaveLength(3);
    const row = rows[2]!;
    expect(row[col('Scenario')]).toBe('99.99 %');
    expect(row[col('Availability (%)')]).toBe('99.99');
    expect(row[col('Annual savings (USD a year)')]).toBe('84672000.00');
    expect(row[col('Investment (USD)')]).toBe('147000000.00');
    expect(row[col('Marginal investment (USD)')]).toBe('135000000.00');
    // 147,000,000 / 84,672,000 = 1.73611… years, rounded half-up to 4 decimals.
    const payback = ctx.graph.value('scenario.s3.paybackYears')!;
    expect(payback.toString().startsWith('1.736111111111111111')).toBe(true);
    expect(row[col('Payback (years)')]).toBe(payback.toFixed(4));
    expect(row[col('Payback (years)')]).toBe('1.7361');
    expect(row[col('NPV (USD)')]).toBe(ctx.graph.value('scenario.s3.npv')!.toFixed(2));
    expect(rows[0]![col('Payback (years)')]).toBe('never');
  });

  it('names the unit of every figure column in the header', () => {
    const [header] = parseBack(buildCsv({ ...context(), currency: 'EUR' })).table;
    expect(header).toEqual(
      expect.arrayContaining([
        'Availability (%)',
        'Downtime a month (hours)',
        'Annual downtime cost (EUR a year)',
        'Annual savings (EUR a year)',
        'Investment (EUR)',
        'Extra run cost (EUR a year)',
        'Net annual benefit (EUR a year)',
        'Payback (years)',
        'NPV (EUR)',
        'Marginal payback (years)',
        'Marginal NPV (EUR)',
      ]),
    );
  });

  it.each([
    ['the worked example', {}],
    // Long fractions everywhere: a rule-of-thumb investment with fractional nines, odd costs.
    [
      'odd inputs',
      {
        downtimeCostPerHour: 1234.57,
        monthlyInfraCost: 98765.43,
        scenarios: [
          {
            id: 'a',
            label: null,
            availabilityPercent: 99.123,
            investmentOverride: null,
            annualRunCost: 3.33,
          },
          { id: 'b', label: null, availabilityPercent: 99.99999, investmentOverride: null, annualRunCost: 0 },
        ],
      },
    ],
  ] as const)('opens as plain numbers in a spreadsheet: %s', (_name, overrides) => {
    const ctx = context(overrides as Partial<CalculatorInputs>);
    const { table, assumptions } = parseBack(buildCsv(ctx));
    const [header, ...rows] = table;
    const plainDecimal = /^-?\d+(?:\.\d+)?$/;
    let numeric = 0;
    header!.forEach((name, i) => {
      for (const row of rows) {
        const cell = row[i]!;
        if (!plainDecimal.test(cell)) {
          // Text columns, and "never" where there is no payback: never a number in disguise.
          expect(cell).not.toMatch(/^[-+]?[\d.]+e[-+]?\d+$/i);
          continue;
        }
        numeric += 1;
        const decimals = cell.split('.')[1]?.length ?? 0;
        if (/\((?:USD|EUR|GBP|JPY|INR)/.test(name)) expect(decimals, `${name}: ${cell}`).toBe(2);
        if (/\(years\)|\(hours\)/.test(name)) expect(decimals, `${name}: ${cell}`).toBe(4);
      }
    });
    // Every scenario has at least availability, downtime, the money figures and NPV as numbers.
    expect(numeric).toBeGreaterThanOrEqual(rows.length * 12);
    // Availability as typed, not rounded.
    const typed = ('scenarios' in overrides ? overrides.scenarios : SEED_EXAMPLE.scenarios).map((s) =>
      String(s.availabilityPercent),
    );
    expect(rows.map((r) => r[header!.indexOf('Availability (%)')])).toEqual(typed);
    const money = new Map(assumptions.map(([name, value]) => [name, value]));
    expect(money.get('Monthly infrastructure cost')).toMatch(/^\d+\.\d{2}$/);
  });

  it('carries the IRR of each scenario and step to 4 decimals of a percent, "none" where no rate solves', () => {
    const ctx = context();
    const [header, ...rows] = parseBack(buildCsv(ctx)).table;
    const col = (name: string) => header!.indexOf(name);
    // 99.5 % is today: nothing invested, no rate.
    expect(rows[0]![col('IRR (%)')]).toBe('none');
    expect(rows[0]![col('Marginal IRR (%)')]).toBe('none');
    const irr = (id: 'scenario.s3.irr' | 'scenario.s3.marginal.irr') =>
      withIrrFigures(ctx.graph).value(id)!.toFixed(4);
    expect(rows[2]![col('IRR (%)')]).toBe(irr('scenario.s3.irr'));
    expect(rows[2]![col('Marginal IRR (%)')]).toBe(irr('scenario.s3.marginal.irr'));
    expect(rows[2]![col('Marginal IRR (%)')]).toMatch(/^-?\d+\.\d{4}$/);
  });

  it('carries the page’s warning first when a field holds text the figures do not use', () => {
    const note =
      'Figures use Current availability 99.5%, not your entry “100”: Availability must be below 100 %.';
    const { assumptions } = parseBack(buildCsv({ ...context(), figuresNote: note }));
    expect(assumptions[1]).toEqual(['Warning', note]);
    expect(parseBack(buildCsv(context())).assumptions.some(([name]) => name === 'Warning')).toBe(false);
  });

  it('names a dominated scenario and the level each step is compared with', () => {
    const ctx = context({
      scenarios: [
        ...structuredClone(SEED_EXAMPLE.scenarios),
        {
          id: 's4',
          label: null,
          availabilityPercent: 99.95,
          investmentOverride: 4_900_000,
          annualRunCost: 0,
        },
      ],
    });
    const [header, ...rows] = parseBack(buildCsv(ctx)).table;
    const col = (name: string) => header!.indexOf(name);
    expect(rows[1]![col('Dominated by')]).toBe('99.95 %');
    expect(rows[3]![col('Compared with')]).toBe('99.9 %');
    expect(rows[3]![col('Marginal investment (USD)')]).toBe('-7100000.00');
  });

  it('lists every assumption as name,value rows, including the link and the convention', () => {
    const { assumptions } = parseBack(buildCsv(context()));
    const map = new Map(assumptions.map(([name, value]) => [name, value]));
    expect(assumptions[0]).toEqual(['name', 'value']);
    expect(map.get('Downtime cost per hour')).toBe('2000000.00');
    expect(map.get('Current availability (%)')).toBe('99.5');
    expect(map.get('Monthly infrastructure cost')).toBe('500000.00');
    expect(map.get('Period convention')).toBe('30-day months (360-day year)');
    expect(map.get('Investment rule')).toMatch(/g = 10, 99.5% -> 99.9% costs 2 x annual infrastructure cost/);
    expect(map.get('Horizon (years)')).toBe('3');
    expect(map.get('Discount rate (%)')).toBe('8');
    expect(map.get('Currency')).toBe('USD');
    expect(map.get('Date')).toBe('2026-11-24');
    expect(map.get('Share link')).toBe('https://example.test/nines/#s=abc');
  });

  it.each([
    // Formula starters are neutralised with a leading apostrophe (OWASP's advice for CSV injection).
    ['=HYPERLINK("http://evil")', `'=HYPERLINK("http://evil")`],
    ['+1+2', `'+1+2`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tTabbed', `'\tTabbed`],
    ['\rReturn', `'\rReturn`],
    // RFC 4180 quoting: commas, quotes and line breaks survive the round trip.
    ['plain, with comma', 'plain, with comma'],
    ['say "hi"', 'say "hi"'],
    ['multi\nline', 'multi\nline'],
    ['€ and ₹ and ü', '€ and ₹ and ü'],
  ])('label %j reads back as %j', (label, expected) => {
    const ctx = context({
      scenarios: [{ id: 'x', label, availabilityPercent: 99.9, investmentOverride: null, annualRunCost: 0 }],
    });
    const { table } = parseBack(buildCsv(ctx));
    expect(table[1]![0]).toBe(expected);
  });

  it('quotes a cell with a comma, quote or line break as RFC 4180 says', () => {
    const ctx = context({
      scenarios: [
        { id: 'x', label: 'a "b", c', availabilityPercent: 99.9, investmentOverride: null, annualRunCost: 0 },
      ],
    });
    expect(buildCsv(ctx)).toContain('\r\n"a ""b"", c",99.9,');
  });

  it('keeps negative amounts as numbers (not neutralised)', () => {
    // A target below today: savings are negative, and must stay a plain -number for a spreadsheet.
    const ctx = context({
      scenarios: [
        { id: 'x', label: 'Worse', availabilityPercent: 99, investmentOverride: null, annualRunCost: 0 },
      ],
    });
    const { table } = parseBack(buildCsv(ctx));
    expect(table[1]![table[0]!.indexOf('Annual savings (USD a year)')]).toBe('-86400000.00');
  });
});
