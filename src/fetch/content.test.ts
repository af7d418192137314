import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalUrl, classify, rootElement, sitemapLocations, wordCount } from './content.js';
import { httpUrl, idFromUrl, stripTracking } from './url.js';

const base = new URL('https://news.test/a/b?x=1');

test('tracking parameters go, the others keep their order and spelling', () => {
  const strip = (s: string) => stripTracking(new URL(s)).href;
  assert.equal(strip('https://x.test/a?id=3&utm_source=tw&UTM_Medium=m&q=a%20b+c#top'), 'https://x.test/a?id=3&q=a%20b+c');
  assert.equal(strip('https://x.test/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ref_src=twsrc%5Etfw'), 'https://x.test/a');
  assert.equal(strip('https://x.test/a?page=2&_ga=1'), 'https://x.test/a?page=2');
  assert.equal(strip('https://x.test/a?reference=1&utmost=2'), 'https://x.test/a?reference=1&utmost=2');
});

test('only http(s) URLs without credentials', () => {
  assert.throws(() => httpUrl('javascript:alert(1)'), /unsupported URL scheme "javascript"/);
  assert.throws(() => httpUrl('https://user:pw@x.test/'), /credentials/);
  assert.equal(httpUrl('/c?utm_source=1', base).href, 'https://news.test/c');
  assert.equal(idFromUrl(new URL('https://news.test/2026/01/ferry.html')), 'news.test-2026-01-ferry');
});

test('root element found past declarations, comments, stylesheets and doctypes', () => {
  assert.equal(rootElement('\uFEFF<?xml version="1.0"?>\n<?xml-stylesheet href="a.xsl"?>\n<!-- c -->\n<rss version="2.0">'), 'rss');
  assert.equal(rootElement('<!DOCTYPE html>\n<html lang="en">'), 'html');
  assert.equal(rootElement('<rdf:RDF xmlns:rdf="x">'), 'rdf:rdf');
  assert.equal(rootElement('plain text'), null);
});

test('classify by root element first, then media type', () => {
  const as = (body: string, type: string) => {
    const what = classify(Buffer.from(body), { 'content-type': type });
    return 'kind' in what ? what.kind : what.reason;
  };
  assert.equal(as('<feed xmlns="http://www.w3.org/2005/Atom">', 'text/html'), 'feed');
  assert.equal(as('<urlset>', 'text/plain'), 'sitemap');
  assert.equal(as('<sitemapindex>', 'application/xml'), 'sitemap-index');
  assert.equal(as('<div>hi</div>', 'text/html; charset=utf-8'), 'html');
  assert.equal(as('%PDF', 'application/pdf'), 'unsupported content type application/pdf');
  assert.match(as('just words', 'text/plain'), /unsupported content type text\/plain/);
});

test('canonical link: any attribute order and quoting, resolved, entities and tracking removed', () => {
  const canon = (html: string) => canonicalUrl(html, base)?.href ?? null;
  assert.equal(canon('<head><link href="/s?id=1&amp;utm_source=x" rel="canonical"></head>'), 'https://news.test/s?id=1');
  assert.equal(canon("<link rel='alternate canonical' href=https://m.news.test/s>"), 'https://m.news.test/s');
  assert.equal(canon('<link rel="canonical" href="javascript:x">'), null);
  assert.equal(canon('<head></head><body><link rel="canonical" href="/in-body"></body>'), null);
});

test('sitemap locations: CDATA and entities; image locations ignored', () => {
  const xml = '<urlset><url><loc> https://a.test/1?x=1&amp;y=2 </loc><image:loc>https://a.test/i.jpg</image:loc></url><url><loc><![CDATA[https://a.test/2]]></loc></url></urlset>';
  assert.deepEqual(sitemapLocations(xml), ['https://a.test/1?x=1&y=2', 'https://a.test/2']);
});

test('word count ignores markup, scripts and punctuation', () => {
  assert.equal(wordCount('<p>Three short <b>words</b> &mdash; and <script>var a = 1;</script>two.</p>'), 5);
});
