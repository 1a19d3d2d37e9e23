import { describe, expect, it } from 'vitest';
import { Dec } from '../model/decimal';
import { netPresentValue } from '../model/payback';
import { SEED_EXAMPLE } from '../model/presets';
import { evaluateResultGraph } from '../model/result-graph';
import type { CalculatorInputs } from '../model/scenarios';
import { answerSentences, answerText, sentenceText } from './answer-text';
import { formatMoney, formatPayback } from './format';

const money = (value: Dec) => formatMoney(value, 'USD');
const ECOMMERCE = { low: 1_000_000, high: 5_000_000 };
const answerOf = (inputs: CalculatorInputs) => answerText(evaluateResultGraph(inputs, ECOMMERCE), money);

/** Text no figure may ever show (as app-extremes.test.tsx scans the page), nor a payback of "never years". */
const FORBIDDEN = /\bNaN\b|Infinity|\d[eE][+-]?\d|\bundefined\b|\bnull\b|never years|\[object/;

/*
 * The seed's worked example: $2,000,000 an hour, 99.5 % today, 30-day months (8,640 h a year),
 * $500,000 a month of infrastructure (so $6,000,000 a year), growth 10 per nine, 99.5 % → 99.9 %
 * costing 2 × the annual infrastructure, 3 years at 8 %. Each expected figure is worked out from those.
 */
describe('the answer to the seed’s worked example', () => {
  const C = new Dec(2_000_000);
  const Y = new Dec(8_640);
  const downtimeCost = (availability: string) =>
    new Dec(1).minus(new Dec(availability).div(100)).times(Y).times(C);
  // The rule: k × (gⁿ(target) − gⁿ(today)); gⁿ = 1 ÷ (1 − a) for g = 10, so 200 today, 1,000 at 99.9 %,
  // 10,000 at 99.99 %; k is set so that 99.5 % → 99.9 % costs 2 × $6,000,000: k = $12,000,000 ÷ 800.
  const k = new Dec(12_000_000).div(800);
  const investment999 = k.times(1_000 - 200);
  const investment9999 = k.times(10_000 - 200);
  const savings999 = downtimeCost('99.5').minus(downtimeCost('99.9'));
  const stepInvestment = investment9999.minus(investment999);
  const stepSavings = downtimeCost('99.9').minus(downtimeCost('99.99'));
  const stepPayback = stepInvestment.div(stepSavings);
  const npvOf = (outlay: Dec, benefit: Dec) => netPresentValue('0.08', outlay, [benefit, benefit, benefit]);
  // The total-cost curve's optimum: (k × log₁₀ g ÷ (T × C × Y))^(1 ÷ (log₁₀ g + 1)), log₁₀ 10 = 1.
  const optimum = new Dec(1).minus(k.div(new Dec(3).times(C).times(Y)).sqrt()).times(100);
  const text = answerOf(SEED_EXAMPLE);

  it('works from figures that are the issue’s', () => {
    expect(money(investment999)).toBe('$12,000,000');
    expect(formatPayback(investment999.div(savings999))).toBe('0.17 years (2.1 months)');
    expect(money(stepInvestment)).toBe('$135,000,000');
    expect(money(stepSavings)).toBe('$15,552,000');
    expect(stepPayback.toFixed(2)).toBe('8.68');
    expect(optimum.toFixed(3)).toBe('99.946');
  });

  it('names 99.9 % as the target to choose, with its investment, payback and NPV', () => {
    expect(text).toContain(
      `Go to 99.9 %: ${money(investment999)} (the rule’s estimate) pays back in ${formatPayback(investment999.div(savings999))}, and its NPV over the 3-year horizon at 8 % is ${money(npvOf(investment999, savings999))}, the best of the targets.`,
    );
  });

  it('says the last nine (99.9 % → 99.99 %) pays back beyond the 3-year horizon, by how much, and is not worth it', () => {
    expect(text).toContain(
      `The last step, 99.9 % → 99.99 %, costs ${money(stepInvestment)} more for ${money(stepSavings)} more a year: it pays back in ${stepPayback.toFixed(2)} years, ${stepPayback.minus(3).toFixed(2)} years beyond the 3-year horizon, so it is not worth it at these figures (NPV ${money(npvOf(stepInvestment, stepSavings))}).`,
    );
  });

  it('names the rule of thumb’s cost-optimal availability', () => {
    expect(text).toContain(
      `By the rule of thumb’s total-cost curve, the cost-optimal availability is about ${optimum.toFixed(3)} %`,
    );
    expect(text).not.toMatch(FORBIDDEN);
  });

  it('marks every figure it quotes with the figure it comes from', () => {
    const graph = evaluateResultGraph(SEED_EXAMPLE, ECOMMERCE);
    const parts = answerSentences(graph, money).flat();
    const figures = parts.filter((p) => typeof p !== 'string');
    expect(figures.map((p) => p.figure)).toEqual(
      expect.arrayContaining([
        'scenario.s2.investment',
        'scenario.s2.paybackYears',
        'scenario.s2.npv',
        'scenario.s3.marginal.investment',
        'scenario.s3.marginal.annualSavings',
        'scenario.s3.marginal.paybackYears',
        'totalCost.optimum.availabilityPercent',
      ]),
    );
    // No digit outside a figure's part: every number shown can be explained.
    for (const sentence of answerSentences(graph, money)) {
      const words = sentence.filter((p) => typeof p === 'string').join('');
      expect(words.replace(/99(\.9+)? %|\d+(\.\d+)? years beyond/g, ''), sentenceText(sentence)).not.toMatch(
        /\$\d/,
      );
    }
  });
});

describe('the answer in the other cases', () => {
  it('today already above every target: says so, nothing to buy', () => {
    const text = answerOf({ ...SEED_EXAMPLE, baselineAvailabilityPercent: 99.999 });
    expect(text).toMatch(
      /^Today’s availability, 99\.999%, is already at or above every target: there is no nine to buy\./,
    );
    expect(text).not.toMatch(FORBIDDEN);
  });

  it('nothing pays for itself: says so with the best NPV, never "never years"', () => {
    // At $1,000 an hour no target's savings come near its investment.
    const text = answerOf({ ...SEED_EXAMPLE, downtimeCostPerHour: 1_000 });
    expect(text).toMatch(
      /^No target pays for itself over the 3-year horizon at 8 %: the best, 99\.9 %, has an NPV of -\$[\d,]+\./,
    );
    expect(text).not.toMatch(FORBIDDEN);
  });

  it('a last step whose run cost eats its savings: never pays back, in words', () => {
    const scenarios = structuredClone(SEED_EXAMPLE.scenarios);
    scenarios[2]!.annualRunCost = 20_000_000;
    const text = answerOf({ ...SEED_EXAMPLE, scenarios });
    expect(text).toContain(
      'The last step, 99.9 % → 99.99 %, never pays back: the extra savings do not cover its extra run cost.',
    );
    expect(text).not.toMatch(FORBIDDEN);
  });

  it('a quote that costs less a year than the rule’s optimum: says so instead of recommending the optimum', () => {
    const scenarios = [
      ...structuredClone(SEED_EXAMPLE.scenarios),
      { id: 's4', label: null, availabilityPercent: 99.95, investmentOverride: 4_900_000, annualRunCost: 0 },
    ];
    const graph = evaluateResultGraph({ ...SEED_EXAMPLE, scenarios }, ECOMMERCE);
    const text = answerText(graph, money);
    const total = graph.value('scenario.s4.totalAnnualCost')!;
    expect(total.lt(graph.value('totalCost.optimum.totalAnnualCost')!)).toBe(true);
    expect(text).toContain(
      `Your quote for 99.95 % costs ${money(total)} a year in total, less than the rule of thumb’s cost-optimal availability (about 99.946 %`,
    );
    expect(text).not.toContain('By the rule of thumb’s total-cost curve');
  });

  it('no targets at all: one sentence, no figure missing', () => {
    const text = answerOf({ ...SEED_EXAMPLE, scenarios: [] });
    expect(text).toMatch(/^Today’s availability, 99\.5%, needs no target: add one to compare\./);
    expect(text).not.toMatch(FORBIDDEN);
  });
});
