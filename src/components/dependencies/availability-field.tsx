import {
  availabilityRangeText,
  parseAvailabilityEntry,
  type AvailabilityEntry,
} from '../../format/availability-text';
import { formatAvailabilityFromUnavailability, formatInputNumber } from '../../format/format';
import type { ParseResult } from '../../format/parse';
import type { NodeOutcome } from '../../model/dependencies';
import type { Dependency } from '../../model/dependency-tree';
import { NumberField } from '../inputs/number-field';

/** What the field holds: nothing yet, or an entry (one figure, or a range and its best estimate). */
type Held = AvailabilityEntry | null;

const same = (a: Held, b: Held) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.percent === b.percent &&
    a.range?.low === b.range?.low &&
    a.range?.high === b.range?.high);

/** The text the field shows for what it holds: "99.95", or a range "99.9–99.99". */
const textOf = (held: Held) =>
  held === null
    ? ''
    : held.range === null
      ? formatInputNumber(held.percent)
      : availabilityRangeText(held.range, formatInputNumber);

/** What it holds in words, for the line that says which value the figures use. */
const wordsOf = (held: Held) =>
  held === null ? 'none yet' : `${textOf(held)} %${held.range === null ? '' : ' (a 90 % range)'}`;

const parse = (text: string): ParseResult<Held> => parseAvailabilityEntry(text);

/** Up to this, a figure read as a percentage could be a count of nines typed without the word. */
const MOST_NINES = 9;

/**
 * For "3" or "3-4": the figures read a percentage (3 % available), which is what was typed, but a
 * count of nines without its word looks the same while it is being typed: the line says how to mean
 * nines. Null for anything else.
 */
function ninesHint(held: Held): string | null {
  if (held === null) return null;
  const ends = held.range === null ? [held.percent] : [held.range.low, held.range.high];
  if (ends.some((end) => end > MOST_NINES)) return null;
  const typed = ends.map((end) => formatInputNumber(end));
  return `Read as ${typed.join('–')} % available; for nines, type “${typed.join('-')} nines”.`;
}

/**
 * "Availability of …": one availability ("99.95", "four nines") or a 90 % range ("99.9-99.99",
 * "three to four nines"), in a number field (what is typed stays as typed; while the text is not
 * usable the figures keep the entry from before the edit and the message is beside the field). Its
 * value is a pair, a point and a range, compared as one: two ranges with one best estimate are two
 * entries. Beside a range, a line says what the figures use: its best estimate, the geometric mean
 * of the ends' unavailabilities (the dependency's computed availability, `outcome`).
 */
export function AvailabilityField({
  node,
  outcome,
  onCommit,
}: {
  node: Dependency;
  outcome: NodeOutcome | undefined;
  /** A new entry, or null: back to none (the entry before the edit, when there was none). */
  onCommit: (entry: Held) => void;
}) {
  const range = node.availabilityRange;
  const value: Held =
    node.availabilityPercent === null ? null : { percent: node.availabilityPercent, range: range ?? null };
  const rangeLine =
    range && outcome?.ok
      ? `Range ${availabilityRangeText(range, formatInputNumber)} % (90 %); figures use ${formatAvailabilityFromUnavailability(outcome.unavailability)}, its best estimate: the geometric mean of the ends’ downtime, the middle in nines.`
      : null;
  const lines = [ninesHint(value), rangeLine].filter((line) => line !== null);
  return (
    <NumberField<Held>
      label={`Availability of ${node.name}`}
      value={value}
      format={textOf}
      parse={parse}
      same={same}
      valueText={wordsOf}
      placeholder="99.95, four nines, 99.9-99.99"
      hint={lines.length > 0 ? lines.join(' ') : undefined}
      onCommit={onCommit}
    />
  );
}
