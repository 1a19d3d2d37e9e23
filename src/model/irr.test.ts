import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from './decimal';
import { IRR_MAX_RATE, annuityInternalRateOfReturn, internalRateOfReturn } from './irr';
import { netPresentValue } from './payback';

/** NPV of a spreadsheet-style series (first flow now) at `rate`, through the model's own NPV. */
function npvOfSeries(rate: Dec, flows: readonly number[]): Dec {
  const [now = 0, ...later] = flows;
  return netPresentValue(rate, -now, later);
}

/*
 * Microsoft, "IRR function" (Excel help), support.microsoft.com/…/excel/functions/irr-function (read in
 * its Japanese and Chinese editions, https://support.microsoft.com/ja-jp/Excel/functions/irr-function and
 * https://support.microsoft.com/zh-cn/excel/irr-function; the English page is not in the reference index
 * here). Data: −70,000 initial cost of a business; net income 12,000, 15,000, 18,000, 21,000 and 26,000 in
 * years one to five (the Chinese edition writes each figure ten times larger: rates are unchanged).
 *   =IRR(A2:A6)       after four years   −2.1 %
 *   =IRR(A2:A7)       after five years    8.7 %
 *   =IRR(A2:A4,−10%)  after two years   −44.4 % (Excel needs a guess there; we do not)
 * The page also says Excel iterates to 0.00001 % and that NPV at the IRR "is effectively 0".
 */
describe('internalRateOfReturn against Microsoft’s IRR examples', () => {
  it.each([
    ['after four years', [-70_000, 12_000, 15_000, 18_000, 21_000], '-2.1'],
    ['after five years', [-70_000, 12_000, 15_000, 18_000, 21_000, 26_000], '8.7'],
    ['after two years', [-70_000, 12_000, 15_000], '-44.4'],
  ])('%s: %j → %s %%', (_label, flows, expectedPercent) => {
    const rate = internalRateOfReturn(flows);
    expect(rate).not.toBeNull();
    expect(rate!.times(100).toFixed(1)).toBe(expectedPercent);
    // Within a cent of zero at the rate found (in fact within 1e-20).
    expect(npvOfSeries(rate!, flows).abs().lt('0.01')).toBe(true);
    expect(npvOfSeries(rate!, flows).abs().lt('1e-20')).toBe(true);
  });

  it('Excel’s own tolerance (0.00001 %) is met: the rate moves NPV across zero within ±1e-7', () => {
    const flows = [-70_000, 12_000, 15_000, 18_000, 21_000, 26_000];
    const rate = internalRateOfReturn(flows)!;
    const below = npvOfSeries(rate.minus('1e-7'), flows);
    const above = npvOfSeries(rate.plus('1e-7'), flows);
    expect(below.gt(0) && above.lt(0)).toBe(true);
  });
});

describe('internalRateOfReturn, cases solved by hand', () => {
  it.each([
    // −100 + 110 / (1 + r) = 0 → r = 10 %
    [[-100, 110], '0.1'],
    // (1 + r)² = 121 / 100 → r = 10 %
    [[-100, 0, 121], '0.1'],
    // (1 + r)³ = 8 → r = 100 %
    [[-1, 0, 0, 8], '1'],
    // gets back exactly what it put in: 0 %
    [[-100, 100], '0'],
    // loses half: −50 %
    [[-100, 50], '-0.5'],
    // an outlay of 1 returning 99 a year later: 9,800 %, just inside the search
    [[-1, 99], '98'],
    // returns first, outlay later (a loan): 100 now, repay 110 in a year → 10 %
    [[100, -110], '0.1'],
  ])('%j → %s', (flows, expected) => {
    const rate = internalRateOfReturn(flows);
    expect(rate).not.toBeNull();
    expect(rate!.minus(expected).abs().lt('1e-25')).toBe(true);
  });

  it('an annuity: 1,000 now, 500 a year for 3 years — NPV at the rate is 0 within a cent (23.38 %)', () => {
    const flows = [-1000, 500, 500, 500];
    const rate = internalRateOfReturn(flows)!;
    expect(npvOfSeries(rate, flows).abs().lt('0.01')).toBe(true);
    // Annuity factor at the rate equals 2: (1 − (1 + r)⁻³) / r = 1000 / 500.
    const factor = new Dec(1).minus(rate.plus(1).pow(-3)).div(rate);
    expect(factor.minus(2).abs().lt('1e-25')).toBe(true);
    // Independently, mpmath's findroot at 40 digits: 0.2337519285282587881909433776793930351911.
    expect(rate.minus('0.2337519285282587881909433776793930351911').abs().lt('1e-25')).toBe(true);
  });

  it('finds a root a hair above −100 %: 100 now, 0.000001 back after a year: 1 + r = 1e-8, r = −99.999999 %', () => {
    const rate = internalRateOfReturn([-100, 0.000001])!;
    expect(rate.minus('-0.99999999').abs().lt('1e-25')).toBe(true);
  });
});

