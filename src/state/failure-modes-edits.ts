import {
  failureCatalogue,
  rootCauseFrequency,
  ROOT_CAUSES,
  type FailureCatalogueId,
  type LeverTexts,
} from '../model/failure-catalogues';
import type { FailureModeField } from '../model/failure-modes';
import type { FailureModeRow, FailureModesSession, LeverRow } from './session';

/*
 * The edits of the failure-modes section, as pure functions of the session's failure modes (the
 * store's `failureModesEdited` applies them, so each is one step of the undo history). New rows take
 * ids from the session's counter (`m<n>` for modes, `l<n>` for levers), so an id never repeats.
 */

type Edit = (current: FailureModesSession) => FailureModesSession;

const EMPTY_LEVER_TEXT: LeverTexts = {
  frequency: '',
  timeToDetect: '',
  timeToRecover: '',
  usersAffected: '',
  oneTimeCost: '',
  annualRunCost: '',
};

/**
 * Replaces the rows and levers with a catalogue's (the "Failure catalogue" picker): its rows as
 * typed text, its suggested levers (costs blank: "cost needed") on the new rows, and for "Root
 * causes (seed)" its incidents a year. The switch and the cap stay.
 */
export function catalogueChosen(id: FailureCatalogueId): Edit {
  return (current) => {
    const catalogue = failureCatalogue(id);
    let next = current.nextId;
    const modeIds = new Map<string, string>();
    const modes: FailureModeRow[] = catalogue.entries.map((entry) => {
      const rowId = `m${next++}`;
      modeIds.set(entry.mode.id, rowId);
      return { id: rowId, name: entry.mode.name, text: { ...entry.text } };
    });
    const levers: LeverRow[] = catalogue.levers.map((suggested) => ({
      id: `l${next++}`,
      name: suggested.lever.name,
      modeId: modeIds.get(suggested.lever.modeId)!,
      text: { ...suggested.text },
      inPlan: false,
    }));
    return {
      ...current,
      catalogueId: id,
      incidentsPerYear: catalogue.incidentsPerYear,
      modes,
      levers,
      nextId: next,
    };
  };
}

/** "Root causes (seed)": a new count of incidents a year, which every root-cause row's frequency follows. */
export function incidentsPerYearChanged(incidentsPerYear: number): Edit {
  return (current) => ({
    ...current,
    incidentsPerYear,
    modes: current.modes.map((row) => {
      const cause = ROOT_CAUSES.find((c) => c.category === row.name);
      return cause
        ? {
            ...row,
            text: {
              ...row.text,
              frequency: rootCauseFrequency(cause.shareOfIncidents, incidentsPerYear).text,
            },
          }
        : row;
    }),
  });
}

/** "Add failure mode": a blank row at the end. */
export const modeAdded: Edit = (current) => ({
  ...current,
  modes: [
    ...current.modes,
    {
      id: `m${current.nextId}`,
      name: `Failure mode ${current.modes.length + 1}`,
      text: { frequency: '', timeToDetect: '', timeToRecover: '', usersAffected: '' },
    },
  ],
  nextId: current.nextId + 1,
});

/** "Remove …": the row and the levers on it. */
export function modeRemoved(id: string): Edit {
  return (current) => ({
    ...current,
    modes: current.modes.filter((m) => m.id !== id),
    levers: current.levers.filter((l) => l.modeId !== id),
  });
}

export function modeNameChanged(id: string, name: string): Edit {
  return (current) => ({
    ...current,
    modes: current.modes.map((m) => (m.id === id ? { ...m, name } : m)),
  });
}

export function modeTextChanged(id: string, field: FailureModeField, text: string): Edit {
  return (current) => ({
    ...current,
    modes: current.modes.map((m) => (m.id === id ? { ...m, text: { ...m.text, [field]: text } } : m)),
  });
}

/** "Use failure modes for today's availability". */
export function baselineSwitchToggled(on: boolean): Edit {
  return (current) => ({ ...current, useForBaseline: on });
}

/**
 * "Cap on one mode's share of the budget (%)": the share of a target's error budget above which a
 * mode is marked over the cap, in percent (the field lets through only 0 < cap ≤ 100, as the session
 * schema does).
 */
export function capChanged(capPercent: number): Edit {
  return (current) => ({ ...current, capPercent });
}

/** "Add lever": a lever on the first failure mode, changing nothing yet, its costs blank. No mode, no lever. */
export const leverAdded: Edit = (current) => {
  const mode = current.modes[0];
  if (!mode) return current;
  return {
    ...current,
    levers: [
      ...current.levers,
      {
        id: `l${current.nextId}`,
        name: `Lever ${current.levers.length + 1}`,
        modeId: mode.id,
        text: { ...EMPTY_LEVER_TEXT },
        inPlan: false,
      },
    ],
    nextId: current.nextId + 1,
  };
};

export function leverRemoved(id: string): Edit {
  return (current) => ({ ...current, levers: current.levers.filter((l) => l.id !== id) });
}

/** One lever's name, mode, a text field or its place in the plan. */
export function leverEdited(
  id: string,
  patch: Partial<Pick<LeverRow, 'name' | 'modeId' | 'inPlan'>> & { text?: Partial<LeverTexts> },
): Edit {
  return (current) => ({
    ...current,
    levers: current.levers.map((l) =>
      l.id === id ? { ...l, ...patch, text: { ...l.text, ...(patch.text ?? {}) } } : l,
    ),
  });
}
