import type { ScenarioSummary, StepSummary } from './simulate';
import type { Chance } from './summarise';

/**
 * Sentences a manager repeats, from a simulation summary: "99.99 % pays back within 3 years in
 * 91 % of runs; the step from 99.9 % does in 3 %." Chances are whole percents, never rounded to a
 * certainty that is not there: "every run" and "no run" only when every or no run did, else
 * "more than 99 %" and "less than 1 %" at the ends.
 */

/** A chance as a share of runs, whole percent: "every run", "no run", "91 % of runs", "less than 1 % of runs". */
export function chanceOfRunsText(chance: Chance): string {
  if (chance.count === chance.runs) return 'every run';
  if (chance.count === 0) return 'no run';
  return `${percentText(chance)} of runs`;
}

/** The same chance after "does in": "every run", "no run", "3 %", "more than 99 %". */
function chanceShortText(chance: Chance): string {
  if (chance.count === chance.runs) return 'every run';
  if (chance.count === 0) return 'no run';
  return percentText(chance);
}

/** A chance strictly between none and all, as a whole percent that never reads 0 % or 100 %. */
function percentText(chance: Chance): string {
  const percent = Math.round((chance.count / chance.runs) * 100);
  if (percent < 1) return 'less than 1 %';
  if (percent > 99) return 'more than 99 %';
  return `${percent} %`;
}

function yearsText(years: number): string {
  return years === 1 ? '1 year' : `${years} years`;
}

type StepChance = (step: StepSummary) => Chance;

/**
 * The scenario's clause ("pays back … in 91 % of runs"), then its marginal step's when that step
 * starts from another scenario. A step that changes nothing (a target equal to where it starts) says
 * so instead of "never pays back".
 */
function sentence(scenario: ScenarioSummary, claim: string, chanceOf: StepChance): string {
  const first = scenario.vsBaseline.changesNothing
    ? `${scenario.label} changes nothing against today`
    : `${scenario.label} ${claim} in ${chanceOfRunsText(chanceOf(scenario.vsBaseline))}`;
  const { marginal } = scenario;
  if (marginal.fromId === null) return `${first}.`;
  const second = marginal.changesNothing
    ? `the step from ${marginal.fromLabel} changes nothing`
    : `the step from ${marginal.fromLabel} does in ${chanceShortText(chanceOf(marginal))}`;
  return `${first}; ${second}.`;
}

/** "99.99 % pays back within 3 years in 91 % of runs; the step from 99.9 % does in 3 %." (simple payback ≤ horizon). */
export function paybackSentence(scenario: ScenarioSummary, horizonYears: number): string {
  return sentence(
    scenario,
    `pays back within ${yearsText(horizonYears)}`,
    (step) => step.paysBackWithinHorizon,
  );
}

/** "99.99 % has a positive NPV over 3 years in 85 % of runs; the step from 99.9 % does in 1 %." */
export function positiveNpvSentence(scenario: ScenarioSummary, horizonYears: number): string {
  return sentence(scenario, `has a positive NPV over ${yearsText(horizonYears)}`, (step) => step.positiveNpv);
}