describe('internalRateOfReturn: "none" (null), never an error', () => {
  it.each([
    ['no flows', []],
    ['only an outlay', [-100]],
    ['all positive', [100, 50, 50]],
    ['all negative', [-100, -50]],
    ['all zero', [0, 0, 0]],
    ['nothing invested, returns only', [0, 500, 500]],
    // 1 now → 102 in a year: 10,100 %, above the 10,000 % ceiling
    ['a root above 10,000 %', [-1, 102]],
    // exactly 10,000 %: the interval is open
    ['a root exactly at 10,000 %', [-1, 101]],
    // (1 + r)² − (1 + r) + 1 = 0 has no real root
    ['two sign changes and no real root', [-100, 100, -100]],
  ])('%s', (_label, flows) => {
    expect(internalRateOfReturn(flows)).toBeNull();
  });

  it('the ceiling is 10,000 %', () => {
    expect(IRR_MAX_RATE).toBe(100);
  });
});

/*
 * Flows that change sign more than once can have several rates. −100, +230, −132: (1 + r)² − 2.3 (1 + r) +
 * 1.32 = 0 → 1 + r = 1.1 or 1.2, so 10 % and 20 %; the one nearest the guess is returned (Excel's default
 * guess is 10 %).
 * Greytrout Software, SS spreadsheet user guide, "IRR" (http://www.greytrout.com/manuals/SS_user_guide/node132.html):
 *   IRR(0, −80, 90, 67, 72, −90) = −0.32606171 (two sign changes; the other root lies near +70 %);
 *   IRR(0, −700, 750, 900, 600, 850) = 1.0462142.
 */
describe('internalRateOfReturn with several sign changes', () => {
  it.each([
    [[-100, 230, -132], '0.1', '0.1'],
    [[-100, 230, -132], '0.3', '0.2'],
    [[-100, 230, -132], '0.16', '0.2'],
  ])('%j with guess %s → %s', (flows, guess, expected) => {
    const rate = internalRateOfReturn(flows, guess)!;
    expect(rate.minus(expected).abs().lt('1e-25')).toBe(true);
  });

  it('Greytrout: −80, 90, 67, 72, −90 → −0.32606171 (the root nearest 0 and 10 %)', () => {
    const flows = [-80, 90, 67, 72, -90];
    for (const guess of ['0', '0.1']) {
      const rate = internalRateOfReturn(flows, guess)!;
      expect(rate.toFixed(8)).toBe('-0.32606171');
      expect(npvOfSeries(rate, flows).abs().lt('1e-20')).toBe(true);
    }
    const other = internalRateOfReturn(flows, '1')!;
    expect(other.gt('0.5') && other.lt(1)).toBe(true);
    expect(npvOfSeries(other, flows).abs().lt('1e-20')).toBe(true);
  });

  it('Greytrout: −700, 750, 900, 600, 850 → 1.0462142 (one sign change)', () => {
    expect(internalRateOfReturn([-700, 750, 900, 600, 850])!.toFixed(7)).toBe('1.0462142');
  });
});

describe('annuityInternalRateOfReturn: the same rate through the annuity formula', () => {
  it('1,000 now, 500 a year for 3 years → the annuity example above (mpmath: 0.23375192852825878819…)', () => {
    const rate = annuityInternalRateOfReturn(1000, 500, 3)!;
    expect(rate.minus('0.2337519285282587881909433776793930351911').abs().lt('1e-25')).toBe(true);
  });

  it.each([
    // 100 now, 110 in a year: 10 %
    [100, 110, 1, '0.1'],
    // gets back exactly the outlay over 4 years: 0 %
    [400, 100, 4, '0'],
    // 1 now, 99 a year for 1 year: 9,800 %
    [1, 99, 1, '98'],
  ])('outlay %s, %s a year for %s years → %s', (outlay, benefit, years, expected) => {
    expect(annuityInternalRateOfReturn(outlay, benefit, years)!.minus(expected).abs().lt('1e-25')).toBe(true);
  });

  it.each([
    ['nothing invested', 0, 100, 3],
    ['no benefit', 100, 0, 3],
    ['a loss each year', 100, -5, 3],
    ['above 10,000 %', 1, 102, 1],
    ['no years', 100, 50, 0],
  ])('none (null): %s', (_label, outlay, benefit, years) => {
    expect(annuityInternalRateOfReturn(outlay, benefit, years)).toBeNull();
  });

  it('agrees with the general IRR on any outlay, benefit and horizon of the page (1–30 years)', () => {
    const amount = fc.integer({ min: 1, max: 1_000_000_000 }).map((n) => n / 100);
    fc.assert(
      fc.property(amount, amount, fc.integer({ min: 1, max: 30 }), (outlay, benefit, years) => {
        const fast = annuityInternalRateOfReturn(outlay, benefit, years);
        const general = internalRateOfReturn([-outlay, ...Array.from({ length: years }, () => benefit)]);
        if (general === null) expect(fast).toBeNull();
        else {
          expect(fast).not.toBeNull();
          expect(fast!.minus(general).abs().lt('1e-20')).toBe(true);
          const flows = [-outlay, ...Array.from({ length: years }, () => benefit)];
          expect(npvOfSeries(fast!, flows).abs().lt('0.01')).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
