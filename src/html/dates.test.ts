import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateFromUrl, findDate, findDates, makeDay, parseDateValue } from './dates.js';

const now = new Date('2024-06-01T12:00:00Z');

test('ISO values keep the written day and time, no zone shift', () => {
  assert.equal(parseDateValue('2016-12-23T23:30:00-05:00', { now }), '2016-12-23T23:30:00-05:00');
  assert.equal(parseDateValue('2016-12-23', { now }), '2016-12-23');
  assert.equal(parseDateValue('2016-12-23 08:15', { now }), '2016-12-23T08:15:00');
  assert.equal(parseDateValue('20161223', { now }), '2016-12-23');
});

test('written dates in several languages and orders', () => {
  const cases: [string, string][] = [
    ['23 December 2016', '2016-12-23'],
    ['December 23, 2016', '2016-12-23'],
    ['Dec. 23rd 2016', '2016-12-23'],
    ['23.12.2016', '2016-12-23'],
    ['31. Mai 2012', '2012-05-31'],
    ['Veröffentlicht am 3. März 2020', '2020-03-03'],
    ['le 5 août 2019', '2019-08-05'],
    ['23 de diciembre de 2016', '2016-12-23'],
    ['2016年12月23日', '2016-12-23'],
    ['Fri, 23 Dec 2016 10:00:00 +0000', '2016-12-23'],
  ];
  for (const [s, want] of cases) assert.equal(findDate(s, { now })?.day, want, s);
});

test('ambiguous numeric dates: day-first unless month-first is asked for', () => {
  assert.equal(findDate('03/04/2016', { now })?.day, '2016-04-03');
  assert.equal(findDate('03/04/2016', { now, monthFirst: true })?.day, '2016-03-04');
  assert.equal(findDate('12/23/2016', { now })?.day, '2016-12-23');
});

test('implausible dates are rejected', () => {
  assert.equal(makeDay(1990, 1, 1, now), null);
  assert.equal(makeDay(2030, 1, 1, now), null);
  assert.equal(makeDay(2016, 2, 30, now), null);
  assert.equal(parseDateValue('1887-05-01', { now }), null);
  assert.equal(findDates('from 1 January 1970 to 2 January 1971', { now }).length, 0);
});

test('dates from URL paths', () => {
  assert.equal(dateFromUrl('https://blog.example/2016/12/23/title/', now), '2016-12-23');
  assert.equal(dateFromUrl('https://x.example/news/2020-01-06-goats', now), '2020-01-06');
  assert.equal(dateFromUrl('https://x.example/2016/12/title', now), null);
  assert.equal(dateFromUrl('https://x.example/item/12345678', now), null);
});

test('day-first dates in URL paths', () => {
  assert.equal(dateFromUrl('https://verein.example/meldungen/29-10-2021', now), '2021-10-29');
  assert.equal(dateFromUrl('https://verein.example/news/bericht_3.2.2020.html', now), '2020-02-03');
  assert.equal(dateFromUrl('https://verein.example/produkt-12-34-2020', now), null);
});
