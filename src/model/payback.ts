import { Dec, dec, type DecimalInput } from './decimal';

/**
 * Simple payback in years = investment ÷ net annual benefit, where net annual benefit is annual
 * savings minus any extra annual run cost. Returns `null` ("never") when the net benefit is zero or
 * negative, so the result is never negative, Infinity or NaN; 0 when nothing needs investing. Not rounded.
 */
export function simplePaybackYears(investment: DecimalInput, netAnnualBenefit: DecimalInput): Dec | null {
  const net = dec(netAnnualBenefit);
  if (net.lte(0)) return null;
  const inv = dec(investment);
  if (inv.lte(0)) return new Dec(0);
  return inv.div(net);
}

/**
 * Net present value, in currency units, of an outlay made now (t = 0) followed by end-of-year cash
 * flows: NPV = −outlay + Σₜ cashFlowₜ / (1 + rate)ᵗ for t = 1…n. `rate` is a fraction (0.08 = 8 %).
 * Matches the convention of a spreadsheet's `NPV(rate, flows) − outlay`. Not rounded.
 */
export function netPresentValue(rate: DecimalInput, outlay: DecimalInput, cashFlows: DecimalInput[]): Dec {
  const onePlusRate = new Dec(1).plus(dec(rate));
  return cashFlows.reduce<Dec>(
    (sum, flow, index) => sum.plus(dec(flow).div(onePlusRate.pow(index + 1))),
    dec(outlay).neg(),
  );
}

/** Upper bound on the search for a discounted payback; beyond a century we report "never". */
export const DISCOUNTED_PAYBACK_MAX_YEARS = 100;

/**
 * Discounted payback in years for an outlay now and a constant end-of-year net benefit: the whole
 * years until the cumulative discounted benefit first covers the outlay, plus the fraction of the
 * crossing year found by linear interpolation (the usual textbook convention). `null` ("never") when
 * the benefit is not positive or the outlay is not recovered within 100 years. Not rounded.
 */
export function discountedPaybackYears(
  rate: DecimalInput,
  outlay: DecimalInput,
  annualNetBenefit: DecimalInput,
): Dec | null {
  const net = dec(annualNetBenefit);
  const remaining0 = dec(outlay);
  if (net.lte(0)) return null;
  if (remaining0.lte(0)) return new Dec(0);
  const onePlusRate = new Dec(1).plus(dec(rate));
  let remaining = remaining0;
  let discount = new Dec(1);
  for (let year = 1; year <= DISCOUNTED_PAYBACK_MAX_YEARS; year += 1) {
    discount = discount.div(onePlusRate);
    const presentValue = net.times(discount);
    if (presentValue.gte(remaining)) return new Dec(year - 1).plus(remaining.div(presentValue));
    remaining = remaining.minus(presentValue);
  }
  return null;
}
