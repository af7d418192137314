import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanConditionally } from './clean.js';
import { paragraphsOf } from './dom-text.js';
import { parseDocument } from './parse.js';

test('link-dense, promotion and label boxes go; prose and short lists stay', () => {
  const doc = parseDocument(
    '<html><body><div id="r">' +
      '<p>The council voted on Tuesday to reopen the old market hall, after a long and heated debate.</p>' +
      '<div><a href="/a">Ferry timetable</a> <a href="/b">Budget vote</a> and more</div>' +
      '<div><p>Subscribe to our newsletter for the morning briefing.</p></div>' +
      '<div><span>View Comments</span></div>' +
      '<ul><li>Two eggs</li><li>Flour</li></ul>' +
      '</div></body></html>',
  );
  const root = doc.querySelector('#r');
  assert.ok(root);
  const { kept, removed } = cleanConditionally(paragraphsOf(root), root);
  assert.deepEqual(
    kept.map((p) => p.text),
    ['The council voted on Tuesday to reopen the old market hall, after a long and heated debate.', 'Two eggs', 'Flour'],
  );
  assert.deepEqual(
    removed.map((r) => r.reason),
    ['link-dense box', 'promotion box', 'label box'],
  );
});
