import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl } from './embed-snippet';
import { fullAppUrl, isEmbedUrl } from './links';

const share = 'https://tools.example.com/nines/?x=1#s=eyJ2IjoxfQ';

describe('share, embed and open-in-Nines links', () => {
  it('adds and removes only the embed parameter, keeping path, query and the scenario hash', () => {
    expect(embedUrl(share)).toBe('https://tools.example.com/nines/?x=1&embed=1#s=eyJ2IjoxfQ');
    expect(fullAppUrl(embedUrl(share))).toBe(share);
  });

  it.each([
    ['https://a.test/?embed=1', true],
    ['https://a.test/?embed', true],
    ['https://a.test/?embed=0', false],
    ['https://a.test/#embed=1', false],
    ['https://a.test/', false],
  ])('%s is an embed: %s', (href, expected) => {
    expect(isEmbedUrl(href)).toBe(expected);
  });

  it('gives an iframe snippet with the attribute escaped', () => {
    expect(embedSnippet('https://a.test/?q="><script>#s=1')).toBe(
      '<iframe src="https://a.test/?q=%22%3E%3Cscript%3E&amp;embed=1#s=1" title="Nines: reliability ROI" width="100%" height="1180" style="border:0;max-width:1100px" loading="lazy"></iframe>',
    );
  });
});
