/**
 * Chart colours as plain hex values, one set for a light page and one for a dark page. Charts take
 * their colours from here and never from CSS variables, so an exported SVG or PNG keeps them.
 * Every colour is checked against its background in chart-palette.test.ts (≥ 3:1 for marks, ≥ 4.5:1
 * for text), and the three bar colours come from the Okabe–Ito set, which stays distinct for the
 * common colour-vision deficiencies.
 */
export interface ChartPalette {
  /** Panel behind the chart (matches the page's panel colour). */
  background: string;
  text: string;
  mutedText: string;
  grid: string;
  /** Axis lines and the zero line. */
  axis: string;
  tooltipBackground: string;
  tooltipBorder: string;
  downtimeCost: string;
  savings: string;
  investment: string;
  /** Low–high whiskers. */
  whisker: string;
  /** The total-cost curve. */
  curve: string;
  /** The cost-optimal point and its label. */
  optimum: string;
  /** One colour per scenario, in order; repeats after the last. */
  series: readonly string[];
}

export const LIGHT_PALETTE: ChartPalette = {
  background: '#ffffff',
  text: '#1b1f24',
  mutedText: '#57606a',
  grid: '#d8dee4',
  axis: '#6e7781',
  tooltipBackground: '#ffffff',
  tooltipBorder: '#8c959f',
  downtimeCost: '#c24e00',
  savings: '#007a5a',
  investment: '#0069a8',
  whisker: '#1b1f24',
  curve: '#24292f',
  optimum: '#8a3ffc',
  series: ['#0b5cad', '#c2410c', '#047857', '#9333ea', '#be185d', '#0e7490', '#a16207', '#4b5563'],
};

export const DARK_PALETTE: ChartPalette = {
  background: '#161b22',
  text: '#e6edf3',
  mutedText: '#9da7b3',
  grid: '#30363d',
  axis: '#8b949e',
  tooltipBackground: '#0d1117',
  tooltipBorder: '#6e7681',
  downtimeCost: '#f0883e',
  savings: '#3fc69b',
  investment: '#58a6ff',
  whisker: '#e6edf3',
  curve: '#c9d1d9',
  optimum: '#d2a8ff',
  series: ['#60a5fa', '#fb923c', '#34d399', '#c084fc', '#f472b6', '#22d3ee', '#facc15', '#9ca3af'],
};

/** The palette for a light or dark page. */
export function paletteFor(dark: boolean): ChartPalette {
  return dark ? DARK_PALETTE : LIGHT_PALETTE;
}

/** The colour of the scenario at `index` (0-based), cycling through the palette's series colours. */
export function seriesColour(palette: ChartPalette, index: number): string {
  return palette.series[index % palette.series.length]!;
}
