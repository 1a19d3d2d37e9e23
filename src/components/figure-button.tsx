/**
 * A figure of a section, as a button that explains it: the explain host (results/explain-host.tsx)
 * opens the dialog on any `button[data-figure]`. Named after the figure and what it is ("Bad minutes
 * a year of Network Partition: 156.43"), so each is unique and says what it shows.
 */
export function FigureButton({ id, label, text }: { id: string; label: string; text: string }) {
  return (
    <button type="button" className="figure" data-figure={id} aria-label={`${label}: ${text}`}>
      {text}
    </button>
  );
}
