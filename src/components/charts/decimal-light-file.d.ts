// decimal.js-light by its file, for the test that holds recharts' stand-in to it (the bare name is
// aliased to the stand-in in vite.config.ts): the same library, so the same types.
declare module 'decimal.js-light/decimal.mjs' {
  export { default } from 'decimal.js-light';
}
