import { extraNineText, formatMinutes } from '../../format/dependency-text';
import { formatAvailabilityFromUnavailability, formatInputNumber } from '../../format/format';
import { parseBounded } from '../../format/parse';
import {
  MAX_OWN_OUTAGES_PER_YEAR,
  treeNodes,
  type AnyOfGroup,
  type OwnOutage,
  type RegionsGroup,
} from '../../model/dependency-tree';
import type { DependencyFigureId, DependencyGraph } from '../../model/dependency-figures';
import { useCalculator, useCalculatorActions } from '../../state/calculator-store';
import { NumberField } from '../inputs/number-field';
import { DependencyTreeEditor } from './dependency-tree-editor';
import { FigureButton } from '../figure-button';
import { useDependencyGraph } from './use-dependency-graph';

const parseCount = (text: string) => parseBounded(text, { min: 0, max: MAX_OWN_OUTAGES_PER_YEAR });
const parseScope = (text: string) =>
  parseBounded(text.replace(/%\s*$/, ''), { min: 0, max: 100, minExclusive: true });

/** A cell of the Error budget table: the figure in minutes (a button that explains it), or why there is none. */
function MinutesCell({ graph, id }: { graph: DependencyGraph; id: DependencyFigureId }) {
  const figure = graph.figure(id);
  return (
    <td>
      {figure.value === null ? (
        `— (${figure.never ?? 'no value'})`
      ) : (
        <FigureButton id={id} label={figure.label} text={formatMinutes(figure.value)} />
      )}
    </td>
  );
}

