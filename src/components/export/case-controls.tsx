import { useEffect, useId, useRef, useState } from 'react';
import { LIMITS } from '../../model/limits';
import { calculatorStore, useCalculator, useCalculatorActions } from '../../state/calculator-store';
import { noticesStore } from '../../state/notices-store';
import { exportFileName, isoDate } from '../../export/file-name';
import { downloadBlob } from './download';
import { presetName } from './use-export-context';

/** The notice of a case file that would not open (one at a time; a good file dismisses it). */
const CASE_FILE_NOTICE_ID = 'case-file';

/** The name a case goes by in files and titles: the one typed, else its preset's. */
const caseNameOf = (state: { caseName: string | null; presetId: Parameters<typeof presetName>[0] }) =>
  state.caseName ?? presetName(state.presetId);

/** Whether a drag carries files (not text or a link dragged within the page). */
const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Opens a case file into the session, or shows why it cannot in a notice and changes nothing.
 * Returns the status line: "Opened <file name>", or empty when it did not open.
 */
async function openCase(file: File): Promise<string> {
  const { openCaseBlob } = await import('../../state/case-file');
  const { noticeShown, noticeDismissed } = noticesStore.getState().actions;
  const result = await openCaseBlob(file);
  if (!result.ok) {
    noticeShown({
      id: CASE_FILE_NOTICE_ID,
      tone: 'error',
      message: `This case file could not be opened: ${result.message}. Keeping your current session.`,
    });
    return '';
  }
  calculatorStore.getState().actions.sessionRestored(result.state);
  noticeDismissed(CASE_FILE_NOTICE_ID);
  return `Opened ${file.name}`;
}

/**
 * "Case name", "Save case" and "Open case" (a file picker, or a file dropped anywhere on the page).
 * The code that builds and reads case files loads on the first save or open (src/state/case-file.ts).
 * A file that does not open leaves the session as it was and says why in a notice, in the share
 * link's words.
 */
export function CaseControls({ onStatus }: { onStatus: (text: string) => void }) {
  // `onStatus` should be stable (a state setter): the page-wide drop listener is added again when it changes.
  const id = useId();
  const actions = useCalculatorActions();
  const caseName = useCalculator((s) => s.caseName);
  const preset = useCalculator((s) => s.presetId);
  // While the field is being edited its text is the user's, even when empty (the store keeps null
  // for "the preset's name"); once it loses focus it shows the name the case goes by.
  const [draft, setDraft] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);

  const saveCase = async () => {
    const { buildCaseFile } = await import('../../state/case-file');
    const state = calculatorStore.getState();
    const date = isoDate(new Date());
    const name = exportFileName(caseNameOf(state), date, 'json');
    downloadBlob(new Blob([buildCaseFile(state, date)], { type: 'application/json' }), name);
    onStatus(`Saved ${name}`);
  };

  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!carriesFiles(event) || !file) return;
      // Else the browser would navigate away to the file.
      event.preventDefault();
      void openCase(file).then(onStatus);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [onStatus]);

  return (
    <div className="case-controls">
      <span className="case-name">
        <label htmlFor={`${id}-name`}>Case name</label>
        <input
          id={`${id}-name`}
          type="text"
          maxLength={LIMITS.maxLabelLength}
          value={draft ?? caseName ?? presetName(preset)}
          onChange={(e) => {
            setDraft(e.target.value);
            actions.caseNameChanged(e.target.value);
          }}
          onBlur={() => setDraft(null)}
        />
      </span>
      <button type="button" onClick={() => void saveCase()}>
        Save case
      </button>
      <button type="button" onClick={() => picker.current?.click()}>
        Open case
      </button>
      <input
        ref={picker}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Case file to open"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared, so choosing the same file again opens it again.
          e.target.value = '';
          if (file)
            void openCase(file).then((status) => {
              setDraft(null);
              onStatus(status);
            });
        }}
      />
    </div>
  );
}
