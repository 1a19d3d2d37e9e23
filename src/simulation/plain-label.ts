/**
 * A scenario's label as the page shows it (model/scenario-label.ts `scenarioLabel`), without
 * decimal.js: the worker's chunk must stay under 10 KiB gzip, and decimal.js alone is about 12 KiB.
 * decimal.js reads a number through its shortest round-trip text (`String(x)`), and `toFixed()`
 * with no argument writes those digits out in plain notation; this does the same to the text, so
 * "99.9 %" and "0.0000001 %" come out alike (a test pins it to `scenarioLabel`).
 */

/** The shortest round-trip digits of a finite number in plain notation: 1e-7 → "0.0000001". */
export function plainDigits(value: number): string {
  const text = String(value);
  const [mantissa = '', exponentText] = text.split('e');
  if (exponentText === undefined) return text;
  const sign = mantissa.startsWith('-') ? '-' : '';
  const [whole = '', fraction = ''] = mantissa.replace('-', '').split('.');
  const digits = whole + fraction;
  const exponent = Number(exponentText);
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const point = whole.length + exponent;
  return digits.length <= point
    ? `${sign}${digits.padEnd(point, '0')}`
    : `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** The user's label, or, when it is null, the target in percent: "99.9 %". */
export function plainScenarioLabel(scenario: { label: string | null; availabilityPercent: number }): string {
  return scenario.label ?? `${plainDigits(scenario.availabilityPercent)} %`;
}
