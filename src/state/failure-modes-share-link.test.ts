import { describe, expect, it } from 'vitest';
import { FAILURE_MODE_LIMITS } from './session-schema';
import { decodeShareLink, encodeShareLink, MAX_SHARE_LINK_LENGTH } from './share-link';
import { loadSessionValidator } from './session-validator';
import { catalogueChosen, leverAdded, leverEdited, modeAdded, modeTextChanged } from './failure-modes-edits';
import { defaultFailureModes, defaultState, type FailureModesSession } from './session';

// How large a catalogue a share link carries within MAX_SHARE_LINK_LENGTH: the seed catalogue with
// its ten levers, priced and in the plan, fits; and the largest count of typical rows that fits is
// measured here, so the README's figure is this test's.

/** n rows typed like the seed ("1-2 per month", "<30s", "5-30min", "SEV2"), each with one priced lever in the plan. */
function typicalCatalogue(n: number): FailureModesSession {
  let fm = defaultFailureModes();
  for (let i = 0; i < n; i += 1) {
    fm = modeAdded(fm);
    const id = fm.modes.at(-1)!.id;
    for (const [field, text] of [
      ['frequency', '1-2 per month'],
      ['timeToDetect', '<30s'],
      ['timeToRecover', '5-30min'],
      ['usersAffected', 'SEV2'],
    ] as const)
      fm = modeTextChanged(id, field, text)(fm);
  }
  for (let i = 0; i < n; i += 1) {
    fm = leverAdded(fm);
    const lever = fm.levers.at(-1)!;
    fm = leverEdited(lever.id, {
      modeId: fm.modes[i]!.id,
      inPlan: true,
      text: { timeToRecover: '−50 %', oneTimeCost: '250000', annualRunCost: '20000' },
    })(fm);
  }
  return fm;
}

const linkLength = (failureModes: FailureModesSession) =>
  encodeShareLink({ ...defaultState(), failureModes }).length;

describe('failure modes in a share link', () => {
  it('carries the seed catalogue with its levers priced and in the plan, and opens it as it was', async () => {
    await loadSessionValidator();
    let fm = catalogueChosen('production-failures-seed')(defaultFailureModes());
    for (const lever of fm.levers)
      fm = leverEdited(lever.id, { inPlan: true, text: { oneTimeCost: '250000', annualRunCost: '20000' } })(
        fm,
      );
    const state = { ...defaultState(), failureModes: { ...fm, useForBaseline: true } };
    const payload = encodeShareLink(state);
    expect(payload.length).toBeLessThanOrEqual(MAX_SHARE_LINK_LENGTH);
    const decoded = decodeShareLink(payload);
    expect(decoded.ok && decoded.state.failureModes).toEqual(state.failureModes);
  });

  it('fits the largest catalogue a session holds (40 typical modes, each with a priced lever in the plan)', () => {
    expect(linkLength(typicalCatalogue(FAILURE_MODE_LIMITS.maxModes))).toBeLessThanOrEqual(
      MAX_SHARE_LINK_LENGTH,
    );
  });

  it('fits 10 modes and levers with every name and text at its 60-character limit, and not 11', () => {
    const longest = (n: number) => {
      const fm = typicalCatalogue(n);
      const long = (i: number) => `${i}`.padEnd(FAILURE_MODE_LIMITS.maxTextLength, 'x');
      return {
        ...fm,
        modes: fm.modes.map((m, i) => ({
          ...m,
          name: long(i),
          text: { frequency: long(i), timeToDetect: long(i), timeToRecover: long(i), usersAffected: long(i) },
        })),
        levers: fm.levers.map((l, i) => ({
          ...l,
          name: long(i),
          text: Object.fromEntries(Object.keys(l.text).map((k) => [k, long(i)])) as typeof l.text,
        })),
      };
    };
    let largest = 0;
    while (linkLength(longest(largest + 1)) <= MAX_SHARE_LINK_LENGTH) largest += 1;
    expect(largest).toBe(10);
  });
});
