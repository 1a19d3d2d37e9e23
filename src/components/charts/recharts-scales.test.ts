import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as d3 from 'd3-scale';
import { describe, expect, it } from 'vitest';
// recharts' own choice of a scale for an axis (a combiner of its store), by its file.
import { combineRealScaleType } from 'recharts/es6/state/selectors/combiners/combineRealScaleType.js';
import * as scales from './recharts-scales';

/*
 * The charts' chunk gives recharts only three d3 scales (recharts-scales.ts). These tests hold that
 * to what recharts asks for: every axis kind the charts draw gets a scale that is here, and no chart
 * names a scale of its own.
 */

/** recharts' name for a scale type, as it looks it up: 'band' → `scaleBand`. */
const exported = (type: string) => `scale${type[0]!.toUpperCase()}${type.slice(1)}`;

describe('the d3 scales recharts gets', () => {
  it('are d3-scale’s own functions', () => {
    expect(scales.scaleLinear).toBe(d3.scaleLinear);
    expect(scales.scaleBand).toBe(d3.scaleBand);
    expect(scales.scalePoint).toBe(d3.scalePoint);
  });

  it.each([
    ['a number axis', { scale: 'auto', type: 'number' }, false, 'BarChart'],
    ['a category axis of bars', { scale: 'auto', type: 'category' }, true, 'BarChart'],
    ['a category axis of lines', { scale: 'auto', type: 'category' }, false, 'ComposedChart'],
    ['a number axis of lines', { scale: 'auto', type: 'number' }, false, 'ComposedChart'],
  ])('hold the scale recharts picks for %s', (_, axis, hasBar, chart) => {
    const type = combineRealScaleType(axis as Parameters<typeof combineRealScaleType>[0], hasBar, chart);
    expect(type).toBeDefined();
    expect(Object.keys(scales)).toContain(exported(type!));
  });

  it('are all the charts need: no chart or axis names a scale of its own', () => {
    const dirs = ['src/components/charts', 'src/components/simulation'];
    const sources = dirs.flatMap((dir) =>
      readdirSync(dir)
        .filter((name) => name.endsWith('.tsx') && !name.includes('.test.'))
        .map((name) => readFileSync(join(dir, name), 'utf8')),
    );
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources) expect(source).not.toMatch(/\bscale[=:]/);
  });
});
