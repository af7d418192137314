import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitHead } from './head.js';

test('the head is read by regex and cut from the markup', () => {
  const html =
    '<html lang="en"><head><title>Bridge &amp; tunnel &#8211; News</title><meta property="og:title article:title" content="Bridge &quot;reopens&quot;"><meta name="date" content="2022-03-14"><link rel="canonical" href="https://n.example/a?x=1&amp;y=2"></head><body><p>Text</p></body></html>';
  const { html: rest, head } = splitHead(html);
  assert.ok(head);
  assert.equal(head.title, 'Bridge & tunnel \u2013 News');
  assert.deepEqual(head.meta.get('og:title'), ['Bridge "reopens"']);
  assert.deepEqual(head.meta.get('article:title'), ['Bridge "reopens"']);
  assert.deepEqual(head.meta.get('date'), ['2022-03-14']);
  assert.equal(head.canonicalHref, 'https://n.example/a?x=1&y=2');
  assert.equal(rest, '<html lang="en"><head></head><body><p>Text</p></body></html>');
});

test('a head with body content or named references we do not decode is left to the DOM', () => {
  assert.equal(splitHead('<html><head><title>Caf&eacute;</title></head><body></body></html>').head, null);
  assert.equal(splitHead('<html><head><div>stray</div></head><body></body></html>').head, null);
  assert.equal(splitHead('<html><body><p>no head</p></body></html>').head, null);
});
