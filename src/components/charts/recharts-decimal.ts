import Decimal from 'decimal.js';

/**
 * What recharts gets for `decimal.js-light` (vite.config.ts aliases it here): decimal.js, which the
 * page has already loaded for its own figures, instead of a second decimal library in the charts'
 * chunk. recharts computes its axes' ticks with it (util/scale: abs, log, pow, plus, minus, times,
 * div, mod, lt, lte, toNumber, isint), at decimal.js-light's defaults, which this clone takes:
 * 20 significant digits, half-up rounding, exponent notation outside 1e-7…1e21. decimal.js spells
 * one of those methods `isInt`: decimal.js-light's `isint` is given as the same function. A default
 * export because recharts imports the library's default.
 */
const LightDecimal = Decimal.clone({
  precision: 20,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -7,
  toExpPos: 21,
});

// Every clone shares decimal.js's one prototype: the alias is there for each of them.
const prototype = LightDecimal.prototype as Decimal & { isint?: () => boolean };
prototype.isint ??= prototype.isInteger;

export default LightDecimal;
