import { describe, expect, it } from 'vitest';
import { Dec } from '../model/decimal';
import { formatMinutes } from './dependency-text';
import { formatAvailabilityFromUnavailability } from './format';

describe('minutes in the Error budget table', () => {
  it.each([
    ['52.56', '52.56 min'],
    // Treynor et al.: 1 − 0.99999⁵ of a 525,600-minute year is 26.2795… min.
    [new Dec(1).minus(new Dec('0.99999').pow(5)).times(525_600).toString(), '26.28 min'],
    ['16.425', '16.43 min'],
    ['0.1314', '0.131 min'],
    ['0.0000032850000001', '0.00000329 min'],
    ['-3.2', '−3.2 min'],
    ['0', '0 min'],
    ['0.0000000000000000000001', 'under 0.00000000000000000001 min'],
    ['-0', '0 min'],
  ])('shows %s minutes as %s', (minutes, shown) => {
    expect(formatMinutes(new Dec(minutes))).toBe(shown);
  });
});

describe('availability from dependencies never reads 100 %', () => {
  // Microsoft's multi-region formula: four regions at 99.95 % leave 0.0005⁴ = 6.25 × 10⁻¹⁴ of downtime.
  it('shows four regions at 99.95 % as 99.99999999999375 %', () => {
    expect(formatAvailabilityFromUnavailability(new Dec('0.0005').pow(4))).toBe('99.99999999999375 %');
  });
});
