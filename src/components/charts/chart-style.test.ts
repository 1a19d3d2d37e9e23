import { describe, expect, it } from 'vitest';
import { tickInterval } from './chart-style';

describe('tickInterval: every x tick when the labels fit side by side on a 320 px phone, else recharts measures', () => {
  it.each([
    ['the worked example’s three scenarios', ['99.5 %', '99.9 %', '99.99 %'], 0],
    ['three years of months', ['0', '12', '24', '36'], 0],
    ['thirty years of months, five years apart', ['0', '60', '120', '180', '240', '300', '360'], 0],
    ['one scenario', ['99.999 %'], 0],
    ['four scenarios of five nines', ['99.999 %', '99.998 %', '99.997 %', '99.996 %'], 'preserveEnd'],
    ['twelve scenarios', Array.from({ length: 12 }, (_, i) => `99.9${i} %`), 'preserveEnd'],
    ['two long edited labels', ['Multi-region active-active', 'Single region'], 'preserveEnd'],
  ] as const)('%s', (_, labels, interval) => {
    expect(tickInterval(labels)).toBe(interval);
  });
});
