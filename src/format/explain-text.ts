import type { FigureId, InputPath } from '../model/figure';
import { CONVENTIONS, FORMULAS, type FormulaDefinition } from '../model/formulas';
import { IRR_FORMULA } from '../model/irr-figures';
import type { Figure, ResultGraph } from '../model/result-graph';
import {
  formatHoursAndMinutes,
  formatMoney,
  formatNumber,
  formatPayback,
  formatPercent,
  formatRatePercent,
  type CurrencyCode,
} from './format';

/** One term of a figure's formula, as the explanation lists it (each can be opened in turn). */
export interface ExplainedTerm<Id extends string = FigureId> {
  figure: Id;
  symbol: string;
  label: string;
  text: string;
}

/**
 * How a figure is computed, in words the reader can check: for a formula, its words, its symbols,
 * the same with the terms' names, the same with the terms' values and units, and the result; for an
 * input, where it comes from; for a convention, the convention's words. Conventions are named where
 * they enter.
 */
export interface Explanation<Id extends string = FigureId> {
  figure: Id;
  /** The figure's label: "Annual savings at 99.9 %". */
  title: string;
  /** The figure's value, as the table shows it ("never" or "none" with the reason when it has none). */
  result: string;
  /** The formula in words ("annual downtime cost before the step − annual downtime cost after it"). */
  words?: string;
  /** `label = symbols` ("Annual savings at 99.9 % = D₀ − D₁"). */
  symbols?: string;
  /** The formula with each term's label in place of its symbol. */
  named?: string;
  /** The formula with each term's value in place of its symbol, then `= result`. */
  substituted?: string;
  terms: ExplainedTerm<Id>[];
  /** Where an input or a convention's value comes from, in words. */
  origin?: string;
  /** The conventions the figure rests on, in words. */
  conventions: string[];
}

/** The formula a figure of the graph is computed with (FORMULAS, or a late one such as the IRR). */
function formulaOf(id: string): FormulaDefinition {
  return (id === 'irr' ? IRR_FORMULA : FORMULAS[id as keyof typeof FORMULAS]) as unknown as FormulaDefinition;
}

/** A figure's value in its unit, as the page shows it; null reads "never" (a payback) or "none". */
export function figureText(figure: Figure, currency: CurrencyCode): string {
  const { value, unit } = figure;
  if (value === null) return unit === 'years' ? 'never' : 'none';
  switch (unit) {
    case 'money':
      return formatMoney(value, currency);
    case 'money-per-year':
      return `${formatMoney(value, currency)} a year`;
    case 'money-per-month':
      return `${formatMoney(value, currency)} a month`;
    case 'money-per-hour':
      return `${formatMoney(value, currency)} an hour`;
    case 'years':
      return formatPayback(value);
    case 'percent':
      return formatPercent(value);
    case 'percent-per-year':
      return `${formatRatePercent(value)} a year`;
    case 'hours':
      return `${formatNumber(value, 4)} h`;
    case 'hours-per-month':
      return `${formatHoursAndMinutes(value)} a month`;
    case 'hours-per-year':
      return `${formatHoursAndMinutes(value)} a year`;
    case 'fraction':
      return formatNumber(value, 10);
    default:
      return formatNumber(value, 6);
  }
}

/** Where an input is set, in words, by its path. */
function inputWords(input: InputPath, origin: 'preset' | 'worked-example' | null | undefined): string {
  const where =
    origin === 'preset'
      ? 'set by the chosen industry preset (the middle of its range)'
      : origin === 'worked-example'
        ? 'as the worked example has it'
        : 'typed';
  if (input.startsWith('costRange.'))
    return `An input: the ${input === 'costRange.low' ? 'low' : 'high'} end of the cost-per-hour range you set (${where}).`;
  if (input.endsWith('investmentOverride'))
    return 'An input: your own figure (a quote), typed in place of the rule’s estimate.';
  return `An input, ${where}.`;
}

