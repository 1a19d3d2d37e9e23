import { useCallback, useDeferredValue, useMemo } from 'react';
import { INDUSTRIES, WORKED_EXAMPLE_NAMES } from '../../model/presets';
import { useShallow } from 'zustand/react/shallow';
import { calculatorStore, useCalculator } from '../../state/calculator-store';
import { sessionOf, type CalculatorState, type PresetId } from '../../state/session';
import { shareUrl } from '../../state/share-link';
import { fieldIssuesStore, fieldIssuesText } from '../../state/field-issues-store';
import { resultGraphOf } from '../../state/use-result-graph';
import { answerText } from '../../format/answer-text';
import { formatMoney } from '../../format/format';
import { simulationViewStore } from './simulation-view-store';
import type { ExportContext } from '../../export/export-data';
import type { ResultGraph } from '../../model/result-graph';
import { isoDate } from '../../export/file-name';
import { fullAppUrl } from '../../export/links';

/** The name a preset goes by in files and footers. */
export function presetName(presetId: PresetId): string {
  return presetId === 'seed'
    ? WORKED_EXAMPLE_NAMES.name
    : (INDUSTRIES.find((i) => i.id === presetId)?.name ?? 'Custom');
}

/**
 * The link that reopens a session in the full calculator: built from the state itself (the address
 * bar is only rewritten once changes settle), without any `embed` parameter.
 */
export function shareLinkFor(state: CalculatorState): string {
  return fullAppUrl(shareUrl(window.location.href, sessionOf(state)));
}

/** The share link of the session on screen, recomputed when any input changes. */
export function useShareLink(): string {
  // Every part of the session, each an atomic selector (the store replaces a part when it changes).
  const session = useCalculator(useShallow(sessionOf));
  return useMemo(() => shareLinkFor(session), [session]);
}

/**
 * The share link of the session a moment after it changes: built in a deferred render React can
 * pause, for what is drawn below the comparison (the assumptions footer), so a slider's step does
 * not wait for the link's encoding.
 */
export function useDeferredShareLink(): string {
  const session = useDeferredValue(useCalculator(useShallow(sessionOf)));
  return useMemo(() => shareLinkFor(session), [session]);
}

/** Words the Answer for a result graph, or null when there is none (the page's own is `answerText`). */
export type AnswerOf = (graph: ResultGraph) => string | null;

/**
 * Returns a function that snapshots everything an export needs at the moment of the click, so the
 * file always matches the inputs of that moment (not a render ago). With `answerOf`, the snapshot
 * carries the Answer for the Markdown, "Copy answer" and the report.
 */
export function useExportSnapshot(answerOf?: AnswerOf): () => ExportContext {
  return useCallback(() => {
    const state = calculatorStore.getState();
    const graph = resultGraphOf(
      state.inputs,
      state.ranges.downtimeCostPerHour,
      state.failureModes,
      undefined,
      state.dependencies.tree,
    );
    return {
      graph,
      answer: answerOf ? answerOf(graph) : answerText(graph, (value) => formatMoney(value, state.currency)),
      currency: state.currency,
      presetName: presetName(state.presetId),
      caseName: state.caseName ?? presetName(state.presetId),
      date: isoDate(new Date()),
      shareLink: shareLinkFor(state),
      figuresNote: fieldIssuesText(fieldIssuesStore.getState().issues),
      simulation: state.simulation.enabled ? (simulationViewStore.getState().shown?.summary ?? null) : null,
    };
  }, [answerOf]);
}
