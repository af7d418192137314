import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanAuthors } from './authors.js';

test('authors: prefixes stripped, several names split, non-people dropped', () => {
  assert.deepEqual(cleanAuthors(['By Jane Doe and John Smith']), ['Jane Doe', 'John Smith']);
  assert.deepEqual(cleanAuthors(['Jane Doe, John Smith']), ['Jane Doe', 'John Smith']);
  assert.deepEqual(cleanAuthors(['Von Anna Müller und Max Weber']), ['Anna Müller', 'Max Weber']);
  assert.deepEqual(cleanAuthors(['5 Minute Read']), []);
  assert.deepEqual(cleanAuthors(['Staff']), []);
  assert.deepEqual(cleanAuthors(['https://example.com/author/jane']), []);
  assert.deepEqual(cleanAuthors(['December 23, 2016']), []);
  assert.deepEqual(cleanAuthors(['Jane Doe | 3 min read']), ['Jane Doe']);
  assert.deepEqual(cleanAuthors(['Jane Doe', 'jane doe']), ['Jane Doe']);
});
