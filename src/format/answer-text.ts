import type Decimal from 'decimal.js';
import type { FigureId } from '../model/figure';
import { levelFigureId, marginalFigureId, scenarioFigureId, type ResultGraph } from '../model/result-graph';
import { formatAvailabilityApprox, formatPayback, formatPercent } from './format';

/** Money as the caller shows it (currency and compactness chosen there). */
type Money = (value: Decimal) => string;

/** A piece of a sentence: words, or the text of one figure of the graph (so that it can be explained). */
export type AnswerPart = string | { figure: FigureId; text: string };

/** One sentence of the answer, as parts. */
export type AnswerSentence = AnswerPart[];

/** The sentence's text, its figures' texts in place. */
export function sentenceText(sentence: AnswerSentence): string {
  return sentence.map((part) => (typeof part === 'string' ? part : part.text)).join('');
}

/**
 * The target the Answer recommends: of the targets above today's availability, the one with the best
 * NPV over the horizon (the first of equal NPVs, in input order); null when no target is above today.
 */
export function bestTargetId(graph: ResultGraph): string | null {
  const amount = (id: FigureId) => graph.value(id)!;
  const today = amount(levelFigureId(null, 'availabilityPercent'));
  const above = graph.scenarioIds.filter((id) =>
    amount(scenarioFigureId(id, 'availabilityPercent')).gt(today),
  );
  if (above.length === 0) return null;
  const npv = (id: string) => amount(scenarioFigureId(id, 'npv'));
  return above.reduce((a, b) => (npv(b).gt(npv(a)) ? b : a));
}

/** The highest target, whose marginal step is the Answer's "last step"; null when there is no target. */
export function topTargetId(graph: ResultGraph): string | null {
  if (graph.scenarioIds.length === 0) return null;
  const availability = (id: string) => graph.value(scenarioFigureId(id, 'availabilityPercent'))!;
  return graph.scenarioIds.reduce((a, b) => (availability(b).gt(availability(a)) ? b : a));
}

/**
 * "The answer in words": what to do, read from the result graph's figures alone, in this order:
 * - the target with the best NPV over the horizon, its investment and its payback; or, when no
 *   target's NPV is above zero, that none pays for itself (with the best one's NPV); or, when today's
 *   availability is already at or above every target, that there is nothing to buy;
 * - the last step (the highest target against the next-lower level): what it costs more, what it
 *   saves more a year, and whether it pays back within the horizon, by how many years it misses or
 *   makes it, and whether its NPV makes it worth it;
 * - the cost-optimal availability of the rule of thumb's total-cost curve, or, where one of the user's
 *   own quotes costs less a year in total than the curve's optimum, that quote instead.
 * Every figure is the graph's (money through `money`, paybacks as the table shows them, the optimum
 * rounded as the chart shows it); a figure that has no value ("never") is said in words, never shown
 * as a number. Sentences are parts, so a surface can make each figure explainable.
 */
