/**
 * Slider positions ↔ values. Sliders move in integer steps; these map a step to a value people
 * recognise (a 1-2-5-ish log scale for money, nines for availability). No money math happens here:
 * a slider only proposes a value, which the model then uses exactly.
 */
export interface SliderScale {
  min: number;
  max: number;
  toValue(position: number): number;
  toPosition(value: number): number;
}

/** A log scale from `low` to `high` with `stepsPerDecade` positions per ×10, values rounded to 2 significant digits. */
export function logScale(low: number, high: number, stepsPerDecade = 24): SliderScale {
  const decades = Math.log10(high / low);
  const max = Math.round(decades * stepsPerDecade);
  return {
    min: 0,
    max,
    toValue(position) {
      const raw = low * 10 ** (position / stepsPerDecade);
      const magnitude = 10 ** Math.floor(Math.log10(raw) - 1);
      return Math.min(high, Math.max(low, Math.round(raw / magnitude) * magnitude));
    },
    toPosition(value) {
      if (!(value > 0)) return 0;
      return Math.min(max, Math.max(0, Math.round(Math.log10(value / low) * stepsPerDecade)));
    },
  };
}

/** Availability stops, percent: the levels people actually discuss. */
export const AVAILABILITY_STOPS = [
  90, 95, 97, 98, 99, 99.5, 99.8, 99.9, 99.95, 99.99, 99.995, 99.999, 99.9995, 99.9999, 99.99999,
] as const;

/** A scale that moves through `AVAILABILITY_STOPS`; a typed value between stops sits at the nearest one. */
export const ninesScale: SliderScale = {
  min: 0,
  max: AVAILABILITY_STOPS.length - 1,
  toValue: (position) => AVAILABILITY_STOPS[Math.min(AVAILABILITY_STOPS.length - 1, Math.max(0, position))]!,
  toPosition(value) {
    // Nearest in nines (log of unavailability), so 99.97 sits between 99.95 and 99.99 as a person expects.
    const n = (a: number) => -Math.log10(100 - a);
    let best = 0;
    AVAILABILITY_STOPS.forEach((stop, index) => {
      if (Math.abs(n(stop) - n(value)) < Math.abs(n(AVAILABILITY_STOPS[best]!) - n(value))) best = index;
    });
    return best;
  },
};

/** A linear scale in `step` increments. */
export function linearScale(min: number, max: number, step = 1): SliderScale {
  const positions = Math.round((max - min) / step);
  return {
    min: 0,
    max: positions,
    toValue: (position) => Number((min + position * step).toFixed(10)),
    toPosition: (value) => Math.min(positions, Math.max(0, Math.round((value - min) / step))),
  };
}

/**
 * `scale` with `anchor` (a typed value) as a position of its own between the stops around it, so a
 * slider keeps the typed figure: one step up goes to the next stop above it, and one step back down
 * returns to the typed value itself rather than to the stop below. A value that is a stop already
 * (or not a finite number) leaves the scale as it is.
 */
export function anchoredScale(scale: SliderScale, anchor: number): SliderScale {
  if (!Number.isFinite(anchor)) return scale;
  // The stops rise with the position; the anchor goes before the first stop above it.
  let at = scale.min;
  while (at <= scale.max && scale.toValue(at) < anchor) at += 1;
  if (at <= scale.max && scale.toValue(at) === anchor) return scale;
  return {
    min: scale.min,
    max: scale.max + 1,
    toValue: (position) =>
      position < at ? scale.toValue(position) : position === at ? anchor : scale.toValue(position - 1),
    toPosition(value) {
      if (value === anchor) return at;
      const position = scale.toPosition(value);
      return position >= at ? position + 1 : position;
    },
  };
}
