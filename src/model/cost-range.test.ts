import { describe, expect, it } from 'vitest';
import { evaluateRange } from './cost-range';
import { SEED_EXAMPLE } from './presets';

const seed = SEED_EXAMPLE;

describe('evaluateRange', () => {
  const range = evaluateRange(seed, { low: 1_000_000, high: 5_000_000 });
  const savings = (r: typeof range.low, label: string) =>
    r.scenarios.find((s) => s.label === label)!.vsBaseline.annualSavings.toFixed(2);

  it.each([
    // end, 99.9 % annual savings, 99.99 % payback (2 dp); investment does not depend on the cost per hour
    ['low', '34560000.00', '3.47'],
    ['mid', '69120000.00', '1.74'],
    ['high', '172800000.00', '0.69'],
  ] as const)('%s: savings %s, payback %s years', (end, savings999, payback9999) => {
    expect(savings(range[end], '99.9 %')).toBe(savings999);
    const s = range[end].scenarios.find((x) => x.label === '99.99 %')!;
    expect(s.vsBaseline.investment.toFixed(2)).toBe('147000000.00');
    expect(s.vsBaseline.paybackYears?.toFixed(2)).toBe(payback9999);
  });
});
