import { useEffect, useId, useRef, useState } from 'react';
import { calculatorStore, useCalculatorActions } from '../../state/calculator-store';
import { shareLinkFor, useShareLink } from './use-export-context';
import { copyText } from './download';
import { CaseControls } from './case-controls';

const currentShareUrl = () => shareLinkFor(calculatorStore.getState());

/**
 * "Copy share link" and "Reset", and the case's name, "Save case" and "Open case". The link is built from the store at the moment of the click (the
 * address bar is rewritten only after changes settle). Where the clipboard is missing or refused
 * (an insecure origin, a denied permission), the link is shown in a read-only field instead.
 */
export function SessionToolbar() {
  const actions = useCalculatorActions();
  const [status, setStatus] = useState('');
  const [showLink, setShowLink] = useState(false);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);

  const copyLink = async () => {
    setStatus('');
    if (await copyText(currentShareUrl())) {
      setShowLink(false);
      setStatus('Link copied');
    } else {
      setShowLink(true);
    }
  };

  const closeConfirmation = (confirmed: boolean) => {
    setConfirmingReset(false);
    if (confirmed) {
      actions.reset();
      setShowLink(false);
      setStatus('Inputs reset to the defaults');
    }
    resetButton.current?.focus();
  };

  return (
    <div className="session-toolbar">
      <div className="toolbar-buttons">
        <button type="button" onClick={copyLink}>
          Copy share link
        </button>
        <button
          type="button"
          ref={resetButton}
          aria-expanded={confirmingReset}
          onClick={() => setConfirmingReset(true)}
        >
          Reset
        </button>
        <CaseControls onStatus={setStatus} />
        {/* Always in the page, so screen readers announce each new message. */}
        <span role="status" className="toolbar-status">
          {status}
        </span>
      </div>
      {showLink ? <ShareLinkField /> : null}
      {confirmingReset ? <ResetConfirmation onClose={closeConfirmation} /> : null}
    </div>
  );
}

/** The link in a read-only field for copying by hand, kept current while the inputs change. */
function ShareLinkField() {
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const url = useShareLink();
  useEffect(() => {
    // Ready for Ctrl+C / ⌘C at once.
    field.current?.focus();
    field.current?.select();
  }, []);
  return (
    <div className="share-link-field">
      <label htmlFor={id}>Share link</label>
      <input
        id={id}
        ref={field}
        type="text"
        readOnly
        value={url}
        aria-describedby={`${id}-hint`}
        onFocus={(e) => e.currentTarget.select()}
      />
      <small id={`${id}-hint`} className="hint">
        This browser did not let Nines copy the link: select it and copy it yourself.
      </small>
    </div>
  );
}

/** An in-page confirmation (not window.confirm): Cancel has focus first, and Escape cancels. */
function ResetConfirmation({ onClose }: { onClose: (confirmed: boolean) => void }) {
  const id = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      className="confirm-reset"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose(false);
      }}
    >
      <p id={`${id}-title`} className="confirm-title">
        Reset to the defaults?
      </p>
      <p id={`${id}-text`}>
        Every input goes back to the worked example. Copy a share link first if you want to keep these
        figures.
      </p>
      <div className="toolbar-buttons">
        <button type="button" className="danger" onClick={() => onClose(true)}>
          Reset to defaults
        </button>
        <button type="button" ref={cancel} onClick={() => onClose(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
