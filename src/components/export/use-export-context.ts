import { useCallback } from 'react';
import { INDUSTRIES } from '../../model/presets';
import { calculatorStore, type PresetId } from '../../state/calculator-store';
import { evaluate } from '../../model/scenarios';
import type { ExportContext } from './export-data';
import { isoDate } from './file-name';
import { fullAppUrl } from './links';

/** The name a preset goes by in files and footers. */
export function presetName(presetId: PresetId): string {
  return presetId === 'seed' ? 'Seed example' : (INDUSTRIES.find((i) => i.id === presetId)?.name ?? 'Custom');
}

/** The link that reopens the current scenario in the full calculator. */
export function currentShareLink(): string {
  return fullAppUrl(window.location.href);
}

/**
 * Returns a function that snapshots everything an export needs at the moment of the click, so the
 * file always matches the inputs of that moment (not a render ago).
 */
export function useExportSnapshot(): () => ExportContext {
  return useCallback(() => {
    const state = calculatorStore.getState();
    return {
      inputs: state.inputs,
      results: evaluate(state.inputs),
      currency: state.currency,
      presetName: presetName(state.presetId),
      costRange: state.costRange,
      date: isoDate(new Date()),
      shareLink: currentShareLink(),
    };
  }, []);
}
