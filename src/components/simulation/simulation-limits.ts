/**
 * The engine's limits on "Runs" and "Random seed" (src/simulation/simulate.ts MAX_RUNS and
 * MAX_SEED_LENGTH), repeated here so that the inputs' chunk does not carry the engine; a test pins
 * them to the engine's.
 */
export const RUNS_LIMIT = 100_000;
export const SEED_LENGTH_LIMIT = 100;

/** What is wrong with a seed as typed (null when nothing is). */
export function seedProblem(seed: string): string | null {
  if (seed.trim() === '') return 'Type a seed: any word or number. The same seed gives the same runs.';
  if (seed.length > SEED_LENGTH_LIMIT) return `A seed has at most ${SEED_LENGTH_LIMIT} characters.`;
  return null;
}
