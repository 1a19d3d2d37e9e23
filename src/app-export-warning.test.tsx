// @vitest-environment jsdom
import { renderApp } from './render-app.test-helper';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { calculatorStore } from './state/calculator-store';
import { defaultState } from './state/session';

// Exports made while a field holds text the figures do not use say so in the page's own words: the
// copied table and the copied answer carry the line the results show, and keep the figures of before.
vi.mock('./components/charts/charts-panel', () => ({ ChartsPanel: () => null }));

const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
beforeEach(() => {
  calculatorStore.setState(defaultState());
});
afterEach(() => {
  vi.unstubAllGlobals();
  if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
  else delete (navigator as { clipboard?: unknown }).clipboard;
});

/** A clipboard that records what is written, as rich items (html and text) and as text. */
function recordClipboard() {
  const items: Array<Record<string, Blob>> = [];
  const texts: string[] = [];
  vi.stubGlobal(
    'ClipboardItem',
    class {
      constructor(readonly parts: Record<string, Blob>) {}
    },
  );
  const write = vi.fn(async (written: Array<{ parts: Record<string, Blob> }>) => {
    items.push(...written.map((item) => item.parts));
  });
  const writeText = vi.fn(async (text: string) => {
    texts.push(text);
  });
  Object.defineProperty(navigator, 'clipboard', { value: { write, writeText }, configurable: true });
  return { items, texts };
}

const warning = () => document.querySelector('.figures-warning')?.textContent ?? '';

describe('copies made while a field holds text the figures do not use', () => {
  it('Copy table and Copy answer carry the page’s warning line and the figures from before the edit', async () => {
    const user = userEvent.setup();
    await renderApp();
    const copyTable = await screen.findByRole('button', { name: 'Copy table' }, { timeout: 10_000 });
    const copyAnswer = screen.getByRole('button', { name: 'Copy answer' });
    const { items, texts } = recordClipboard();

    // Before the edit: what the copies hold with every field fine.
    await user.click(copyTable);
    await screen.findByText('Table copied');
    await user.click(copyAnswer);
    await screen.findByText('Answer copied');
    const [tableBefore, answerBefore] = [await items[0]!['text/plain']!.text(), texts[0]!];
    const htmlBefore = await items[0]!['text/html']!.text();
    expect(htmlBefore).not.toContain('Figures use');

    const field = screen.getByRole('textbox', { name: 'Current availability' });
    await user.clear(field);
    await user.type(field, '1e6');
    const line = warning();
    expect(line).toMatch(/^Figures use Current availability 99\.5%, not your entry “1e6”/);

    await user.click(copyTable);
    await vi.waitFor(() => expect(items).toHaveLength(2));
    const text = await items[1]!['text/plain']!.text();
    // The line as the page words it (Markdown-escaped, in bold), then the table of before the edit.
    expect(text.split('\n')[0]!.replace(/\\(.)/g, '$1')).toBe(`> **${line}**`);
    expect(text.split('\n').slice(2).join('\n')).toBe(tableBefore);
    const html = new DOMParser().parseFromString(await items[1]!['text/html']!.text(), 'text/html');
    expect(html.querySelector('p')?.textContent).toBe(line);
    expect(html.querySelector('table')?.outerHTML).toBe(
      new DOMParser().parseFromString(htmlBefore, 'text/html').querySelector('table')?.outerHTML,
    );

    await user.click(copyAnswer);
    await vi.waitFor(() => expect(texts).toHaveLength(2));
    expect(texts[1]).toBe(`${line} ${answerBefore}`);
  });
});
