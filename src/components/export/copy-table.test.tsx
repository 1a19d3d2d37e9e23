// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExportToolbar } from './export-toolbar';
import { calculatorStore } from '../../state/calculator-store';
import { defaultState } from '../../state/session';
import { formatMoney } from '../../format/format';
import { evaluateResultGraph, type ResultGraph } from '../../model/result-graph';
import { answerText } from '../../format/answer-text';
import { answerSentence } from '../../export/answer-sentence';

const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
beforeEach(() => {
  calculatorStore.setState(defaultState());
  window.history.replaceState(null, '', '/nines/#s=test');
});
afterEach(() => {
  vi.unstubAllGlobals();
  if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
  else delete (navigator as { clipboard?: unknown }).clipboard;
});

/** A clipboard that records what is written, in both of its ways. */
function recordClipboard() {
  const items: Array<Record<string, Blob>> = [];
  const writeText = vi.fn().mockResolvedValue(undefined);
  vi.stubGlobal(
    'ClipboardItem',
    class {
      constructor(readonly parts: Record<string, Blob>) {}
    },
  );
  const write = vi.fn(async (written: Array<{ parts: Record<string, Blob> }>) => {
    items.push(...written.map((item) => item.parts));
  });
  Object.defineProperty(navigator, 'clipboard', { value: { write, writeText }, configurable: true });
  return { items, writeText };
}

describe('Copy table and Copy answer', () => {
  it('Copy table puts the decision table on the clipboard as HTML and as Markdown text', async () => {
    const user = userEvent.setup();
    render(<ExportToolbar />);
    const { items } = recordClipboard();
    await user.click(screen.getByRole('button', { name: 'Copy table' }));
    expect(await screen.findByText('Table copied')).toHaveAttribute('role', 'status');
    expect(items).toHaveLength(1);
    const html = await items[0]!['text/html']!.text();
    const text = await items[0]!['text/plain']!.text();
    const table = new DOMParser().parseFromString(html, 'text/html').querySelector('table')!;
    expect([...table.rows[0]!.cells].map((c) => c.textContent)).toEqual(
      text.split('\n')[0]!.slice(2, -2).split(' | '),
    );
    expect(text).toMatch(/^\| Scenario \| Availability \|/);
    expect(text).toContain('| $69,120,000 |');
    expect(table.rows[2]!.cells[4]!.textContent).toBe('$69,120,000');
  });

  it('without ClipboardItem, Copy table copies the Markdown text', async () => {
    const user = userEvent.setup();
    render(<ExportToolbar />);
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy table' }));
    expect(await screen.findByText('Table copied')).toBeInTheDocument();
    expect(writeText.mock.calls[0]![0]).toMatch(/^\| Scenario \|/);
  });

  it('Copy answer copies the first sentence of the page’s own Answer', async () => {
    const user = userEvent.setup();
    render(<ExportToolbar />);
    const { writeText } = recordClipboard();
    await user.click(screen.getByRole('button', { name: 'Copy answer' }));
    expect(await screen.findByText('Answer copied')).toBeInTheDocument();
    const { inputs, ranges } = defaultState();
    const answer = answerText(evaluateResultGraph(inputs, ranges.downtimeCostPerHour), (v) =>
      formatMoney(v, 'USD'),
    );
    expect(writeText).toHaveBeenCalledWith(answerSentence(answer));
    expect(writeText.mock.calls[0]![0]).toMatch(/^Go to 99\.9 %: .*\.$/);
  });

  it('Copy answer copies the first sentence of the answer of the inputs of the moment', async () => {
    const user = userEvent.setup();
    // A stand-in for the Answer's own wording: two sentences, the first built from the graph.
    const answerOf = (graph: ResultGraph) =>
      `Downtime costs ${formatMoney(graph.value('baseline.annualDowntimeCost')!, 'USD')} a year. The rest follows.`;
    render(<ExportToolbar answerOf={answerOf} />);
    const { writeText } = recordClipboard();
    await user.click(screen.getByRole('button', { name: 'Copy answer' }));
    expect(await screen.findByText('Answer copied')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith('Downtime costs $86,400,000 a year.');
  });
});
