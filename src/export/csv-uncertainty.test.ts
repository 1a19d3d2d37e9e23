import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { FailureMode } from '../model/failure-modes';
import { evaluateResultGraph } from '../model/result-graph';
import { SEED_EXAMPLE } from '../model/presets';
import { simulate, simulateRuns, type SimulationJob } from '../simulation/simulate';
import { BOM, buildCsv, buildSamplesCsv } from './csv';
import { sampleRows, simulationSettingRows, uncertaintyTableRows } from './csv-uncertainty';
import type { ExportContext } from './export-data';

const job: SimulationJob = {
  inputs: SEED_EXAMPLE,
  ranges: {
    downtimeCostPerHour: { low: 1_000_000, high: 5_000_000, shape: 'lognormal' },
    'scenarios.s3.investment': { low: 100_000_000, high: 250_000_000, shape: 'pert' },
  },
  runs: 500,
  seed: 'csv test',
};
const summary = simulate(job);

/** Export CSV's context for the worked example with its $1M–$5M cost range, and what a test adds. */
function workedExampleContext(extra: Partial<ExportContext> = {}): ExportContext {
  return {
    graph: evaluateResultGraph(SEED_EXAMPLE, { low: 1_000_000, high: 5_000_000 }),
    currency: 'USD',
    presetName: 'Worked example',
    date: '2026-12-01',
    shareLink: 'https://example.test/nines/#s=abc',
    ...extra,
  };
}

describe('the percentile table of the CSV export', () => {
  const [header, ...rows] = uncertaintyTableRows(summary);
  const col = (name: string) => header!.indexOf(name);
  const row = (scenario: string, step: string) => rows.find((r) => r[0] === scenario && r[1] === step)!;

  it('has a row for today, then per scenario against today and per marginal step, with P10 / P50 / P90 and both chances', () => {
    expect(rows.map((r) => `${r[0]} ${r[1]}`)).toEqual([
      'Today today',
      '99.5 % against today',
      '99.9 % against today',
      '99.9 % from 99.5 %',
      '99.99 % against today',
      '99.99 % from 99.9 %',
    ]);
    expect(header).toContain('NPV P50');
    expect(header).toContain('Chance of paying back within 3 years');
  });

  it('carries the summary’s figures: money to the cent, chances as the exact share of runs', () => {
    const s3 = summary.scenarios[2]!;
    const step = row('99.99 %', 'from 99.9 %');
    expect(Number(step[col('NPV P10')])).toBeCloseTo(s3.marginal.npv.p10, 2);
    expect(Number(step[col('Annual savings P90')])).toBeCloseTo(s3.marginal.annualSavings.p90, 2);
    expect(step[col('Chance NPV is positive')]).toBe(String(s3.marginal.positiveNpv.count / job.runs));
    expect(step[col('Annual downtime cost P50')]).toBe('');
    expect(Number(row('99.99 %', 'against today')[col('Annual downtime cost P50')])).toBeCloseTo(
      s3.annualDowntimeCost.p50,
      2,
    );
    expect(Number(row('Today', 'today')[col('Annual downtime cost P90')])).toBeCloseTo(
      summary.baseline.annualDowntimeCost.p90,
      2,
    );
    expect(row('Today', 'today')[col('NPV P50')]).toBe('');
    // A target equal to today never pays back: "never", not a number.
    expect(row('99.5 %', 'against today')[col('Payback (years) P50')]).toBe('never');
  });

  it('names the runs, the seed and each range', () => {
    expect(simulationSettingRows(summary)).toEqual([
      ['name', 'value'],
      ['Runs', '500'],
      ['Random seed', 'csv test'],
      ['Downtime cost per hour: range', '1000000 to 5000000, lognormal, read as a 90 % interval'],
      ['Investment of 99.99 %: range', '100000000 to 250000000, pert, read as a 90 % interval'],
    ]);
  });

  it('follows the scenario table and the assumptions in Export CSV when the simulation has run', () => {
    const context = workedExampleContext();
    const without = buildCsv(context);
    const withIt = buildCsv({ ...context, simulation: summary });
    expect(withIt.startsWith(without)).toBe(true);
    const blocks = withIt.slice(without.length).split('\r\n\r\n');
    const parse = (text: string) => Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data;
    expect(parse(blocks[0]!)).toEqual(uncertaintyTableRows(summary));
    expect(parse(blocks[1]!)).toEqual(simulationSettingRows(summary));
  });
});

