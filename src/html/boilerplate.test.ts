import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boilerplateToken } from './boilerplate.js';
import { prepareHtml } from './prepare.js';

test('furniture class tokens', () => {
  assert.ok(boilerplateToken('comment-list'));
  assert.ok(boilerplateToken('social-share-bar'));
  assert.ok(boilerplateToken('relatedPosts'));
  assert.ok(boilerplateToken('post-meta'));
  assert.ok(boilerplateToken('hidden'));
  // Weak words only count as whole tokens; content tokens protect.
  assert.equal(boilerplateToken('hidden-xs'), null);
  assert.equal(boilerplateToken('text-date'), null);
  assert.equal(boilerplateToken('entry-content comments-open'), null);
  assert.equal(boilerplateToken('article-body'), null);
});

test('prepareHtml strips scripts, keeps JSON-LD data, trims attributes', () => {
  const p = prepareHtml('<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2020-01-02"}]}</script><script>var x = "<p>no</p>";</script></head><body><p class="a" data-x="1" onclick="y()" style="display:none">t</p></body></html>');
  assert.ok(!p.html.includes('var x'));
  assert.ok(!p.html.includes('data-x'));
  assert.ok(p.html.includes('class="a"'));
  assert.ok(p.html.includes('hidden'));
  assert.ok(p.jsonLd.some((o) => o['datePublished'] === '2020-01-02'));
});
