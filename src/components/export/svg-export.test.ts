// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readLegend, standaloneSvg } from './svg-export';

function chartFixture(): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = `
    <svg class="recharts-surface" width="400" height="200" style="width:100%">
      <g class="recharts-layer"><rect x="10" y="10" width="20" height="100" fill="#1f6feb"></rect>
      <text x="20" y="190" fill="#333">99.9 % &amp; more</text></g>
    </svg>
    <ul class="recharts-default-legend">
      <li class="recharts-legend-item"><svg><path fill="#1f6feb" d="M0,0"></path></svg><span class="recharts-legend-item-text">Annual downtime cost</span></li>
      <li class="recharts-legend-item"><svg><line stroke="#d4380d" fill="none"></line></svg><span class="recharts-legend-item-text">Investment</span></li>
    </ul>`;
  document.body.appendChild(container);
  return container;
}

describe('standalone SVG export', () => {
  const container = chartFixture();
  const legend = readLegend(container);
  const text = standaloneSvg(container.querySelector('svg')!, legend, {
    title: 'Cost & investment <by scenario>',
    subtitle: 'Worked example, USD',
    background: '#ffffff',
    textColor: '#111111',
    fontFamily: 'system-ui, sans-serif',
  });
  const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');

  it('reads the HTML legend as colours and labels', () => {
    expect(legend).toEqual([
      { label: 'Annual downtime cost', color: '#1f6feb' },
      { label: 'Investment', color: '#d4380d' },
    ]);
  });

  it('is a well-formed SVG document with sizes, namespace, background and title', () => {
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const root = parsed.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe('400');
    expect(root.getAttribute('viewBox')).toBe(`0 0 400 ${root.getAttribute('height')}`);
    expect(root.querySelector('title')!.textContent).toBe('Cost & investment <by scenario>');
    expect(root.querySelector('rect')!.getAttribute('fill')).toBe('#ffffff');
  });

  it('keeps the chart’s text as text and adds the legend in SVG', () => {
    const texts = [...parsed.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual([
      'Cost & investment <by scenario>',
      'Worked example, USD',
      '99.9 % & more',
      'Annual downtime cost',
      'Investment',
    ]);
    expect(text).toContain('Cost &amp; investment &lt;by scenario&gt;');
  });
});
