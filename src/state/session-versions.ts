/**
 * One chain of session versions, for every place a session is kept outside the running app: the
 * saved session (zustand persist's `version` and `migrate`), share links (`v` in the payload) and,
 * later, case files. Each version is named for what it changed (as tldraw names its migrations); the
 * steps between them are in session-migrations.ts, loaded lazily with the schema. This small module
 * is all the first chunk needs: the version to save and share in.
 */
export const SESSION_VERSIONS = {
  /** The first release: a flat shape, availabilities as fractions (0.995), a `targets` list. */
  FlatFractions: 0,
  /**
   * Availabilities in percent; scenarios with ids and extra run costs; the period convention, the
   * investment rule's settings, the discounting and the cost-per-hour range.
   */
  PercentsAndScenarios: 1,
  /**
   * Ranges beside the point inputs, keyed by the input (the cost-per-hour range becomes
   * `ranges.downtimeCostPerHour`, with a shape); a scenario label of null follows its target.
   */
  RangesAndFollowingLabels: 2,
  /**
   * A case name, the table's "Show all columns", the failure-mode catalogue with its levers and plan,
   * the dependency tree with the service's own outages, the simulation's settings, and ranges on each
   * scenario's investment and run cost.
   */
  CasesModesAndDependencies: 3,
} as const;

export type SessionVersionName = keyof typeof SESSION_VERSIONS;

/** The newest version: what this release saves and shares. */
export const SESSION_VERSION: number = Math.max(...Object.values(SESSION_VERSIONS));
