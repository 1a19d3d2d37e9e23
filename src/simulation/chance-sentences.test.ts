import { describe, expect, it } from 'vitest';
import { SEED_EXAMPLE } from '../model/presets';
import { chanceOfRunsText, paybackSentence, positiveNpvSentence } from './chance-sentences';
import { simulate, type ScenarioSummary } from './simulate';

const chance = (count: number, runs = 10_000) => ({ count, runs, fraction: count / runs });

describe('a chance in words', () => {
  it.each([
    [10_000, 'every run'],
    [0, 'no run'],
    [9_100, '91 % of runs'],
    [260, '3 % of runs'],
    [49, 'less than 1 % of runs'],
    [1, 'less than 1 % of runs'],
    [9_951, 'more than 99 % of runs'],
    [9_999, 'more than 99 % of runs'],
    [9_949, '99 % of runs'],
  ])('%s of 10,000 runs: "%s"', (count, text) => {
    expect(chanceOfRunsText(chance(count))).toBe(text);
  });
});

describe('sentences a manager repeats', () => {
  // The seed example with the cost per hour $1M–$5M (lognormal 90 %), as issue 14's acceptance has it.
  const summary = simulate({
    inputs: SEED_EXAMPLE,
    ranges: { downtimeCostPerHour: { low: 1_000_000, high: 5_000_000, shape: 'lognormal' } },
    runs: 10_000,
    seed: 'nines',
  });
  const [, s2, s3] = summary.scenarios as [ScenarioSummary, ScenarioSummary, ScenarioSummary];
  const percent = (c: { count: number; runs: number }) => `${Math.round((100 * c.count) / c.runs)} %`;

  it('quote a scenario and the step that leads to it', () => {
    expect(paybackSentence(s3, 3)).toBe(
      `99.99 % pays back within 3 years in ${percent(s3.vsBaseline.paysBackWithinHorizon)} of runs; the step from 99.9 % does in ${percent(s3.marginal.paysBackWithinHorizon)}.`,
    );
    expect(positiveNpvSentence(s3, 3)).toBe(
      `99.99 % has a positive NPV over 3 years in ${percent(s3.vsBaseline.positiveNpv)} of runs; the step from 99.9 % does in ${percent(s3.marginal.positiveNpv)}.`,
    );
  });

  it('say "every run" when every run did, and quote no step when the step is from today', () => {
    expect(s2.marginal.fromId).toBe('s1');
    expect(s2.vsBaseline.paysBackWithinHorizon.count).toBe(10_000);
    const fromToday: ScenarioSummary = {
      ...s2,
      marginal: { ...s2.vsBaseline, fromId: null, fromLabel: 'Today' },
    };
    expect(paybackSentence(fromToday, 1)).toBe('99.9 % pays back within 1 year in every run.');
  });

  it('say that a target equal to today changes nothing, rather than that it never pays back', () => {
    expect(paybackSentence(summary.scenarios[0]!, 3)).toBe('99.5 % changes nothing against today.');
    expect(paybackSentence(s2, 3)).toBe(
      '99.9 % pays back within 3 years in every run; the step from 99.5 % does in every run.',
    );
  });

  it('say "no run" for a step that never pays back', () => {
    const never: ScenarioSummary = {
      ...s3,
      marginal: { ...s3.marginal, paysBackWithinHorizon: chance(0) },
    };
    expect(paybackSentence(never, 3)).toMatch(/; the step from 99\.9 % does in no run\.$/);
  });
});
