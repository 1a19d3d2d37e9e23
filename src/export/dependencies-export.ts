import { dependencyFigureText, extraNineText } from '../format/dependency-text';
import { formatAvailabilityFromUnavailability, formatInputNumber } from '../format/format';
import { isGroup, type DependencyNode } from '../model/dependency-tree';
import {
  DEPENDENCY_FORMULAS,
  type DependencyFigure,
  type DependencyFigureId,
  type DependencyGraph,
} from '../model/dependency-figures';
import { plainDecimal } from '../format/plain-number';
import { escapeMarkdownCell } from './markdown';

/*
 * The Dependencies section of the exports, as pure builders over the dependency graph: every figure
 * with its id, label, unit, exact value and source for the CSV (so each can be explained and checked),
 * and the section as the page shows it for Markdown.
 */

/** Where a figure comes from, in words: the input it was typed in, the convention, or its formula. */
export function figureSourceText(figure: DependencyFigure): string {
  const { source } = figure;
  switch (source.kind) {
    case 'input':
      return `input ${source.input}`;
    case 'convention':
      return `convention: ${source.detail}`;
    case 'formula':
      return `${DEPENDENCY_FORMULAS[source.formula].words}: ${DEPENDENCY_FORMULAS[source.formula].symbols}, with ${source.terms.map((t) => `${t.symbol} = ${t.figure}`).join(', ')}`;
  }
}

/**
 * A figure as the page shows it, and for a range's best estimate the range it comes from beside it:
 * "99.968 % (best estimate of the range 99.9–99.99 %)".
 */
function figureShown(graph: DependencyGraph, figure: DependencyFigure): string {
  const shown = dependencyFigureText(graph, figure);
  const { source } = figure;
  if (source.kind !== 'formula' || source.formula !== 'rangeBestEstimate') return shown;
  const [low, high] = source.terms.map((t) => graph.figure(t.figure).value);
  if (!low || !high) return shown;
  return `${shown} (best estimate of the range ${formatInputNumber(low.toNumber())}–${formatInputNumber(high.toNumber())} %)`;
}

/**
 * The CSV section: a header row (`figure id, label, unit, value, shown, source`) then one row per
 * figure of the graph, in the order they were computed (terms before the figures that use them), at
 * full precision (`value`; empty with the reason in `shown` when there is none).
 */
export function dependenciesCsvRows(graph: DependencyGraph): string[][] {
  return [
    ['figure id', 'label', 'unit', 'value', 'shown', 'source'],
    ...[...graph.figures.values()].map((figure) => [
      figure.id,
      figure.label,
      figure.unit,
      figure.value === null ? '' : plainDecimal(figure.value),
      figureShown(graph, figure),
      figureSourceText(figure),
    ]),
  ];
}

const GROUP_WORDS = { 'all-of': 'all of', 'any-of': 'any of', regions: 'regions' } as const;

/** The tree as a nested Markdown list: each part with its kind and what it comes to. */
function treeLines(graph: DependencyGraph, node: DependencyNode, depth: number, router = false): string[] {
  const indent = '  '.repeat(depth);
  const shown = (id: DependencyFigureId) => escapeMarkdownCell(dependencyFigureText(graph, graph.figure(id)));
  const name = escapeMarkdownCell(node.name);
  if (!isGroup(node))
    return [
      `${indent}- ${router ? 'Router ' : ''}${name}: ${
        node.availabilityRange
          ? escapeMarkdownCell(
              figureShown(graph, graph.figure(`dependencies.node.${node.id}.availabilityPercent`)),
            )
          : shown(`dependencies.node.${node.id}.availability`)
      }`,
    ];
  const kind =
    node.kind === 'regions'
      ? `${node.regionCount} regions, common-cause share ${formatInputNumber(node.commonCauseSharePercent)} %`
      : node.kind === 'any-of'
        ? `any of, common-cause share ${formatInputNumber(node.commonCauseSharePercent)} %`
        : GROUP_WORDS[node.kind];
  return [
    `${indent}- ${name} (${kind}): ${shown(`dependencies.node.${node.id}.availability`)}`,
    ...(node.kind === 'regions' && node.router ? treeLines(graph, node.router, depth + 1, true) : []),
    ...node.children.flatMap((child) => treeLines(graph, child, depth + 1)),
  ];
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

/**
 * The Markdown section "Dependencies": the ceiling, the tree, the "Error budget" table (target, budget
 * a year, taken by dependencies, left for the service, minutes per outage), the extra-nine flags and
 * the note on independence, with the figures as the page shows them.
 */
export function dependenciesMarkdown(graph: DependencyGraph): string {
  // Minutes without "a year": the table's headings and the ceiling's sentence say it.
  const shown = (id: DependencyFigureId) =>
    escapeMarkdownCell(dependencyFigureText(graph, graph.figure(id), true));
  const ceiling = graph.figure(graph.ceiling.unavailability);
  const tree = graph.tree.children.flatMap((child) => treeLines(graph, child, 0));
  const flags = graph.targets.flatMap((t) =>
    t.flags.map((flag) => `- ${escapeMarkdownCell(extraNineText(flag, t.target.label))}.`),
  );
  const lines = [
    '## Dependencies',
    '',
    `Availability ceiling from dependencies: ${
      ceiling.value === null
        ? escapeMarkdownCell(`none yet (${ceiling.never ?? 'cannot compute'})`)
        : `${escapeMarkdownCell(formatAvailabilityFromUnavailability(ceiling.value))}, ${shown('dependencies.ceiling.downtimeMinutes')} of downtime a year`
    }`,
    '',
    ...(tree.length > 0 ? tree : ['No dependencies yet.']),
    '',
    `Own outages a year: ${shown(graph.fullOutageEquivalents)} full-outage equivalents.`,
    '',
    row(['Target', 'Budget a year', 'Taken by dependencies', 'Left for the service', 'Minutes per outage']),
    row(['---', '---:', '---:', '---:', '---:']),
    ...graph.targets.map((t) =>
      row([
        escapeMarkdownCell(
          t.reachable === false ? `${t.target.label} (unreachable: above the ceiling)` : t.target.label,
        ),
        shown(t.budget),
        shown(t.dependencies),
        shown(t.left),
        shown(t.perOutage),
      ]),
    ),
    '',
    ...(flags.length > 0 ? ['Rule of the extra 9:', '', ...flags, ''] : []),
    'Redundancy figures assume independent failures unless a common-cause share is given; “correlation is never zero” (Treynor et al., 2017).',
  ];
  return `${lines.join('\n')}\n`;
}
