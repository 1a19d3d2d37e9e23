import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_VERSION } from '../app-version';
import { buildCaseFile, MAX_CASE_FILE_BYTES, openCaseBlob, openCaseFile, readCaseFile } from './case-file';
import { defaultState, type CalculatorState } from './session';
import { SESSION_VERSION } from './session-versions';
import { decodeShareLink } from './share-link';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** A session unlike the defaults in every part a case keeps. */
function editedSession(): CalculatorState {
  const state = defaultState();
  state.caseName = 'Checkout | 2027 plan';
  state.currency = 'EUR';
  state.inputs.downtimeCostPerHour = 1234.5;
  state.inputs.scenarios[1]!.investmentOverride = 7_000_000;
  state.showAllColumns = true;
  state.simulation = { enabled: true, runs: 2_000, seed: 'plan' };
  return state;
}

describe('case files', () => {
  it('save the session at the current format version with the app version and the date', () => {
    const file = JSON.parse(buildCaseFile(editedSession(), '2026-12-01'));
    expect(file).toEqual({
      nines: 'case',
      version: SESSION_VERSION,
      appVersion: APP_VERSION,
      savedOn: '2026-12-01',
      session: editedSession(),
    });
    expect(APP_VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('open as the session they were saved from', async () => {
    const result = await openCaseFile(buildCaseFile(editedSession(), '2026-12-01'));
    expect(result).toEqual({ ok: true, state: editedSession() });
  });

  it.each(['worked-example', 'custom', 'jpy-compact'])(
    'open a version 1 session (%s) as its version 1 share link opens',
    async (name) => {
      // The session as version 1 saved it, in a case file of version 1.
      const v1 = JSON.parse(fixture(`v1-saved-${name}.json`)) as { state: unknown; version: number };
      expect(v1.version).toBe(1);
      const text = JSON.stringify({
        nines: 'case',
        version: 1,
        appVersion: '0.0.1',
        savedOn: '2026-01-01',
        session: v1.state,
      });
      const opened = await openCaseFile(text);
      const link = decodeShareLink(fixture(`v1-link-${name}.txt`).trim());
      expect(link.ok).toBe(true);
      expect(opened).toEqual(link);
    },
  );

  const good = buildCaseFile(editedSession(), '2026-12-01');
  const edited = (edit: (file: Record<string, unknown> & { session: CalculatorState }) => void) => {
    const file = JSON.parse(good);
    edit(file);
    return JSON.stringify(file);
  };

  it.each([
    ['an empty file', '', 'the file is empty'],
    [
      'a truncated file',
      good.slice(0, good.length / 2),
      'the file is incomplete or damaged (it is not valid JSON)',
    ],
    ['another JSON file', '{"name":"package","version":"1.0.0"}', 'it is not a Nines case file'],
    ['a share link text', '#s=eyJ2IjozfQ', 'the file is incomplete or damaged (it is not valid JSON)'],
    [
      'a newer version',
      edited((f) => (f.version = SESSION_VERSION + 1)),
      'it was made by a newer version of Nines',
    ],
    ['a version that is text', edited((f) => (f.version = '3')), 'its format version is not one Nines knows'],
    [
      'a prototype key',
      good.replace('"nines"', '"__proto__":{},"nines"'),
      'the file has a field Nines does not know',
    ],
    [
      'an availability edited to 100 %',
      edited((f) => (f.session.inputs.baselineAvailabilityPercent = 100)),
      'the current availability must be above 0 % and below 100 %',
    ],
    [
      'a field the format lacks',
      edited((f) => ((f.session as unknown as Record<string, unknown>).extra = 1)),
      /has a field Nines does not know$/,
    ],
    ['a file too large', ' '.repeat(MAX_CASE_FILE_BYTES + 1), 'the file is too large to be a Nines case'],
  ])('refuse %s with a message', async (_name, text, message) => {
    expect(await openCaseFile(text)).toEqual({
      ok: false,
      message: typeof message === 'string' ? message : expect.stringMatching(message),
    });
  });

  it('opens a picked file, and does not read one too large to be a case', async () => {
    expect(await openCaseBlob(new Blob([good]))).toEqual({ ok: true, state: editedSession() });
    const huge = { size: MAX_CASE_FILE_BYTES + 1, text: () => Promise.reject(new Error('read')) };
    expect(await openCaseBlob(huge)).toEqual({
      ok: false,
      message: 'the file is too large to be a Nines case',
    });
  });

  it('never throws on a file whose session is not an object', () => {
    expect(readCaseFile(edited((f) => ((f as Record<string, unknown>).session = null))).ok).toBe(false);
  });
});
