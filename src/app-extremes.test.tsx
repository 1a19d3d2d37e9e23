// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { App } from './app';
import type { CurrencyCode } from './format/format';
import { LIMITS } from './model/limits';
import { calculatorStore } from './state/calculator-store';
import { defaultState, type CalculatorState } from './state/session';

/**
 * Text no screen may show: NaN, Infinity, exponent notation (a digit, then e and a digit), a negative
 * zero in any form ("-0", "-0.00", "-$0", "−0 %"), or a value that leaked through unformatted.
 * Also used, word for word, by the browser test test/e2e/extremes.test.mjs.
 */
const FORBIDDEN =
  /\bNaN\b|Infinity|\d[eE][+-]?\d|[-−]\D{0,2}0(?:[.,]0+)?(?![\d.,])|\bundefined\b|\bnull\b|\[object/;

type Inputs = CalculatorState['inputs'];
interface Extreme {
  name: string;
  inputs?: Partial<Omit<Inputs, 'scenarios'>>;
  /** Availability of the first target scenario (the seed's, labelled "99.5 %"), percent. */
  firstTarget?: number;
  currency?: CurrencyCode;
  compact?: boolean;
  /** Cells of the comparison table, by row label and column, and what they must read. */
  cells: Array<[row: string, column: string, text: string | RegExp]>;
}

const TRILLION = LIMITS.maxAmount;

// Each valid extreme of the brief, alone and in the combinations most likely to break a layout.
const EXTREMES: Extreme[] = [
  {
    name: 'downtime cost 0 an hour',
    inputs: { downtimeCostPerHour: 0 },
    cells: [
      ['99.9 %', 'Annual downtime cost', '$0'],
      ['99.9 %', 'Annual savings', 'no change'],
      ['99.9 %', 'Payback', 'never'],
      ['99.9 %', 'NPV', '-$12,000,000'],
    ],
  },
  {
    name: 'downtime cost $1,000,000,000,000 an hour',
    inputs: { downtimeCostPerHour: TRILLION },
    cells: [
      // 0.004 × 8,640 h × $10¹² a year; $12M pays back in about 6 minutes.
      ['99.9 %', 'Annual savings', '$34,560,000,000,000'],
      ['99.9 %', 'Payback', 'under 0.01 years'],
      ['99.9 %', 'Discounted payback', 'under 0.01 years'],
    ],
  },
  {
    name: '$1,000,000,000,000 an hour, compact',
    inputs: { downtimeCostPerHour: TRILLION },
    compact: true,
    cells: [
      ['99.9 %', 'Annual savings', '$34.6T'],
      ['99.5 %', 'Annual downtime cost', '$43.2T'],
    ],
  },
  {
    name: 'today at 90 %',
    inputs: { baselineAvailabilityPercent: 90 },
    cells: [
      ['99.5 %', 'Compared with', 'Today (90%)'],
      ['99.5 %', 'Annual savings', '$1,641,600,000'],
      ['99.5 %', 'Payback', 'under 0.01 years'],
    ],
  },
  {
    name: 'today at 99.99999 %',
    inputs: { baselineAvailabilityPercent: 99.99999 },
    cells: [
      // A target below today adds downtime: its savings are a cost, with the sign kept.
      ['99.9 %', 'Annual savings', '-$17,278,272 (more downtime)'],
      ['99.9 %', 'Investment', '$0'],
      ['99.99 %', 'Payback', 'never (adds downtime)'],
      // Every target is below today, so the rule prices each at $0: the highest beats the others.
      ['99.9 %', 'Scenario', '99.9 % dominated by 99.99 %'],
    ],
  },
  {
    name: 'a target at 99.99999 %',
    firstTarget: 99.99999,
    cells: [
      ['99.5 %', 'Availability', '99.99999%'],
      ['99.5 %', 'Downtime a month', '0.000072 h (0.00432 min)'],
    ],
  },
  {
    name: 'a target equal to today',
    inputs: { baselineAvailabilityPercent: 99.9 },
    firstTarget: 99.9,
    cells: [
      ['99.5 %', 'Annual savings', 'no change'],
      ['99.5 %', 'Investment', '$0'],
      ['99.5 %', 'Payback', 'no change'],
      ['99.5 %', 'NPV', '$0'],
    ],
  },
  {
    name: 'a horizon of 1 year',
    inputs: { horizonYears: 1 },
    cells: [['99.9 %', 'NPV (1 y at 8%)', '$52,000,000']],
  },
  {
    name: 'a horizon of 30 years',
    inputs: { horizonYears: 30 },
    cells: [['99.99 %', 'NPV (30 y at 8%)', /^\$\d{3},\d{3},\d{3}$/]],
  },
  {
    name: 'JPY at the largest amounts over 30 years',
    inputs: { downtimeCostPerHour: TRILLION, monthlyInfraCost: TRILLION, horizonYears: 30 },
    currency: 'JPY',
    cells: [
      ['99.9 %', 'Investment', '¥24,000,000,000,000 (estimate)'],
      ['99.9 %', 'Payback', '0.69 years (8.3 months)'],
    ],
  },
  {
    name: 'INR at the largest amounts from 90 %, compact',
    inputs: { downtimeCostPerHour: TRILLION, monthlyInfraCost: TRILLION, baselineAvailabilityPercent: 90 },
    currency: 'INR',
    compact: true,
    cells: [
      ['99.5 %', 'Annual savings', '₹821T'],
      ['99.99 %', 'Investment', '₹300T (estimate)'],
    ],
  },
  {
    name: 'everything at its largest: 90 % to 99.99999 %, JPY, compact',
    inputs: {
      downtimeCostPerHour: TRILLION,
      monthlyInfraCost: TRILLION,
      baselineAvailabilityPercent: 90,
      growthPerNine: LIMITS.maxGrowthPerNine,
      calibrationMultiple: LIMITS.maxCalibrationMultiple,
      horizonYears: 30,
      discountRatePercent: LIMITS.maxDiscountRatePercent,
    },
    firstTarget: 99.99999,
    currency: 'JPY',
    compact: true,
    cells: [['99.5 %', 'Availability', '99.99999%']],
  },
  {
    name: 'no cost at all: downtime and infrastructure 0',
    inputs: { downtimeCostPerHour: 0, monthlyInfraCost: 0 },
    cells: [
      ['99.9 %', 'Investment', '$0'],
      ['99.9 %', 'Payback', 'no change'],
      ['99.5 %', 'Scenario', '99.5 % dominated by 99.9 %'],
    ],
  },
  {
    name: 'today at 1e-300 % (a share link can carry it)',
    inputs: { baselineAvailabilityPercent: 1e-300 },
    cells: [['99.5 %', 'Compared with', 'Today (under 0.0000001%)']],
  },
];

/** Sets the case's inputs through the store's own actions, as the page's controls do. */
function apply(extreme: Extreme) {
  const { actions } = calculatorStore.getState();
  for (const [name, value] of Object.entries(extreme.inputs ?? {}))
    actions.inputChanged(name as Parameters<typeof actions.inputChanged>[0], value as number);
  if (extreme.firstTarget !== undefined) {
    // Labelled "99.5 %" by the user (a label of its own, which stays), so that rows keep distinct
    // names when it equals another row's availability.
    actions.scenarioEdited('s1', { label: '99.5 %', availabilityPercent: extreme.firstTarget });
  }
  if (extreme.currency) actions.currencyChosen(extreme.currency);
  if (extreme.compact) actions.compactToggled(true);
  // Every column, so that every figure is scanned.
  actions.showAllColumnsToggled(true);
}

/** The cell in the row headed `rowLabel` under the column whose header starts with `column`. */
function cell(rowLabel: string, column: string): string {
  const table = screen.getByRole('table', { name: 'Scenario comparison' });
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent ?? '');
  const index = headers.findIndex((text) => text.startsWith(column));
  if (index < 0) throw new Error(`no column ${column} in ${headers.join(' | ')}`);
  // A dominated scenario's row header says so after its label ("99.9 % dominated by 99.99 %").
  const row = within(table)
    .getByRole('rowheader', {
      name: (name) => name === rowLabel || name.startsWith(`${rowLabel} dominated by `),
    })
    .closest('tr')!;
  return row.children[index]!.textContent ?? '';
}

