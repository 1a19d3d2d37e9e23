import { APP_VERSION } from '../app-version';
import { sessionOf, type CalculatorState } from './session';
import { loadSessionValidator, openSession } from './session-validator';
import { SESSION_VERSION } from './session-versions';

/**
 * Case files: a session saved as a file to keep beside the plan or send by mail, where a long share
 * link breaks. The file is JSON:
 *
 *   {"nines":"case","version":3,"appVersion":"0.1.0","savedOn":"2026-12-01","session":{…}}
 *
 * `version` is the session format version (session-versions.ts) of `session`, which is the session as
 * the store saves it (long keys, not a share link's short ones). Opening one goes through the same
 * chain of migrations and the same schema as a share link and the saved session, so a case saved by
 * an older release opens with the same figures, and one from a newer release is refused. This module
 * is its own chunk, loaded when a case is saved or opened.
 */

/** What `nines` holds in every case file: how a file says it is one. */
export const CASE_FILE_KIND = 'case';

/**
 * Largest case file read. The largest valid session is far smaller (its share link is at most
 * 12,000 characters, with one-letter keys); anything bigger is refused before it is parsed.
 */
export const MAX_CASE_FILE_BYTES = 1_000_000;

/** A case file as written. */
export interface CaseFile {
  nines: typeof CASE_FILE_KIND;
  version: number;
  appVersion: string;
  /** The day it was saved, yyyy-mm-dd (local). */
  savedOn: string;
  session: CalculatorState;
}

/** The text of a case file for `state`, saved on `date` (yyyy-mm-dd), in the newest format version. */
export function buildCaseFile(state: CalculatorState, date: string): string {
  const file: CaseFile = {
    nines: CASE_FILE_KIND,
    version: SESSION_VERSION,
    appVersion: APP_VERSION,
    savedOn: date,
    session: sessionOf(state),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type CaseFileResult = { ok: true; state: CalculatorState } | { ok: false; message: string };

const TOO_LARGE = 'the file is too large to be a Nines case';
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
class ForbiddenKeyError extends Error {}
const fail = (message: string): CaseFileResult => ({ ok: false, message });
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a case file's text into a validated session of the newest version, or says why it cannot, as
 * a lower-case clause fit for "This case file could not be opened: <message>." (the share link's
 * wording). Treats the text as hostile: size first, JSON parsed with prototype keys refused, then the
 * session format's migrations and schema. Never throws. Load the schema first (`openCaseFile` does).
 */
export function readCaseFile(text: string): CaseFileResult {
  try {
    if (text.length === 0) return fail('the file is empty');
    if (text.length > MAX_CASE_FILE_BYTES) return fail(TOO_LARGE);
    let data: unknown;
    try {
      data = JSON.parse(text, (key, value: unknown) => {
        if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError();
        return value;
      });
    } catch (error) {
      if (error instanceof ForbiddenKeyError) return fail('the file has a field Nines does not know');
      return fail('the file is incomplete or damaged (it is not valid JSON)');
    }
    if (!isRecord(data) || data.nines !== CASE_FILE_KIND || !('session' in data))
      return fail('it is not a Nines case file');
    const { version } = data;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
      return fail('its format version is not one Nines knows');
    if (version > SESSION_VERSION) return fail('it was made by a newer version of Nines');
    const result = openSession(data.session, version);
    return result.ok ? { ok: true, state: result.value } : fail(result.message);
  } catch {
    // A last resort: nothing above should throw, but a file must never take the page down.
    return fail('the file could not be read');
  }
}

/** Loads the session schema, then reads the case file (see `readCaseFile`). */
export async function openCaseFile(text: string): Promise<CaseFileResult> {
  try {
    await loadSessionValidator();
  } catch {
    // `openSession` then refuses with the validator's own message (offline, a stale deploy).
  }
  return readCaseFile(text);
}

/** Opens a file the user picked or dropped (see `openCaseFile`); one too large is not even read. */
export async function openCaseBlob(file: Pick<Blob, 'size' | 'text'>): Promise<CaseFileResult> {
  if (file.size > MAX_CASE_FILE_BYTES) return fail(TOO_LARGE);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fail('the file could not be read');
  }
  return openCaseFile(text);
}
