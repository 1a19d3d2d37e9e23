import { useState } from 'react';
import { formatInputNumber, formatNumber, formatPercent } from '../../format/format';
import { frequencyConventionText, minutesText } from '../../format/failure-text';
import { parseBounded, parseNumberText } from '../../format/parse';
import {
  FAILURE_CATALOGUE_IDS,
  FAILURE_CATALOGUE_NAMES,
  type FailureCatalogueId,
} from '../../model/failure-catalogues';
import { FAILURE_MODE_FIELDS, type FailureModeField } from '../../model/failure-modes';
import {
  useCalculatorActions,
  useCompact,
  useCurrency,
  useFailureModes,
  useInputs,
} from '../../state/calculator-store';
import {
  capChanged,
  catalogueChosen,
  incidentsPerYearChanged,
  modeAdded,
  modeNameChanged,
  modeRemoved,
  modeTextChanged,
  baselineSwitchToggled,
} from '../../state/failure-modes-edits';
import { fieldKey, readFailureModes, type FailureModesReading } from '../../state/failure-modes-reading';
import type { FailureModesSession } from '../../state/session';
import type { CalculatorInputs } from '../../model/scenarios';
import type { DependencyTree } from '../../model/dependency-tree';
import { useDependencyTree, useFailureModesReader } from '../../state/use-result-graph';
import { failureModeGraphOf } from '../../state/failure-mode-graph';
import { scenarioLabel } from '../../model/scenario-label';
import { FailureTextField } from './failure-text-field';
import { shareText } from './failure-figures-text';
import { LeverTable } from './lever-table';
import { NumberField } from '../inputs/number-field';
import { FigureButton } from '../figure-button';
import {
  CATALOGUE_AVAILABILITY,
  FIELD_LABELS,
  modeFigureId,
  shareFigureId,
  uniqueRowNames,
  type FailureModeFigureId,
} from '../../model/failure-mode-figures';

const PLACEHOLDERS: Record<FailureModeField, string> = {
  frequency: '1-2 per year',
  timeToDetect: '<30s',
  timeToRecover: '5-30min',
  usersAffected: 'SEV2',
};

/** The cap as typed, a percent of the budget ("10" or "10 %"): above 0 and at most 100, as the session schema has it. */
const parseCap = (text: string) => parseBounded(text, { min: 0, max: 100, minExclusive: true });
const capValueText = (capPercent: number) => `${formatInputNumber(capPercent)} %`;

/** What the figure buttons' names are made of: the rows and levers, the tree, the targets, the convention. */
interface NamesKey {
  session: FailureModesSession;
  tree: DependencyTree;
  targets: string;
  convention: CalculatorInputs['periodConvention'];
  joined: number;
}
const sameNames = (a: NamesKey, b: NamesKey) =>
  a.session === b.session &&
  a.tree === b.tree &&
  a.targets === b.targets &&
  a.convention === b.convention &&
  a.joined === b.joined;

/**
 * The section's figure graph, for its buttons' names only: built again when what the names are made
 * of changes, never for the money alone, so the graph (every lever's NPV and IRR again) is not built
 * at every slider step. Kept from an earlier render in state, as React's "storing information from
 * previous renders" does. The explanation builds the graph of the figures on screen itself
 * (section-explain-dialog.tsx).
 */
function useNamesGraph(
  reading: FailureModesReading,
  session: FailureModesSession,
  inputs: CalculatorInputs,
  tree: DependencyTree,
) {
  const key: NamesKey = {
    session,
    tree,
    targets: inputs.scenarios.map(scenarioLabel).join('\n'),
    convention: inputs.periodConvention,
    joined: reading.dependencyModes.length,
  };
  const [kept, setKept] = useState(() => ({ key, graph: failureModeGraphOf(reading, session, inputs) }));
  if (sameNames(kept.key, key)) return kept.graph;
  const graph = failureModeGraphOf(reading, session, inputs);
  setKept({ key, graph });
  return graph;
}

/**
 * "Availability from what actually breaks": the failure catalogue, each mode's bad minutes a year
 * and share of each target's error budget, the availability they imply, the switch that makes it
 * today's availability, and the levers with the plan. Every figure comes from failure-modes.ts
 * through `readFailureModes`.
 */
