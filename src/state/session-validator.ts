import type { SessionValidation } from './session-schema';

/**
 * The session schema (and zod with it, about 5 kB gzip) and the chain of migrations that brings an
 * older session to the newest version live in a chunk of their own, loaded only when
 * there is something to validate: a share link in the address or a saved session. A first visit never
 * downloads it. Validation itself stays synchronous: callers load the schema first, then validate.
 */

/** Why a link or saved session is refused when the schema could not be loaded (offline, a stale deploy). */
export const VALIDATOR_UNAVAILABLE_MESSAGE =
  'Nines could not load the code that checks it (try again once you are back online)';

let validate: ((data: unknown) => SessionValidation) | undefined;
let open: ((data: unknown, version: unknown) => SessionValidation) | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the schema once; later calls share the same promise. A failed load is forgotten, so the next
 * call tries again; until one succeeds, `validateSession` refuses everything.
 */
export function loadSessionValidator(): Promise<void> {
  loading ??= import('./session-schema').then(
    (schema) => {
      validate = schema.validateSession;
      open = schema.openSession;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Whether `loadSessionValidator` has finished, so `validateSession` really validates. */
export const sessionValidatorLoaded = () => validate !== undefined;

/**
 * The schema's `validateSession` (see session-schema.ts) once loaded. Before that it never throws and
 * never accepts anything: it refuses with `VALIDATOR_UNAVAILABLE_MESSAGE`.
 */
export function validateSession(data: unknown): SessionValidation {
  return validate ? validate(data) : { ok: false, message: VALIDATOR_UNAVAILABLE_MESSAGE };
}

/**
 * The schema's `openSession` once loaded: a session saved or shared at session format `version`,
 * migrated to the newest version and validated. Before that it refuses, as `validateSession` does.
 */
export function openSession(data: unknown, version: unknown): SessionValidation {
  return open ? open(data, version) : { ok: false, message: VALIDATOR_UNAVAILABLE_MESSAGE };
}
