// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { App } from '../../app';
import { calculatorStore } from '../../state/calculator-store';
import { defaultState } from '../../state/session';

beforeEach(() => {
  calculatorStore.setState(defaultState());
  window.history.replaceState(null, '', '/nines/#s=test');
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Captures what the page hands to a download link instead of saving it. */
function captureDownloads() {
  const saved: Array<{ name: string; blob: Blob }> = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${(n += 1)}`;
    blobs.set(url, blob);
    return url;
  }) as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return saved;
}

describe('export toolbar', () => {
  it('Export CSV saves a dated file whose table parses back to the figures', async () => {
    const saved = captureDownloads();
    const user = userEvent.setup();
    render(<App />);
    // The toolbar is a lazy chunk: its first import in a test run takes a while to transform.
    const button = await screen.findByRole('button', { name: 'Export CSV' }, { timeout: 10_000 });
    // The day of the export names the file; fixed only now, as jsdom's animation frames run on Date.
    vi.useFakeTimers({ now: new Date(2026, 10, 24, 10, 0), toFake: ['Date'] });
    await user.click(button);
    await screen.findByText('Saved nines-worked-example-2026-11-24.csv');
    vi.useRealTimers();
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toBe('nines-worked-example-2026-11-24.csv');
    const text = await saved[0]!.blob.text();
    const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, '').split('\r\n\r\n')[0]!).data;
    expect(rows[2]![rows[0]!.indexOf('Annual savings (USD a year)')]).toBe('69120000.00');
    // The link is built from the session itself, so it reopens exactly these figures.
    expect(text).toMatch(/\r\nShare link,http:\/\/localhost:3000\/nines\/#s=[A-Za-z0-9_-]{100,}\r\n/);
  });

  it('Copy as Markdown puts the table on the clipboard', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    render(<App />);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(await screen.findByRole('button', { name: 'Copy as Markdown' }));
    expect(await screen.findByText('Markdown table copied')).toBeInTheDocument();
    // The title, the Answer's paragraph, then the table.
    expect(writeText.mock.calls[0]![0]).toMatch(
      /^## Worked example, \d{4}-\d{2}-\d{2}\n\nGo to 99\.9 %: .*\n\n\| Scenario \| Availability \|/,
    );
    expect(writeText.mock.calls[0]![0]).toContain('| $69,120,000 |');
  });

  it('when the clipboard is refused, shows the embed code for manual copying', async () => {
    const user = userEvent.setup();
    render(<App />);
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError')) },
      configurable: true,
    });
    await user.click(await screen.findByRole('button', { name: 'Copy embed code' }));
    const field = await screen.findByLabelText('Embed code');
    expect((field as HTMLTextAreaElement).value).toMatch(
      /^<iframe src="http:\/\/localhost:3000\/nines\/\?embed=1#s=[A-Za-z0-9_-]+" title="Nines: reliability ROI" width="100%" height="1180" style="border:0;max-width:1100px" loading="lazy"><\/iframe>$/,
    );
    expect(within(screen.getByRole('region', { name: 'Export' })).getByRole('status')).toHaveTextContent(
      'copy the embed code below',
    );
  });
});

describe('embed view', () => {
  it('shows the comparison without inputs and links back to the full calculator', () => {
    window.history.replaceState(null, '', '/nines/?embed=1#s=test');
    render(<App embed />);
    expect(screen.getByRole('table', { name: 'Scenario comparison' })).toBeInTheDocument();
    expect(screen.queryAllByRole('slider')).toHaveLength(0);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Export CSV' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open in Nines' })).toHaveAttribute(
      'href',
      'http://localhost:3000/nines/#s=test',
    );
  });
});