/** The service's own outages a year by scope (the article's 1 full + 3 at 20 % by default). */
function OwnOutagesEditor({ outages }: { outages: readonly OwnOutage[] }) {
  const actions = useCalculatorActions();
  const edit = (change: (current: OwnOutage[]) => OwnOutage[]) =>
    actions.dependenciesEdited((d) => ({ ...d, ownOutages: change(d.ownOutages) }));
  const setLine = (index: number, patch: Partial<OwnOutage>) =>
    edit((current) => current.map((o, i) => (i === index ? { ...o, ...patch } : o)));
  return (
    <fieldset className="own-outages">
      <legend>The service’s own outages a year</legend>
      <p className="hint">
        Each kind: how many a year, and the share of users or requests each one takes down (100 % = a full
        outage; one shard of five = 20 %).
      </p>
      {outages.map((outage, index) => (
        <div className="dependency-row" key={index}>
          <NumberField
            label={`Outages a year, kind ${index + 1}`}
            value={outage.count}
            format={formatInputNumber}
            parse={parseCount}
            onCommit={(count) => setLine(index, { count })}
          />
          <NumberField
            label={`Scope of each, kind ${index + 1} (%)`}
            value={outage.scopePercent}
            format={formatInputNumber}
            parse={parseScope}
            valueText={(v) => `${formatInputNumber(v)} %`}
            onCommit={(scopePercent) => setLine(index, { scopePercent })}
          />
          <button type="button" onClick={() => edit((current) => current.filter((_, i) => i !== index))}>
            Remove outage kind {index + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => edit((current) => [...current, { count: 1, scopePercent: 100 }])}
        disabled={outages.length >= 10}
      >
        Add a kind of outage
      </button>
    </fieldset>
  );
}

/**
 * The Dependencies section: the tree editor, the availability ceiling the dependencies put on the
 * service, the error budget of each target scenario split between the dependencies and the service's
 * own outages (Treynor et al.), the rule of the extra 9 in words, and the note on independence. Every
 * figure is a figure of the dependency graph (dependency-figures.ts).
 */
export function DependenciesPanel({ focusOnOpen = false }: { focusOnOpen?: boolean }) {
  const { tree, ownOutages } = useCalculator((s) => s.dependencies);
  const graph = useDependencyGraph();
  const ceiling = graph.figure(graph.ceiling.unavailability);
  const ceilingText = ceiling.value === null ? null : formatAvailabilityFromUnavailability(ceiling.value);
  const downtime = graph.figure('dependencies.ceiling.downtimeMinutes');
  const equivalents = graph.figure(graph.fullOutageEquivalents);
  const redundant = treeNodes(tree).filter(
    (n): n is AnyOfGroup | RegionsGroup => n.kind === 'any-of' || n.kind === 'regions',
  );
  const flagged = graph.targets.filter((t) => t.flags.length > 0);
  return (
    <section className="panel dependencies" aria-labelledby="dependencies-heading">
      <h2 id="dependencies-heading">Dependencies and the error budget</h2>
      <p className="hint">
        A service cannot be more available than the product of the dependencies it needs. Give each one its
        SLA or measured availability (99.95, 99.95 %, four nines, 3.5 nines).
      </p>
      <DependencyTreeEditor tree={tree} graph={graph} focusOnOpen={focusOnOpen} />
      <p className="ceiling">
        <span id="dependencies-ceiling-label">Availability ceiling from dependencies</span>:{' '}
        <output aria-labelledby="dependencies-ceiling-label">
          {ceilingText === null ? (
            `none yet (${ceiling.never ?? 'cannot compute'})`
          ) : (
            <FigureButton
              id={graph.ceiling.availability}
              label="Availability ceiling from dependencies"
              text={ceilingText}
            />
          )}
        </output>
        {ceilingText && downtime.value ? (
          <>
            , that is{' '}
            <FigureButton id={downtime.id} label={downtime.label} text={formatMinutes(downtime.value)} /> of
            downtime a year.
          </>
        ) : null}
      </p>
      <OwnOutagesEditor outages={ownOutages} />
      <p className="hint">
        Full-outage equivalents a year:{' '}
        {equivalents.value === null ? '—' : formatInputNumber(equivalents.value.toNumber())}
      </p>
      {graph.targets.length > 0 ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Error budget, scrollable">
          <table aria-label="Error budget" className="budget-table">
            <thead>
              <tr>
                <th scope="col">Target</th>
                <th scope="col">Budget a year</th>
                <th scope="col">Taken by dependencies</th>
                <th scope="col">Left for the service</th>
                <th scope="col">Minutes per outage</th>
              </tr>
            </thead>
            <tbody>
              {graph.targets.map((t) => (
                <tr key={t.target.id}>
                  <th scope="row">
                    {t.target.label}
                    {t.reachable === false ? (
                      <>
                        {' '}
                        <small className="row-note">unreachable: above the {ceilingText} ceiling</small>
                      </>
                    ) : null}
                  </th>
                  <MinutesCell graph={graph} id={t.budget} />
                  <MinutesCell graph={graph} id={t.dependencies} />
                  <MinutesCell graph={graph} id={t.left} />
                  <MinutesCell graph={graph} id={t.perOutage} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="hint">
        Taken by dependencies is the downtime of the ceiling, 1 − the product of their availabilities. The
        article adds each dependency’s budget instead, which counts twice the minutes when two are down at
        once; the product is what the ceiling above means, and it works inside redundant groups too. Left for
        the service is what remains for its own outages; each may last the minutes left ÷ the full-outage
        equivalents, from start to recovery.
      </p>
      <h3>The rule of the extra 9</h3>
      {flagged.length === 0 ? (
        <p>
          {ceiling.value === null
            ? 'Give every dependency an availability to check the rule of the extra 9.'
            : 'Every critical dependency has at least one nine more than each target.'}
        </p>
      ) : (
        <ul className="extra-nine-flags">
          {flagged.flatMap((t) =>
            t.flags.map((flag) => (
              <li key={`${t.target.id}-${flag.nodeId}`}>{extraNineText(flag, t.target.label)}.</li>
            )),
          )}
        </ul>
      )}
      <p className="hint independence-note">
        Redundancy figures (“any of”, regions) assume the copies fail independently, and “correlation is never
        zero” (Treynor et al.): a common-cause share on a redundant group takes that share of its best copy’s
        downtime as shared by every copy, which limits what redundancy gives.{' '}
        {redundant.length === 0
          ? 'No redundant group yet.'
          : `Now: ${redundant
              .map((g) => `${g.name} at ${formatInputNumber(g.commonCauseSharePercent)} %`)
              .join(', ')}.`}
      </p>
    </section>
  );
}
