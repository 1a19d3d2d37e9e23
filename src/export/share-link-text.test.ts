import { describe, expect, it } from 'vitest';
import { printableShareLink, shortShareLink } from './share-link-text';

const payload = 'eyJ2IjozLCJwIjoic2VlZCIsImMiOiJVU0Qi'.repeat(100);

describe('the share link in the report and the images', () => {
  it.each([
    [
      'a long link',
      `https://tools.example.com/nines/#s=${payload}`,
      'https://tools.example.com/nines/#… (3,635 characters in full)',
    ],
    // The query string is shortened too (it may be long), but the reader learns there is one.
    [
      'a long link with a query',
      `https://tools.example.com/nines/?team=sre#s=${payload}`,
      'https://tools.example.com/nines/?…#… (3,644 characters in full)',
    ],
    ['a short link', 'http://127.0.0.1:4173/#s=abc', 'http://127.0.0.1:4173/#… (28 characters in full)'],
  ])('%s is shown where it cannot be clicked as its address and length', (_, link, shown) => {
    expect(link.length.toLocaleString('en-US')).toBe(/\(([\d,]+) characters/.exec(shown)![1]);
    expect(shortShareLink(link)).toBe(shown);
  });

  it.each([
    ['https://a.test/nines/#s=abc', 'https://a.test/nines/?#s=abc'],
    ['https://a.test/nines/?team=sre#s=abc', 'https://a.test/nines/?team=sre&#s=abc'],
    ['https://a.test/nines/', 'https://a.test/nines/?'],
  ])('%s is linked from the page as %s, another address for the same case', (link, href) => {
    expect(printableShareLink(link)).toBe(href);
    // What reopens there: the same query parameters and the same session.
    const [opened, shared] = [new URL(href), new URL(link)];
    expect([...opened.searchParams]).toEqual([...shared.searchParams]);
    expect(opened.hash).toBe(shared.hash);
  });
});
