import { describe, expect, it } from 'vitest';
import { DARK_PALETTE, LIGHT_PALETTE, paletteFor, seriesColour, type ChartPalette } from './chart-palette';

/** WCAG 2 contrast ratio of two #rrggbb colours (the standard's relative-luminance formula). */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe.each([
  ['light', LIGHT_PALETTE],
  ['dark', DARK_PALETTE],
] as const)('the %s palette', (_name, palette: ChartPalette) => {
  it('has readable text (≥ 4.5:1 on the panel and in the tooltip)', () => {
    for (const colour of [palette.text, palette.mutedText]) {
      expect(contrast(colour, palette.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colour, palette.tooltipBackground)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(palette.optimum, palette.background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['downtimeCost', 'savings', 'investment', 'whisker', 'curve', 'axis'] as const)(
    '%s stands out from the panel (≥ 3:1)',
    (key) => {
      expect(contrast(palette[key], palette.background)).toBeGreaterThanOrEqual(3);
    },
  );

  it('every scenario colour stands out from the panel (≥ 3:1) and they all differ', () => {
    for (const colour of palette.series)
      expect(contrast(colour, palette.background)).toBeGreaterThanOrEqual(3);
    expect(new Set(palette.series).size).toBe(palette.series.length);
  });

  it('is plain hex, never a CSS variable', () => {
    for (const value of Object.values(palette).flat())
      if (typeof value === 'string') expect(value).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('choosing colours', () => {
  it('picks the palette by mode and cycles scenario colours', () => {
    expect(paletteFor(true)).toBe(DARK_PALETTE);
    expect(paletteFor(false)).toBe(LIGHT_PALETTE);
    expect(seriesColour(LIGHT_PALETTE, LIGHT_PALETTE.series.length + 1)).toBe(LIGHT_PALETTE.series[1]);
  });
});
