import { formatChartMoney, type CurrencyCode } from '../../format/format';
import { CHART_FONT_SIZE } from './chart-style';

/** How many ticks recharts aims at on a number axis (its `tickCount`). */
const TICK_COUNT = 5;

/**
 * Tick values recharts draws on a linear axis over [start, stop]: d3's `ticks(start, stop, count)`,
 * steps of 1, 2 or 5 × 10ⁿ (the algorithm of d3-array, which recharts' d3 scale uses), so that the
 * widest label is known before recharts draws.
 */
export function linearTicks(start: number, stop: number, count = TICK_COUNT): number[] {
  if (!(count > 0) || !Number.isFinite(start) || !Number.isFinite(stop)) return [];
  if (start === stop) return [start];
  const [lo, hi] = start < stop ? [start, stop] : [stop, start];
  const step = (hi - lo) / count;
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  const ticks: number[] = [];
  if (power < 0) {
    // Steps below 1 as a division, as d3 does, so that 0.1 · 3 prints 0.3, not 0.30000000000000004.
    const inverse = 10 ** -power / factor;
    let i1 = Math.round(lo * inverse);
    let i2 = Math.round(hi * inverse);
    if (i1 / inverse < lo) i1 += 1;
    if (i2 / inverse > hi) i2 -= 1;
    for (let i = i1; i <= i2; i += 1) ticks.push(i / inverse);
  } else {
    const increment = 10 ** power * factor;
    let i1 = Math.round(lo / increment);
    let i2 = Math.round(hi / increment);
    if (i1 * increment < lo) i1 += 1;
    if (i2 * increment > hi) i2 -= 1;
    for (let i = i1; i <= i2; i += 1) ticks.push(i * increment);
  }
  return start < stop ? ticks : ticks.reverse();
}

/**
 * Advance widths in em of the characters money ticks use, from DejaVu Sans (the widest of the
 * common UI fonts; measured in Chromium at 12 px), so that an estimate is never narrower than the
 * label where the page's system-ui font is another.
 */
const CHARACTER_EM: Record<string, number> = {
  '.': 0.318,
  ',': 0.318,
  ' ': 0.318,
  '\u00a0': 0.318,
  '-': 0.361,
  '\u2212': 0.838,
  K: 0.656,
  M: 0.863,
  B: 0.687,
  T: 0.595,
};
/** Digits and currency symbols ($, €, £, ¥ …) are as wide as each other in UI fonts. */
const DIGIT_EM = 0.637;
/** Any other character: as wide as a wide capital, so that an unknown symbol is not underestimated. */
const OTHER_EM = 0.87;

/** Estimated width of a label in the charts' tick font, px. */
export function labelWidth(text: string, fontSize = CHART_FONT_SIZE): number {
  let em = 0;
  for (const character of text) {
    em += CHARACTER_EM[character] ?? (/[\d\p{Sc}]/u.test(character) ? DIGIT_EM : OTHER_EM);
  }
  return em * fontSize;
}

/**
 * What a y axis needs beside its widest tick label, px, as recharts lays it out: the tick line (6),
 * the gap to the label (2), the rotated title's line (14) and the gap between title and ticks (5).
 */
const AXIS_EXTRA_WIDTH = 6 + 2 + 14 + 5;

/**
 * Width of a money y axis, px, for the values a chart plots: the ticks recharts will draw over
 * [min(0, values), max(0, values)] (its default domain, ending at the data), formatted as the axis
 * formats them, the widest one's estimated width plus the tick line and title. A fixed width instead
 * of recharts' `width="auto"`, which measures the drawn ticks in a layout effect and draws the whole
 * chart again.
 */
export function moneyAxisWidth(values: Iterable<number>, currency: CurrencyCode): number {
  let lo = 0;
  let hi = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const widest = Math.max(
    ...linearTicks(lo, hi).map((tick) => labelWidth(formatChartMoney(tick, currency, true))),
    labelWidth(formatChartMoney(0, currency, true)),
  );
  return Math.ceil(widest + AXIS_EXTRA_WIDTH);
}
