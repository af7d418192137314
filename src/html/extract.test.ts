import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractHtml } from './extract.js';

const FIXTURES = new URL('../../test/fixtures/html/', import.meta.url);
/** Pinned "now" so date plausibility does not depend on the clock. */
const NOW = new Date('2024-06-01T12:00:00Z');

interface Expected {
  url?: string;
  title?: string | null;
  authors?: string[];
  published?: string | null;
  siteName?: string | null;
  language?: string | null;
  canonicalUrl?: string | null;
  /** true: some reason expected; null: an article. */
  notArticle?: true | null;
  textIncludes?: string[];
  textExcludes?: string[];
}

for (const slug of readdirSync(fileURLToPath(FIXTURES)).sort()) {
  test(`html fixture: ${slug}`, () => {
    const html = readFileSync(new URL(`${slug}/input.html`, FIXTURES), 'utf8');
    const exp = JSON.parse(readFileSync(new URL(`${slug}/expected.json`, FIXTURES), 'utf8')) as Expected;
    const out = extractHtml(html, { url: exp.url ?? null, now: NOW });
    for (const key of ['title', 'authors', 'published', 'siteName', 'language', 'canonicalUrl'] as const) {
      if (exp[key] !== undefined) assert.deepEqual(out[key], exp[key], `${slug}: ${key}`);
    }
    if (exp.notArticle === true) assert.ok(out.notArticle, `${slug}: expected notArticle`);
    if (exp.notArticle === null) assert.equal(out.notArticle, null, `${slug}: unexpected notArticle ${out.notArticle}`);
    for (const s of exp.textIncludes ?? []) assert.ok(out.text.includes(s), `${slug}: text lacks ${JSON.stringify(s)}\n---\n${out.text}`);
    for (const s of exp.textExcludes ?? []) assert.ok(!out.text.includes(s), `${slug}: text has ${JSON.stringify(s)}\n---\n${out.text}`);
  });
}

test('paragraphs are separated by one blank line, inline whitespace collapsed', () => {
  const html = '<html><body><article><h1>Title  here</h1><p>First   <b>bold</b>\n text of the article, long enough to count as prose for sure.</p><ul><li>One item</li><li>Two</li></ul><table><tr><td>a</td><td>b</td></tr></table><div>Div text that stands alone, also long enough to be a real paragraph.</div></article></body></html>';
  const out = extractHtml(html, { now: NOW, readability: 'never' });
  assert.match(out.text, /First bold text of the article/);
  assert.ok(!/\n{3,}/.test(out.text));
  const paras = out.text.split('\n\n');
  assert.ok(paras.includes('One item'));
  assert.ok(paras.includes('a b'));
});

test('empty and junk input do not throw', () => {
  for (const html of ['', '<html></html>', 'plain text only', '<div><p>unclosed', '<<<>>>']) {
    const out = extractHtml(html, { now: NOW });
    assert.equal(typeof out.text, 'string');
    assert.ok(out.notArticle);
  }
});

// Its time is measured by npm run eval (max_ms_per_page) and npm run bench, never by a timed test.
test('a giant page still yields its text', () => {
  const para = '<div class="x"><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</p><a href="/y">link</a></div>';
  const html = `<html><body>${'<script>var a = 1;</script>'.repeat(2000)}${para.repeat(20000)}</body></html>`;
  const out = extractHtml(html, { now: NOW });
  assert.ok(out.text.length > 1000);
});