export function answerSentences(graph: ResultGraph, money: Money): AnswerSentence[] {
  const value = (id: FigureId) => graph.value(id);
  const amount = (id: FigureId) => graph.value(id)!;
  const fig = (id: FigureId, text: string): AnswerPart => ({ figure: id, text });
  const moneyOf = (id: FigureId) => fig(id, money(amount(id)));
  const horizon = amount('input.horizonYears');
  const rate = amount('input.discountRatePercent');
  const horizonPart = fig('input.horizonYears', `${horizon.toString()}-year`);
  const today = levelFigureId(null, 'availabilityPercent');
  const sentences: AnswerSentence[] = [];

  const best = bestTargetId(graph);
  if (best === null) {
    sentences.push([
      'Today’s availability, ',
      fig(today, formatPercent(amount(today))),
      graph.scenarioIds.length === 0
        ? ', needs no target: add one to compare.'
        : ', is already at or above every target: there is no nine to buy.',
    ]);
  } else {
    const npv = (id: string) => amount(scenarioFigureId(id, 'npv'));
    const info = graph.scenario(best);
    const s = (name: 'investment' | 'paybackYears' | 'npv') => scenarioFigureId(best, name);
    if (npv(best).gt(0)) {
      const payback = value(s('paybackYears'));
      sentences.push([
        `Go to ${info.label}: `,
        moneyOf(s('investment')),
        info.investmentSource === 'rule' ? ' (the rule’s estimate) ' : ' (your quote) ',
        ...(payback === null || payback.isZero()
          ? ['pays back at once']
          : ['pays back in ', fig(s('paybackYears'), formatPayback(payback))]),
        ', and its NPV over the ',
        horizonPart,
        ' horizon at ',
        fig('input.discountRatePercent', `${formatPercentRate(rate)}`),
        ' is ',
        moneyOf(s('npv')),
        ', the best of the targets.',
      ]);
    } else {
      sentences.push([
        'No target pays for itself over the ',
        horizonPart,
        ' horizon at ',
        fig('input.discountRatePercent', formatPercentRate(rate)),
        `: the best, ${info.label}, has an NPV of `,
        moneyOf(s('npv')),
        '. Stay at today’s ',
        fig(today, formatPercent(amount(today))),
        ' unless the figures change.',
      ]);
    }

    // The last step: the highest target (the last in the graph's ranking) from the level below it.
    const top = topTargetId(graph)!;
    const topInfo = graph.scenario(top);
    const m = (name: 'investment' | 'annualSavings' | 'paybackYears' | 'npv') => marginalFigureId(top, name);
    if (topInfo.stepFrom.scenarioId !== null) {
      const step = `The last step, ${topInfo.stepFrom.label} → ${topInfo.label}, `;
      const kind = topInfo.kind.marginal;
      if (kind === 'pays-back') {
        const years = amount(m('paybackYears'));
        const gap = years.minus(horizon);
        const worth = amount(m('npv')).gt(0);
        sentences.push([
          step,
          'costs ',
          moneyOf(m('investment')),
          ' more for ',
          moneyOf(m('annualSavings')),
          ' more a year: it pays back in ',
          fig(m('paybackYears'), formatPayback(years)),
          ...(gap.gt(0)
            ? [`, ${formatYears(gap)} beyond the `, horizonPart, ' horizon']
            : gap.isZero()
              ? [', exactly at the end of the ', horizonPart, ' horizon']
              : [`, ${formatYears(gap.neg())} within the `, horizonPart, ' horizon']),
          worth
            ? ', so it is worth it at these figures (NPV '
            : ', so it is not worth it at these figures (NPV ',
          moneyOf(m('npv')),
          ').',
        ]);
      } else if (kind === 'never') {
        sentences.push([
          step,
          amount(m('annualSavings')).lte(0)
            ? 'saves nothing more a year, so it never pays back.'
            : 'never pays back: the extra savings do not cover its extra run cost.',
        ]);
      } else if (kind === 'dominates') {
        sentences.push([step, 'costs less and saves at least as much: take it rather than the level below.']);
      } else if (kind === 'trade-off') {
        sentences.push([step, 'costs less but saves less a year than the level below.']);
      } else if (kind === 'free') {
        sentences.push([
          step,
          'needs no more investment and saves ',
          moneyOf(m('annualSavings')),
          ' more a year.',
        ]);
      }
    }
  }

  // The rule of thumb's cost-optimal availability, unless one of the user's quotes costs less a year.
  const optimum = 'totalCost.optimum.availabilityPercent';
  const optimumTotal = 'totalCost.optimum.totalAnnualCost';
  const total = (id: string) => amount(scenarioFigureId(id, 'totalAnnualCost'));
  const quotes = graph.scenarioIds.filter(
    (id) => graph.scenario(id).investmentSource === 'override' && total(id).lt(amount(optimumTotal)),
  );
  const optimumText = fig(optimum, `about ${formatAvailabilityApprox(amount(optimum).toNumber())}`);
  if (quotes.length > 0) {
    const cheapest = quotes.reduce((a, b) => (total(b).lt(total(a)) ? b : a));
    sentences.push([
      `Your quote for ${graph.scenario(cheapest).label} costs `,
      moneyOf(scenarioFigureId(cheapest, 'totalAnnualCost')),
      ' a year in total, less than the rule of thumb’s cost-optimal availability (',
      optimumText,
      ', ',
      moneyOf(optimumTotal),
      ' a year): the quote beats the rule’s curve, so weigh it rather than the rule’s optimum.',
    ]);
  } else {
    sentences.push([
      'By the rule of thumb’s total-cost curve, the cost-optimal availability is ',
      optimumText,
      ' (',
      moneyOf(optimumTotal),
      ' a year in total).',
    ]);
  }
  return sentences;
}

/** The answer as one paragraph of plain text (the Markdown export and the embed head with it). */
export function answerText(graph: ResultGraph, money: Money): string {
  return answerSentences(graph, money).map(sentenceText).join(' ');
}

/** A number of years as the table writes a payback, without the months: `5.68 years`, `0.50 years`. */
function formatYears(years: Decimal): string {
  return formatPayback(years).replace(/ \(.*\)$/, '');
}

/** A discount rate as typed, with its unit: `8 %` (up to four decimals, no exponent). */
function formatPercentRate(percent: Decimal): string {
  return `${formatPercent(percent).replace(/%$/, '')} %`;
}
