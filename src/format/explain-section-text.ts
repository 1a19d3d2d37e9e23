import type { Dec } from '../model/decimal';
import { formulaLines, type ExplainedTerm, type Explanation } from './explain-text';

/*
 * The explanation of a figure of a section's own graph (the Dependencies' or the failure modes'),
 * in the shape the result graph's explanations have (explain-text.ts), so one dialog shows both.
 * Loaded with the dialog of those sections only.
 */

/** A figure of a section's graph, as dependency-figures.ts and failure-mode-figures.ts build them. */
export interface SectionFigure<Id extends string> {
  id: Id;
  label: string;
  unit: string;
  value: Dec | null;
  never?: string;
  source:
    | { kind: 'input'; input: string; field?: string }
    | { kind: 'convention'; detail: string }
    | {
        kind: 'formula';
        formula: string;
        terms: ReadonlyArray<{ name: string; symbol: string; figure: Id }>;
        /** The formula's symbols spelt out for this figure's own terms ("a₁ × a₂"), if they differ. */
        symbols?: string;
      };
}

/** What an explanation reads: the figures, the words of their formulas, and how a figure's value is shown. */
export interface SectionGraphReader<Id extends string> {
  figure(id: Id): SectionFigure<Id>;
  formula(id: string): { words: string; symbols: string };
  /** A figure's value in its unit, as the page shows it (for a figure with a value). */
  text(figure: SectionFigure<Id>): string;
}

/**
 * How a figure of a section's graph is computed: for a formula, its words, its symbols, the same
 * with the terms' names and with their values, and the result (the symbols spelt out for the
 * figure's own terms where its source has them); for an input, which field it is read from; for the period convention, its words. Pure.
 */
export function explainSectionFigure<Id extends string>(
  graph: SectionGraphReader<Id>,
  id: Id,
): Explanation<Id> {
  const figure = graph.figure(id);
  const shown = (f: SectionFigure<Id>) =>
    f.value === null ? `none (${f.never ?? 'no value'})` : graph.text(f);
  const result = shown(figure);
  const base = { figure: id, title: figure.label, result, terms: [] as ExplainedTerm<Id>[] };
  const { source } = figure;
  if (source.kind === 'input')
    return { ...base, origin: `An input: what “${source.field ?? source.input}” reads as.`, conventions: [] };
  if (source.kind === 'convention')
    return {
      ...base,
      origin: `A convention of the model: the period convention. ${source.detail}`,
      conventions: [],
    };
  const formula = {
    ...graph.formula(source.formula),
    ...(source.symbols ? { symbols: source.symbols } : {}),
  };
  const terms = source.terms.map((t) => {
    const term = graph.figure(t.figure);
    return { figure: t.figure, symbol: t.symbol, label: term.label, text: shown(term) };
  });
  return { ...base, ...formulaLines(figure.label, formula, terms, result), conventions: [] };
}