/** Replaces each symbol (a whole token: no letter or digit next to it) by its text, longest first. */
export function substitute(symbols: string, terms: ReadonlyArray<{ symbol: string; text: string }>): string {
  const bySymbol = new Map<string, string[]>();
  for (const t of terms) bySymbol.set(t.symbol, [...(bySymbol.get(t.symbol) ?? []), t.text]);
  const keys = [...bySymbol.keys()].sort((a, b) => b.length - a.length);
  if (keys.length === 0) return symbols;
  const escaped = keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  // A variadic term stands for a list: its texts, comma-separated.
  return symbols.replace(pattern, (symbol) => bySymbol.get(symbol)!.join(', '));
}

/**
 * The formula part of an explanation: its words, its symbols, the symbols with each term's name, and
 * with each term's value (its "a year"/"a month"/"an hour" left to the unit of the result).
 */
export function formulaLines<Id extends string>(
  label: string,
  formula: { words: string; symbols: string },
  terms: ExplainedTerm<Id>[],
  result: string,
): Pick<Explanation<Id>, 'words' | 'symbols' | 'named' | 'substituted' | 'terms'> {
  const bare = (text: string) => text.replace(/ (a year|a month|an hour)$/, '');
  return {
    words: formula.words,
    symbols: `${label} = ${formula.symbols}`,
    named: `${label} = ${substitute(
      formula.symbols,
      terms.map((t) => ({ symbol: t.symbol, text: t.label.charAt(0).toLowerCase() + t.label.slice(1) })),
    )}`,
    substituted: `= ${substitute(
      formula.symbols,
      terms.map((t) => ({ symbol: t.symbol, text: bare(t.text) })),
    )} = ${result}`,
    terms,
  };
}

/**
 * The explanation of one figure of `graph` (see `Explanation`). `inputOrigin` says, for an input,
 * whether a preset or the worked example set it (null: typed). Pure: reads the graph, FORMULAS and
 * CONVENTIONS only.
 */
export function explainFigure(
  graph: ResultGraph,
  id: FigureId,
  currency: CurrencyCode,
  inputOrigin: (input: InputPath) => 'preset' | 'worked-example' | null = () => null,
): Explanation {
  const figure = graph.figure(id);
  const result = figureText(figure, currency) + (figure.never ? ` (${figure.never})` : '');
  const base = { figure: id, title: figure.label, result, terms: [] as ExplainedTerm[] };
  const source = figure.source;
  if (source.kind === 'input') {
    return { ...base, origin: inputWords(source.input, inputOrigin(source.input)), conventions: [] };
  }
  if (source.kind === 'convention') {
    const words = CONVENTIONS[source.convention].words;
    return {
      ...base,
      origin: `A convention of the model: ${words}${source.detail ? ` ${source.detail}` : ''}`,
      conventions: [],
    };
  }
  const formula = formulaOf(source.formula);
  const terms = source.terms.map((t) => {
    const term = graph.figure(t.figure);
    return { figure: t.figure, symbol: t.symbol, label: term.label, text: figureText(term, currency) };
  });
  return {
    ...base,
    ...formulaLines(figure.label, formula, terms, result),
    conventions: (formula.conventions ?? []).map((c) => CONVENTIONS[c].words),
  };
}

/** The explanation as plain text, for "Copy" (a doc, an email). */
export function explanationText(e: Explanation<string>): string {
  const lines = [e.title, ''];
  if (e.words) lines.push(`${e.title} is ${e.words}.`);
  if (e.symbols) lines.push(e.symbols);
  if (e.named) lines.push(e.named);
  if (e.substituted) lines.push(e.substituted);
  if (!e.substituted) lines.push(`${e.title} = ${e.result}`);
  if (e.origin) lines.push(e.origin);
  if (e.terms.length > 0)
    lines.push('', 'Where:', ...e.terms.map((t) => `${t.symbol} = ${t.label} = ${t.text}`));
  if (e.conventions.length > 0) lines.push('', 'Conventions:', ...e.conventions);
  return `${lines.join('\n')}\n`;
}
