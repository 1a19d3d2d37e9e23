import { formatMoneyNumber } from '../format/format';
import { PERIOD_CONVENTIONS } from '../model/periods';
import { INDUSTRIES } from '../model/presets';
import type { UndoableChange } from './session';
import { scenarioLabel } from '../model/scenario-label';
import type { Notice } from './notices-store';

/** The one undo notice on screen: a newer undoable change replaces it. */
export const UNDO_NOTICE_ID = 'undo';

/** How long the undo notice stays (Ctrl/⌘+Z keeps working after it has gone). */
export const UNDO_NOTICE_MS = 10_000;

/**
 * What an undoable change did, in words, naming what it replaced so that nothing is lost silently:
 * "Preset “Enterprise SaaS”: downtime cost per hour $550,000 (was $300,000); periods 365-day year
 * (was 30-day months (360-day year))." Amounts in the session's currency.
 */
export function undoableChangeText({ kind, before, after }: UndoableChange): string {
  if (kind === 'reset') return 'Every input was reset to the worked example.';
  if (kind === 'scenario-removed') {
    const kept = new Set(after.inputs.scenarios.map((s) => s.id));
    const removed = before.inputs.scenarios.filter((s) => !kept.has(s.id));
    return `Removed ${removed.map((s) => scenarioLabel(s)).join(', ')}.`;
  }
  if (after.presetId === 'seed') return 'The worked example replaced every input.';
  const name = INDUSTRIES.find((i) => i.id === after.presetId)?.name ?? after.presetId;
  const money = (value: number) => formatMoneyNumber(value, after.currency);
  const changes: string[] = [];
  if (before.inputs.downtimeCostPerHour !== after.inputs.downtimeCostPerHour)
    changes.push(
      `downtime cost per hour ${money(after.inputs.downtimeCostPerHour)} (was ${money(before.inputs.downtimeCostPerHour)})`,
    );
  if (
    before.ranges.downtimeCostPerHour.low !== after.ranges.downtimeCostPerHour.low ||
    before.ranges.downtimeCostPerHour.high !== after.ranges.downtimeCostPerHour.high
  )
    changes.push(
      `cost range ${money(after.ranges.downtimeCostPerHour.low)}–${money(after.ranges.downtimeCostPerHour.high)} (was ${money(before.ranges.downtimeCostPerHour.low)}–${money(before.ranges.downtimeCostPerHour.high)})`,
    );
  if (before.inputs.periodConvention !== after.inputs.periodConvention)
    changes.push(
      `periods ${PERIOD_CONVENTIONS[after.inputs.periodConvention].label} (was ${PERIOD_CONVENTIONS[before.inputs.periodConvention].label})`,
    );
  return changes.length > 0 ? `Preset “${name}”: ${changes.join('; ')}.` : `Preset “${name}” chosen.`;
}

/** The notice offering to undo `change`; `undo` takes the session back to `change.before`. */
export function undoNotice(change: UndoableChange, undo: () => void): Notice {
  return {
    id: UNDO_NOTICE_ID,
    tone: 'info',
    message: undoableChangeText(change),
    action: { label: 'Undo', run: undo },
    dismissAfterMs: UNDO_NOTICE_MS,
  };
}
