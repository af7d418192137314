import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventClaims } from './claims.js';
import { eventOf, sentenceArticle, syntheticEvent } from './synthetic.js';

const article = sentenceArticle;
const event = eventOf;

const FACT = 'The regional parliament approved the new budget for schools and hospitals on Tuesday.';

test('independent sources: one per outlet and per copy chain; no outlet is a source of its own', () => {
  const articles = [
    article('a', 'Paper', [FACT]), article('b', 'Paper', [FACT]), article('c', null, [FACT]),
    article('d', null, [FACT]), article('e', 'Other', [FACT]),
  ];
  const assignments = [{ article: 'e', event: 'ev', storyline: 'sl', copyOf: 'd', score: 1 }];
  const [claim, ...rest] = eventClaims(event(articles), articles, assignments);
  assert.equal(rest.length, 0);
  assert.deepEqual(claim?.articles, ['a', 'b', 'c', 'd', 'e']);
  assert.deepEqual(claim?.outlets, ['Paper', 'Other']);
  assert.equal(claim?.independentSources, 3, 'Paper, c, and d with its copy e');
});

test('questions and opinions are not claims; kinds follow the central sentence', () => {
  const a = article('a', 'X', [
    'Will the budget pass at all this year?',
    'The government should resign over this budget immediately.',
    'The budget raises spending on hospitals by 12 percent next year.',
  ]);
  const claims = eventClaims(event([a]), [a], []);
  assert.deepEqual(claims.map((c) => [c.kind, c.text]), [['number', 'The budget raises spending on hospitals by 12 percent next year.']]);
});

test('a 50-article event gives claims whose articles all belong to it (its speed is in npm run bench)', () => {
  const articles = syntheticEvent(50, 30);
  const claims = eventClaims(event(articles), articles, []);
  assert.ok(claims.length > 0);
  const ids = new Set(articles.map((a) => a.id));
  for (const c of claims) for (const a of c.articles) assert.ok(ids.has(a), a);
});
