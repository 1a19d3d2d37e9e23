import { describe, expect, it } from 'vitest';
import { standaloneSvgText, subtitleLines, svgFrame } from './svg-document';

const options = {
  title: 'Cost & investment <by scenario>',
  subtitle: 'Worked example · USD',
  background: '#ffffff',
  textColor: '#111111',
  fontFamily: '"Inter", sans-serif',
};

describe('the text of a standalone SVG document', () => {
  it('makes room for the header, the chart and one 20 px row per three legend entries', () => {
    expect(svgFrame(400, 200, 0)).toEqual({ width: 400, height: 244, chartY: 34, chartHeight: 200 });
    expect(svgFrame(400, 200, 4, 'a subtitle')).toEqual({
      width: 400,
      height: 34 + 16 + 4 + 200 + 2 * 20 + 10,
      chartY: 54,
      chartHeight: 200,
    });
  });

  it('escapes every text and attribute it writes, and keeps the chart markup as given', () => {
    const chart = '<svg x="0" y="52" width="400" height="200"><text>99.9 % &amp; more</text></svg>';
    const text = standaloneSvgText(
      svgFrame(400, 200, 1, options.subtitle),
      chart,
      [{ label: 'Plan "B" <new>', color: '#d4380d' }],
      options,
    );
    expect(
      text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'),
    ).toBe(true);
    expect(text).toContain('font-family="&quot;Inter&quot;, sans-serif"');
    expect(text).toContain('<title>Cost &amp; investment &lt;by scenario&gt;</title>');
    expect(text).toContain(chart);
    expect(text).toContain('>Plan "B" &lt;new&gt;</text>');
    expect(text).not.toMatch(/<by|<new/);
    expect(text.endsWith('</svg>\n')).toBe(true);
  });

  it('breaks the subtitle so that no line runs past the right edge', () => {
    const link = `https://example.test/nines/#s=${'eyJ2IjozLCJwIjoic2VlZCIsImMiOiJVU0Qi'.repeat(12)}`;
    const lines = subtitleLines(`Worked example · USD · 2026-12-01\n${link}`, 640);
    // 616 px of room at 12 px, 0.7 em a character at most: 73 characters a line.
    expect(lines[0]).toBe('Worked example · USD · 2026-12-01');
    expect(lines.slice(1).join('')).toBe(link);
    for (const line of lines) expect(line.length * 12 * 0.7).toBeLessThanOrEqual(640 - 24);
    const frame = svgFrame(640, 300, 3, `Worked example · USD · 2026-12-01\n${link}`);
    expect(frame.chartY).toBe(34 + lines.length * 16 + 4);
    const text = standaloneSvgText(frame, '<svg/>', [], { ...options, subtitle: `a\n${link}` });
    expect(text.match(/font-size="12"/g)).toHaveLength(subtitleLines(`a\n${link}`, 640).length);
  });

  it('draws the page’s warning in bold under the title, before the subtitle, with room for it', () => {
    const warning =
      'Figures use Current availability 99.5%, not your entry “1e6”: write it like 99.9, 99,9 or 99.9 % & <not> 1e6.';
    const lines = subtitleLines(warning, 400);
    expect(lines.length).toBeGreaterThan(1);
    const frame = svgFrame(400, 200, 0, options.subtitle, warning);
    expect(frame.chartY).toBe(svgFrame(400, 200, 0, options.subtitle).chartY + lines.length * 16);
    const text = standaloneSvgText(frame, '<svg/>', [], { ...options, warning });
    const header = [
      ...text.matchAll(/<text x="12" y="(\d+)" font-size="12"( font-weight="700")? [^>]*>([^<]*)<\/text>/g),
    ];
    const unescape = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(header.map((m) => [unescape(m[3]!), m[2] !== undefined])).toEqual([
      ...lines.map((line) => [line, true]),
      [options.subtitle, false],
    ]);
    expect(Number(header.at(-1)![1])).toBeLessThan(frame.chartY);
    // Without a warning, no bold line under the title.
    expect(text).toMatch(/font-size="12" font-weight="700"/);
    expect(standaloneSvgText(svgFrame(400, 200, 0), '<svg/>', [], { ...options, warning: null })).not.toMatch(
      /font-size="12" font-weight="700"/,
    );
  });

  it('draws the link as its short text under the subtitle, a click away from the whole link', () => {
    const href = `https://example.test/nines/#s=${'eyJ2IjozLCJwIjoic2VlZCIsImMiOiJVU0Qi'.repeat(80)}&x="<>"`;
    const text = `Reopen this case: https://example.test/nines/#… (${href.length.toLocaleString('en-US')} characters in full)`;
    const link = { text, href };
    const frame = svgFrame(800, 300, 0, options.subtitle, null, link);
    // One line more than the subtitle's: the whole link would have taken 40.
    expect(frame.chartY).toBe(svgFrame(800, 300, 0, options.subtitle).chartY + 16);
    const svg = standaloneSvgText(frame, '<svg/>', [], { ...options, link });
    const escaped = href
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
    expect(svg).toContain(
      `<a href="${escaped}"><text x="12" y="62" font-size="12" fill="#111111">${text}</text></a>`,
    );
    // The link is in the file once, in the attribute: never drawn.
    expect(svg.split('#s=')).toHaveLength(2);
  });
});