/**
 * Everything a reader can see or hear: the page's text (charts' SVG text included), field values and
 * sliders' spoken values. The share link is left out: its base64url payload is not a figure, and may
 * hold "-0" or "e5" by chance.
 */
function everythingShown(): string {
  const page = document.body.cloneNode(true) as HTMLElement;
  page.querySelectorAll('.share-url').forEach((node) => node.remove());
  const values = [...document.querySelectorAll('input, select, textarea')].map(
    (field) => (field as HTMLInputElement).value,
  );
  const spoken = [...document.querySelectorAll('[aria-valuetext]')].map((el) =>
    el.getAttribute('aria-valuetext'),
  );
  return [page.textContent, ...values, ...spoken].join('\n');
}

beforeEach(() => {
  calculatorStore.setState(defaultState());
});

// Each case draws the page with its three charts in jsdom: slow on a busy machine.
describe('extreme but valid inputs', { timeout: 30_000 }, () => {
  it.each(EXTREMES)('$name: sensible figures, never NaN, Infinity, exponents or -0', async (extreme) => {
    apply(extreme);
    render(<App />);
    // The charts (a lazy chunk) and the assumptions footer are part of what is checked.
    await screen.findByRole('heading', { name: 'Charts', level: 2 }, { timeout: 10_000 });
    await screen.findByRole('heading', { name: 'Assumptions', level: 2 });
    expect(screen.getAllByRole('figure').length + screen.queryAllByRole('alert').length).toBe(3);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // Each chart draws in a turn of its own after the panel: wait until all three show these inputs.
    await waitFor(() =>
      expect(
        document.querySelectorAll('.chart-canvas[aria-busy="false"] .recharts-wrapper > svg'),
      ).toHaveLength(3),
    );

    for (const [row, column, text] of extreme.cells) expect(cell(row, column)).toMatch(text);
    const shown = everythingShown();
    // The charts' SVG text (ticks, axis titles, the optimum note) is part of what was scanned.
    expect(shown).toContain(`Amount (${extreme.currency ?? 'USD'})`);
    expect(shown.match(FORBIDDEN)?.[0]).toBeUndefined();
  });

  it('the scan catches what it is meant to catch', () => {
    for (const bad of [
      'NaN',
      'Infinity',
      '1e-7',
      '2.5E+21',
      '-0',
      '-0.00 years',
      '-$0',
      '−0 %',
      '-¥0',
      'undefined',
    ])
      expect(bad).toMatch(FORBIDDEN);
    for (const good of [
      '-$12,000,000',
      '2026-05-01',
      '(1 − 0.995)',
      '99.5 % (99.5%)',
      'Scenario 1',
      '-$0.5M',
    ])
      expect(good).not.toMatch(FORBIDDEN);
  });
});
