import { Dec } from '../model/decimal';
import type { ExtraNineFlag } from '../model/dependencies';
import type { DependencyFigure, DependencyFigureId, DependencyGraph } from '../model/dependency-figures';
import {
  formatAvailability,
  formatAvailabilityFromUnavailability,
  formatInputNumber,
  formatNumber,
} from './format';

/*
 * The words of the Dependencies section and its exports: minutes, nines and the rule of the extra 9.
 * Apart from format.ts so that the first chunk does not carry them.
 */

const MAX_DECIMALS = 20;

/**
 * Minutes, as the Error budget table shows them: two decimals from 1 minute up (`52.56 min`,
 * `26.28 min`), three significant digits below (`0.131 min`, `0.00000329 min`), so a small figure
 * never rounds to 0; negative with a minus sign (`−3.2 min`), never `-0`.
 */
export function formatMinutes(minutes: Dec): string {
  const size = minutes.abs();
  if (size.isZero()) return '0 min';
  const sign = minutes.isNegative() ? '−' : '';
  // Decimals that leave three significant digits (`e` is the exponent: −1 for 0.13); Intl takes 20 at most.
  const decimals = size.gte(1) ? 2 : 2 - size.e;
  if (decimals > MAX_DECIMALS) return `${sign}under 0.${'0'.repeat(MAX_DECIMALS - 1)}1 min`;
  return `${sign}${formatNumber(size.toSignificantDigits(size.gte(1) ? 40 : 3), decimals)} min`;
}

/** Nines with two decimals at most: `3.3`, `5`, `4.52`. */
export function formatNines(nines: Dec): string {
  return formatNumber(nines, 2);
}

/**
 * One extra-nine flag in words: "Database has 3.3 nines (99.95 %), fewer than the 5 the rule of
 * the extra 9 asks for 99.99 %". `targetText` is the target as the page shows it.
 */
export function extraNineText(flag: ExtraNineFlag, targetText: string): string {
  const what = flag.part === 'region-copies' ? `${flag.name} (every region)` : flag.name;
  return `${what} has ${formatNines(flag.nines)} nines (${formatAvailabilityFromUnavailability(flag.unavailability)}), fewer than the ${formatNines(flag.neededNines)} the rule of the extra 9 asks for ${targetText}`;
}

/**
 * A dependency figure as the page shows it, for its explanation and the exports alike (so the
 * dialog's result is the text of the button that opened it): "none (why)" without a value; a typed
 * percentage as typed ("99.95 %", "0 %"); a computed availability from its share of time down
 * (`formatAvailabilityFromUnavailability`: never "100 %" below it), a share of time down to six
 * significant digits ("0.0005001"), nines with two decimals, minutes as the Error budget table
 * shows them with "a year" for a yearly figure ("52.56 min a year"; bare, "52.56 min", when
 * `yearSaid`: in a table column or a sentence that says "a year" already, as the page's table
 * does), counts as typed ("1.6").
 */
export function dependencyFigureText(
  graph: Pick<DependencyGraph, 'figures'>,
  figure: DependencyFigure,
  yearSaid = false,
): string {
  const { value } = figure;
  if (value === null) return `none (${figure.never ?? 'no value'})`;
  switch (figure.unit) {
    case 'percent': {
      if (figure.source.kind === 'input') return `${formatInputNumber(value.toNumber())} %`;
      // A computed availability has its share of time down beside it (`….unavailability`), exact
      // where the availability's 40 digits may round to 100.
      const down = graph.figures.get(
        figure.id.replace(/\.availability(Percent)?$/, '.unavailability') as DependencyFigureId,
      )?.value;
      return down ? formatAvailabilityFromUnavailability(down) : formatAvailability(value);
    }
    case 'fraction':
      // Plain digits, never exponent notation (decimal.js `toFixed`), and never "-0": a share is ≥ 0.
      return value.toSignificantDigits(6).toFixed();
    case 'nines':
      return formatNines(value);
    case 'minutes':
      return formatMinutes(value);
    case 'minutes-per-year':
      return yearSaid ? formatMinutes(value) : `${formatMinutes(value)} a year`;
    case 'count':
      return formatInputNumber(value.toNumber());
  }
}
