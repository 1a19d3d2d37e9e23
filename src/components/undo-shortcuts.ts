/**
 * Ctrl/⌘+Z undoes the last change of the session's inputs and Ctrl/⌘+Shift+Z (or Ctrl+Y) redoes
 * it — except while the focus is in a text field, where those keys belong to the field's own text
 * (undoing half a word is what a person means there). Returns a function that stops listening.
 */
export function listenForUndoKeys(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  { undo, redo }: { undo: () => void; redo: () => void },
): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const element = event.target as HTMLElement | null;
    if (element?.closest?.('input[type="text"], input:not([type]), textarea, [contenteditable="true"]'))
      return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) undo();
    else if ((key === 'z' && event.shiftKey) || (key === 'y' && event.ctrlKey)) redo();
    else return;
    event.preventDefault();
  };
  target.addEventListener('keydown', onKeyDown);
  return () => target.removeEventListener('keydown', onKeyDown);
}
