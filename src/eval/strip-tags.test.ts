import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEntities, stripTags } from './strip-tags.js';

test('stripTags keeps blocks on their own lines and drops scripts', () => {
  const html = '<html><head><title>T</title><script>var x="<p>";</script></head><body><nav>Home | News</nav><p>One &amp; <b>two</b></p><div>Three</div></body></html>';
  assert.deepEqual(stripTags(html).split('\n').filter(Boolean), ['Home | News', 'One & two', 'Three']);
});

test('decodeEntities handles named and numeric entities', () => {
  assert.equal(decodeEntities('&ldquo;Hi&rdquo; &#8217; &#x2014; &bogus;'), '“Hi” ’ — &bogus;');
});