export function FailureModesSection() {
  const session = useFailureModes();
  const inputs = useInputs();
  const currency = useCurrency();
  const compact = useCompact();
  const { failureModesEdited: edit } = useCalculatorActions();
  // Renders again when the dependencies' code arrives (the reader changes then).
  useFailureModesReader();
  const tree = useDependencyTree();
  const reading = readFailureModes(session, inputs, tree);
  const { catalogue } = reading;
  const labels = useNamesGraph(reading, session, inputs, tree);
  // A figure of the section as a button that explains it, named after the figure.
  const figure = (id: FailureModeFigureId, text: string) => (
    <FigureButton id={id} label={labels.figure(id).label} text={text} />
  );
  const names = uniqueRowNames(
    session.modes.map((m) => m.name),
    'failure mode',
    'row',
  );
  const capText = capValueText(session.capPercent);
  // A row's computed cells, typed mode or joined dependency alike: its bad minutes, then its share of
  // each target's budget (over the cap said in words).
  const figureCells = (index: number, rowId: string) => {
    const bad = catalogue.modes[index]?.badMinutesPerYear ?? null;
    return (
      <>
        <td>
          {bad === null ? 'needs a value' : figure(modeFigureId(rowId, 'badMinutes'), minutesText(bad))}
        </td>
        {reading.budgets.map((budget) => {
          const share = budget.figures.modes[index]!;
          return (
            <td key={budget.scenarioId}>
              {share.shareOfBudget === null
                ? '—'
                : figure(shareFigureId(budget.scenarioId, rowId), shareText(share.shareOfBudget))}
              {share.overCap ? <strong className="over-cap"> over the {capText} cap</strong> : null}
            </td>
          );
        })}
      </>
    );
  };
  const incomplete = catalogue.incompleteModeIds.length;
  return (
    <section className="panel failure-modes" aria-labelledby="failure-modes-heading">
      <h2 id="failure-modes-heading">What actually breaks</h2>
      <p className="hint">
        Bad minutes a year = incidents a year × (time to detect + time to recover) × share of users affected
        (full-outage-equivalent minutes, as in Google’s risk-analysis sheet), stack-ranked against each
        target’s error budget. {frequencyConventionText(inputs.periodConvention)}
      </p>
      <div className="field">
        <label htmlFor="failure-catalogue">Failure catalogue</label>
        <select
          id="failure-catalogue"
          value={session.catalogueId}
          onChange={(e) => edit(catalogueChosen(e.target.value as FailureCatalogueId))}
        >
          {FAILURE_CATALOGUE_IDS.map((id) => (
            <option key={id} value={id}>
              {FAILURE_CATALOGUE_NAMES[id]}
            </option>
          ))}
        </select>
        <small className="hint">
          Picking a catalogue replaces the rows and levers below (Undo brings them back). Production failures
          read each impact as a share of users; stale reads are served, so they count as 0 % (not downtime).
          Vague words (“minutes”, “hours”, “self-healing”) are read as the ranges stated beside the field.
        </small>
      </div>
      {session.catalogueId === 'root-causes-seed' && session.incidentsPerYear !== null ? (
        <IncidentsField value={session.incidentsPerYear} onCommit={(n) => edit(incidentsPerYearChanged(n))} />
      ) : null}
      <NumberField
        label="Cap on one mode's share of the budget (%)"
        value={session.capPercent}
        format={formatInputNumber}
        parse={parseCap}
        valueText={capValueText}
        onCommit={(capPercent) => edit(capChanged(capPercent))}
        hint="A mode whose share of a target’s error budget is above this is marked over the cap in the table."
      />
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Failure modes, scrollable">
        <table aria-label="Failure modes" className="scenario-table failure-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              {FAILURE_MODE_FIELDS.map((field) => (
                <th scope="col" key={field}>
                  {FIELD_LABELS[field]}
                </th>
              ))}
              <th scope="col">Bad minutes a year</th>
              {reading.budgets.map((budget) => (
                <th scope="col" key={budget.scenarioId}>
                  Share of the budget at {budget.label} ({minutesText(budget.figures.budgetMinutesPerYear)}{' '}
                  min)
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {reading.modes.map((modeReading, index) => {
              const { row } = modeReading;
              const name = names[index]!;
              const rowId = row.id;
              return (
                <tr key={row.id}>
                  <th scope="row">
                    <FailureTextField
                      label={`Name of failure mode ${index + 1}`}
                      text={row.name}
                      reading={null}
                      memoryKey={null}
                      onChange={(text) => edit(modeNameChanged(row.id, text))}
                    />
                  </th>
                  {FAILURE_MODE_FIELDS.map((field) => (
                    <td key={field}>
                      <FailureTextField
                        label={`${FIELD_LABELS[field]} of ${name}`}
                        text={row.text[field]}
                        reading={modeReading.fields[field]}
                        memoryKey={fieldKey(row.id, field)}
                        placeholder={PLACEHOLDERS[field]}
                        onChange={(text) => edit(modeTextChanged(row.id, field, text))}
                      />
                    </td>
                  ))}
                  {figureCells(index, rowId)}
                  <td>
                    <button type="button" className="remove" onClick={() => edit(modeRemoved(row.id))}>
                      Remove {name}
                    </button>
                  </td>
                </tr>
              );
            })}
            {reading.dependencyModes.map((dependency, j) => {
              const index = reading.modes.length + j;
              const rowId = dependency.id;
              return (
                <tr key={dependency.id} className="from-dependencies">
                  <th scope="row">
                    {dependency.name} <small className="hint">(from Dependencies)</small>
                  </th>
                  {/* Its downtime a year as one full outage found at once: edit it under Dependencies. */}
                  {FAILURE_MODE_FIELDS.map((field) => (
                    <td key={field}>{dependency.text[field]}</td>
                  ))}
                  {figureCells(index, rowId)}
                  <td />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <button type="button" onClick={() => edit(modeAdded)}>
        Add failure mode
      </button>
      <p className="summary">
        <span id="failure-availability-label">Availability from failure modes</span>:{' '}
        <output aria-labelledby="failure-availability-label">
          {catalogue.availabilityPercent === null
            ? `not yet: ${incomplete} failure ${incomplete === 1 ? 'mode needs' : 'modes need'} a value`
            : figure(CATALOGUE_AVAILABILITY, formatPercent(catalogue.availabilityPercent))}
        </output>
        {catalogue.badMinutesPerYear !== null && catalogue.downtimeHoursPerYear !== null ? (
          <>
            {' ('}
            {figure('failureModes.catalogue.badMinutes', minutesText(catalogue.badMinutesPerYear))} bad
            minutes,{' '}
            {figure('failureModes.catalogue.downtimeHours', formatNumber(catalogue.downtimeHoursPerYear, 2))}{' '}
            hours of downtime a year)
          </>
        ) : null}
      </p>
      {reading.budgets.map((budget) =>
        budget.figures.fits === false && budget.figures.missFactor !== null ? (
          <p className="hint" key={budget.scenarioId}>
            The failure modes miss {budget.label}: they spend its error budget{' '}
            {formatNumber(budget.figures.missFactor, 2)} times over.
          </p>
        ) : null,
      )}
      <label className="toggle">
        <input
          type="checkbox"
          role="switch"
          checked={session.useForBaseline}
          onChange={(e) => edit(baselineSwitchToggled(e.target.checked))}
        />{' '}
        Use failure modes for today&apos;s availability
      </label>
      <small className="hint">
        While it is on, each critical dependency under Dependencies joins the table as a row of its own (its
        downtime a year as one full outage; a redundant group as one row, the group’s downtime), so today’s
        availability includes them. Their minutes add up as the failure modes’ do.
      </small>
      {reading.dependenciesPending ? <p className="hint">Adding the dependencies…</p> : null}
      {reading.dependenciesLeftOut.length > 0 ? (
        <p className="hint">
          Left out until they have figures under Dependencies: {reading.dependenciesLeftOut.join(', ')}.
        </p>
      ) : null}
      {reading.baselineNote ? <p className="field-error">{reading.baselineNote}</p> : null}
      <LeverTable reading={reading} names={names} currency={currency} compact={compact} figure={figure} />
    </section>
  );
}

/** "Incidents a year" of "Root causes (seed)": every root cause's frequency follows it. */
function IncidentsField({ value, onCommit }: { value: number; onCommit(value: number): void }) {
  const [text, setText] = useState(() => String(value));
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="field">
      <label htmlFor="incidents-a-year">Incidents a year</label>
      <input
        id="incidents-a-year"
        type="text"
        inputMode="decimal"
        value={text}
        aria-invalid={message !== null}
        aria-describedby={message !== null ? 'incidents-a-year-message' : 'incidents-a-year-hint'}
        onChange={(e) => {
          setText(e.target.value);
          const read = parseNumberText(e.target.value);
          if (!read.ok) setMessage(`${read.message} The figures use ${value}.`);
          else if (read.value < 0 || read.value > 1_000_000)
            setMessage(`Enter a count from 0 to 1,000,000. The figures use ${value}.`);
          else {
            setMessage(null);
            onCommit(read.value);
          }
        }}
      />
      {message !== null ? (
        <small className="field-error" id="incidents-a-year-message">
          {message}
        </small>
      ) : (
        <small className="hint" id="incidents-a-year-hint">
          Each cause happens its share of these; detection is 5 minutes (the standard timeline), recovery the
          table’s MTTR, each incident a full outage.
        </small>
      )}
    </div>
  );
}
