import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { buildCsv } from '../../export/csv';
import { buildMarkdown } from '../../export/markdown';
import type { ExportContext } from '../../export/export-data';
import { failureModesSections } from '../../export/failure-modes-export';
import { evaluateResultGraph } from '../../model/result-graph';
import { SEED_EXAMPLE } from '../../model/presets';
import {
  baselineSwitchToggled,
  capChanged,
  catalogueChosen,
  leverEdited,
} from '../../state/failure-modes-edits';
import { Dec } from '../../model/decimal';
import { loadDependencyJoin, readFailureModes } from '../../state/failure-modes-reading';
import { defaultFailureModes } from '../../state/session';

// The failure modes in the exports: their own CSV sections (minutes at full precision, money to the
// cent), and Markdown tables as the page shows them. Expected figures are the reader's own (the
// model's), never typed in here.

const session = leverEdited('l11', { text: { oneTimeCost: '50000', annualRunCost: '1000' }, inPlan: true })(
  catalogueChosen('production-failures-seed')(defaultFailureModes()),
);
const reading = readFailureModes(session, SEED_EXAMPLE);

function context(): ExportContext {
  return {
    graph: evaluateResultGraph(SEED_EXAMPLE, { low: 1_000_000, high: 5_000_000 }, reading.levels),
    currency: 'USD',
    presetName: 'Worked example',
    date: '2026-12-01',
    shareLink: 'https://example.test/nines/#s=abc',
    failureSections: failureModesSections(reading, 'USD'),
  };
}

describe('the failure modes in the exports', () => {
  it('adds CSV sections for the failure modes, the levers and the plan: minutes at full precision, money to the cent', () => {
    const blocks = buildCsv(context()).slice(1).split('\r\n\r\n');
    const parse = (text: string) => Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data;
    const modes = parse(blocks[2]!);
    expect(modes[0]).toEqual(['Failure modes (Production failures (seed))']);
    const header = modes[1]!;
    const partition = modes.find((row) => row[0] === 'Network Partition')!;
    expect(partition[header.indexOf('Frequency')]).toBe('1-2 per year');
    expect(partition[header.indexOf('Bad minutes a year')]).toBe(
      reading.catalogue.modes[0]!.badMinutesPerYear!.toString(),
    );
    const levers = parse(blocks[3]!);
    expect(levers[0]).toEqual(['Levers (ranked by NPV)']);
    const inPlan = levers.find((row) => row.at(-1) === 'yes')!;
    expect(inPlan[levers[1]!.indexOf('One-time cost')]).toBe('50000');
    // Money to the cent and a payback to 4 decimals, as in the comparison's rows.
    const lever = reading.rankedLevers.find((figures) => figures.leverId === 'l11')!;
    expect(inPlan[levers[1]!.indexOf('NPV')]).toBe(lever.finance!.npv.toFixed(2));
    expect(inPlan[levers[1]!.indexOf('Payback (years)')]).toBe(lever.finance!.paybackYears!.toFixed(4));
    expect(parse(blocks[4]!)[0]).toEqual(['Plan']);
    // The plan is a scenario row of the comparison too.
    expect(parse(blocks[0]!).some((row) => row[0] === 'Plan')).toBe(true);
  });

  it('adds Markdown tables that show “cost needed” for a lever without its costs', () => {
    const markdown = buildMarkdown(context());
    expect(markdown).toContain('### Failure modes (Production failures (seed))');
    expect(markdown).toContain('### Levers (ranked by NPV)');
    expect(markdown).toContain('cost needed');
    expect(markdown).toContain('### Plan');
  });

  it('names the cap typed in the over-cap words of the CSV and the Markdown, as the page does', () => {
    const capped = readFailureModes(capChanged(10)(session), SEED_EXAMPLE);
    const sections = failureModesSections(capped, 'USD');
    const csv = buildCsv({ ...context(), failureSections: sections });
    const modes = Papa.parse<string[]>(csv.slice(1).split('\r\n\r\n')[2]!.trim(), {
      skipEmptyLines: true,
    }).data;
    const header = modes[1]!;
    // Each mode's words at each target follow the model's shares against a 10 % cap.
    const expected = capped.modes.map((_, i) =>
      capped.budgets.map((b) => (b.figures.modes[i]!.shareOfBudget!.gt('0.1') ? 'over the 10 % cap' : 'no')),
    );
    const shown = modes
      .slice(2, 2 + capped.modes.length)
      .map((row) => capped.budgets.map((b) => row[header.indexOf(`Over the cap at ${b.label}`)]));
    expect(shown).toEqual(expected);
    // The 10 % cap flags a mode the default 25 % does not.
    const atDefault = failureModesSections(reading, 'USD')[0]!
      .rows.flat()
      .map((v) => v.plain);
    expect(atDefault.filter((v) => v === 'over the 25 % cap').length).toBeLessThan(
      expected.flat().filter((v) => v !== 'no').length,
    );
    expect(atDefault).not.toContain('over the 10 % cap');
    const markdown = buildMarkdown({ ...context(), failureSections: sections });
    expect(markdown).toContain('over the 10 % cap');
    expect(markdown).not.toContain('over the 25 % cap');
  });

  it('lists the dependencies that joined the catalogue as rows of their own, so the rows add up to its total', async () => {
    await loadDependencyJoin();
    const joined = readFailureModes(baselineSwitchToggled(true)(session), SEED_EXAMPLE, {
      kind: 'all-of',
      id: 'n0',
      name: 'All dependencies',
      children: [{ kind: 'dependency', id: 'd1', name: 'Database', availabilityPercent: 99.9 }],
    });
    const csv = buildCsv({ ...context(), failureSections: failureModesSections(joined, 'USD') });
    const modes = Papa.parse<string[]>(csv.slice(1).split('\r\n\r\n')[2]!.trim(), {
      skipEmptyLines: true,
    }).data;
    const header = modes[1]!;
    const database = modes.find((row) => row[0] === 'Database (from Dependencies)')!;
    const bad = joined.catalogue.modes.at(-1)!.badMinutesPerYear!;
    expect(database[header.indexOf('Bad minutes a year')]).toBe(bad.toString());
    const rows = modes.slice(2).filter((row) => row[0] !== 'Availability from failure modes (%)');
    const total = rows.reduce((sum, row) => sum.plus(row[header.indexOf('Bad minutes a year')]!), new Dec(0));
    expect(total.toString()).toBe(joined.catalogue.badMinutesPerYear!.toString());
  });

  it('writes a joined dependency’s fields as the reading gives them, the section’s words', async () => {
    await loadDependencyJoin();
    const joined = readFailureModes(baselineSwitchToggled(true)(session), SEED_EXAMPLE, {
      kind: 'all-of',
      id: 'n0',
      name: 'All dependencies',
      children: [{ kind: 'dependency', id: 'd1', name: 'Database', availabilityPercent: 99.9 }],
    });
    const { text, values } = joined.dependencyModes[0]!;
    const markdown = buildMarkdown({ ...context(), failureSections: failureModesSections(joined, 'USD') });
    expect(markdown).toContain(
      `| Database (from Dependencies) | ${text.frequency} | ${text.timeToDetect} | ${text.timeToRecover} | ${text.usersAffected} |`,
    );
    // The CSV keeps every digit of its minutes.
    const csv = buildCsv({ ...context(), failureSections: failureModesSections(joined, 'USD') });
    expect(csv).toContain(
      `Database (from Dependencies),${text.frequency},${text.timeToDetect},${values.minutesToRecover.toString()} min,${text.usersAffected}`,
    );
  });
});
