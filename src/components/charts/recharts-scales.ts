/**
 * What recharts gets for `victory-vendor/d3-scale` (vite.config.ts aliases it here): the d3 scales
 * the app's charts use, not all of d3-scale. recharts imports that module whole, as a namespace, to
 * look a scale up by its name, so every d3 scale came with it, the time scales and their calendar and
 * date formats among them (7.9 KiB gzip). Every axis here leaves `scale` at recharts' 'auto', for
 * which recharts picks 'linear' (a number axis), 'band' (categories beside bars) or 'point'
 * (categories of lines alone): those three are here, the same functions from d3-scale itself. A
 * scale asked for by another name is one recharts does not find, and it falls back to 'point'.
 */
export { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