describe('Export samples (CSV)', () => {
  const runs = simulateRuns(job);
  const [header, ...rows] = sampleRows(runs);

  it('has one row per run: its number, every draw, every scenario’s downtime cost and each step’s figures', () => {
    expect(rows).toHaveLength(job.runs);
    expect(header!.slice(0, 3)).toEqual(['Run', 'Downtime cost per hour', 'Investment of 99.99 %']);
    expect(header).toContain('NPV of the step from 99.9 % to 99.99 %');
    expect(rows.every((row) => row.length === header!.length)).toBe(true);
  });

  it('holds the draws and figures the summary is of, so a spreadsheet finds the same percentiles', () => {
    const cost = runs.draws.get('downtimeCostPerHour')!;
    rows.forEach((row, i) => {
      expect(row[0]).toBe(String(i + 1));
      expect(Number(row[1])).toBeCloseTo(cost[i]!, 2);
    });
    // The median of the exported NPVs of 99.99 % against today (type 7, 500 runs: the mean of ranks 250 and 251).
    const npv = rows
      .map((row) => Number(row[header!.indexOf('NPV of 99.99 % against today')]))
      .sort((a, b) => a - b);
    expect((npv[249]! + npv[250]!) / 2).toBeCloseTo(summary.scenarios[2]!.vsBaseline.npv.p50, 1);
  });

  it('is a CSV file with the byte-order mark that parses back to the rows', () => {
    const csv = buildSamplesCsv(runs);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(Papa.parse<string[]>(csv.slice(1).trim()).data).toEqual(sampleRows(runs));
  });

  it('starts with the Warning row Export CSV has while a field’s text is not used, then the runs', () => {
    const note =
      'Figures use Current availability 99.5%, not your entry “1e6”: write it like 99.9, 99,9 or 99.9 %.';
    const context = workedExampleContext({ figuresNote: note });
    const parse = (text: string) => Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data;
    // Export CSV's assumptions: a name,value block whose first row is the warning.
    const assumptions = parse(buildCsv(context).slice(1).split('\r\n\r\n')[1]!);
    const csv = buildSamplesCsv(runs, note);
    expect(csv.startsWith(BOM)).toBe(true);
    const [warning, samples, ...rest] = csv.slice(1).split('\r\n\r\n');
    expect(parse(warning!)).toEqual([assumptions[0], assumptions[1]]);
    expect(parse(warning!)).toEqual([
      ['name', 'value'],
      ['Warning', note],
    ]);
    expect(parse(samples!)).toEqual(sampleRows(runs));
    expect(rest).toEqual([]);
    // Every field fine: the runs alone, as before.
    expect(buildSamplesCsv(runs, null)).toBe(buildSamplesCsv(runs));
    expect(buildSamplesCsv(runs, null).slice(1).startsWith('Run,')).toBe(true);
  });
});

describe('Export samples (CSV) with failure modes typed as ranges', () => {
  const modes: FailureMode[] = [
    {
      id: 'm1',
      name: 'Deployment failure',
      frequency: { count: { best: 1.5, low: 1, high: 2 }, per: 1, unit: 'month' },
      timeToDetect: { amount: { best: 5 }, unit: 'minute' },
      timeToRecover: { amount: { best: 17.5, low: 5, high: 30 }, unit: 'minute' },
      usersAffected: { best: 0.05, low: 0, high: 0.1 },
    },
  ];
  const withModes: SimulationJob = {
    ...job,
    ranges: {},
    failureModes: { modes, baselineFromModes: true, planLevers: null },
  };
  const runs = simulateRuns(withModes);
  const [header, ...rows] = sampleRows(runs);

  it('has a column of draws per field, named with its unit, to six decimals', () => {
    expect(header!.slice(0, 4)).toEqual([
      'Run',
      'Frequency of Deployment failure (incidents a year)',
      'Time to recover from Deployment failure (minutes)',
      'Users affected by Deployment failure (share of users, 0 to 1)',
    ]);
    const shares = runs.draws.get('modes.m1.usersAffected')!;
    rows.forEach((row, i) => expect(Number(row[3])).toBeCloseTo(shares[i]!, 6));
    expect(simulationSettingRows(simulate(withModes))[3]).toEqual([
      'Frequency of Deployment failure (incidents a year): range',
      '12 to 24, lognormal, read as a 90 % interval',
    ]);
  });
});
