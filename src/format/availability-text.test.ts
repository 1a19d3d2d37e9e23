import { describe, expect, it } from 'vitest';
import { Dec } from '../model/decimal';
import { parseAvailabilityEntry, parseAvailabilityText } from './availability-text';

// What people type into an "Availability of …" field (issue 13: "99.95", "99.95 %", "four nines",
// "3.5 nines"), and what the field makes of it. n nines is 100 − 10^(2 − n) percent.
describe('parseAvailabilityText', () => {
  it.each([
    ['99.95', 99.95],
    ['99.95 %', 99.95],
    ['99.95%', 99.95],
    ['99,95', 99.95],
    [' 99.9 ', 99.9],
    ['four nines', 99.99],
    ['Four Nines', 99.99],
    ['4 nines', 99.99],
    ['4-nines', 99.99],
    ['five 9s', 99.999],
    ['five 9’s', 99.999],
    ["5 9's", 99.999],
    ['one nine', 90],
    ['two nines', 99],
    ['nine nines', 99.9999999],
    ['15 nines', 99.9999999999999],
    // "Three nines five", as SLAs are read aloud: 99.95 %.
    ['three nines five', 99.95],
    ['four nines 5', 99.995],
    ['two nines five', 99.5],
  ])('reads %j as %s %%', (text, value) => {
    expect(parseAvailabilityText(text)).toEqual({ ok: true, value });
  });

  it.each(['3.5 nines', '3,5 nines', 'three and a half nines'])('reads %j as 100 − 10^(−1.5) %%', (text) => {
    const result = parseAvailabilityText(text);
    expect(result.ok).toBe(true);
    // 100 − 0.0316227766016838 = 99.9683772233983…
    if (result.ok) expect(result.value).toBeCloseTo(100 - 10 ** -1.5, 12);
  });

  const FORMS = /Write it like 99\.95, 99\.95 %, four nines, 3\.5 nines or five 9s\./;
  it.each([
    ['', /Enter an availability, such as 99\.95 or four nines\./],
    ['ninety', FORMS],
    ['nines', FORMS],
    ['many nines', FORMS],
    ['three nines seventeen', FORMS],
    ['3.5 nines 5', FORMS],
    ['three and a half nines five', FORMS],
    ['1e6', FORMS],
    ['99..9', FORMS],
    ['0 nines', /more than 0 nines/],
    ['16 nines', /at most 15 nines/],
    ['100', /below 100 %/],
    ['0', /above 0 %/],
    ['2M', /percentage such as 99\.9/],
  ])('refuses %j with a message', (text, message) => {
    const result = parseAvailabilityText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('names the typed text in its message', () => {
    expect(parseAvailabilityText('ninety')).toEqual({
      ok: false,
      message:
        'Nines cannot read “ninety” as an availability. Write it like 99.95, 99.95 %, four nines, 3.5 nines or five 9s.',
    });
  });
});

// A range typed into "Availability of …" (issue 13 §1: "a point or a range"), read as a 90 % range,
// low end first; its figure is the best estimate, 100 − √((100 − low)(100 − high)) (the geometric mean
// of the unavailabilities), worked here for 99.9 %–99.99 %: 100 − √(0.1 × 0.01) = 100 − 10^(−1.5).
describe('parseAvailabilityEntry', () => {
  const threeToFour = new Dec(100).minus(new Dec(10).pow(-1.5)).toNumber();

  it.each([
    '99.9-99.99',
    '99.9 - 99.99',
    '99.9–99.99',
    '99.9 % – 99.99 %',
    '99.9%-99.99%',
    '99.9 to 99.99',
    '99,9 – 99,99',
    'three to four nines',
    'Three to Four Nines',
    '3-4 nines',
    '3–4 nines',
    '3 to 4 nines',
    'three nines to four nines',
    'three nines – four nines',
  ])('reads %j as the range 99.9 %–99.99 %, best estimate 100 − 10^(−1.5) percent', (text) => {
    expect(parseAvailabilityEntry(text)).toEqual({
      ok: true,
      value: { percent: threeToFour, range: { low: 99.9, high: 99.99 } },
    });
  });

  it('gives "3-4 nines" exactly the figure of "3.5 nines"', () => {
    const range = parseAvailabilityEntry('3-4 nines');
    const point = parseAvailabilityText('3.5 nines');
    expect(range.ok && point.ok && range.value.percent === point.value).toBe(true);
  });

  it.each([
    ['99.95', 99.95],
    ['four nines', 99.99],
    ['4-nines', 99.99],
    ['4 - nines', 99.99],
  ])('reads %j as one figure, %s percent', (text, percent) => {
    expect(parseAvailabilityEntry(text)).toEqual({ ok: true, value: { percent, range: null } });
  });

  it.each([
    ['99.99-99.9', /low end of the range is above its high end/],
    ['four to three nines', /low end of the range is above its high end/],
    ['99.9-99.9', /two ends of the range are the same/],
    ['99.9-100', /The high end: .*below 100 %/],
    ['ninety to 99', /The low end: .*Write a range like 99\.9-99\.99/],
    ['three to 16 nines', /The high end: .*at most 15 nines/],
    ['99.9-99.99-99.999', /Write it like 99\.95/],
    ['', /Enter an availability/],
  ])('refuses %j with a message', (text, message) => {
    const result = parseAvailabilityEntry(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
