// Modules the tests of recharts' stand-ins (recharts-decimal.ts, recharts-scales.ts) reach by their
// files, with the types their packages give them.

// decimal.js-light itself (its bare name is aliased to the stand-in in vite.config.ts).
declare module 'decimal.js-light/decimal.mjs' {
  export { default } from 'decimal.js-light';
}

// recharts' choice of a scale type for an axis.
declare module 'recharts/es6/state/selectors/combiners/combineRealScaleType.js' {
  export { combineRealScaleType } from 'recharts/types/state/selectors/combiners/combineRealScaleType';
}
