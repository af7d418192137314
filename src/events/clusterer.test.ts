import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createEventClusterer } from './clusterer.js';
import type { Assignment, EventArticle } from './types.js';

interface Expected {
  about: string;
  /** Groups of article ids that must share an event; different groups must not. Unlisted ids are free. */
  events: string[][];
  /** Groups of article ids that must share a storyline. */
  storylines?: string[][];
  /** Article id -> the copyOf it must get on arrival. */
  copies?: Record<string, string | null>;
}

// Tests run from dist/events/; fixtures stay in the source tree.
const root = new URL('../../test/fixtures/events/', import.meta.url);

function run(articles: EventArticle[]): Map<string, Assignment> {
  const clusterer = createEventClusterer();
  return new Map(articles.map((a) => [a.id, clusterer.add(a)]));
}

for (const slug of readdirSync(root).sort()) {
  test(`events fixture: ${slug}`, () => {
    const dir = new URL(`${slug}/`, root);
    const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Expected;
    const articles = readFileSync(new URL('input.jsonl', dir), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as EventArticle);
    const got = run(articles);
    const eventOf = (id: string): string => got.get(id)?.eventId ?? `missing:${id}`;
    const groupEvents = expected.events.map((g) => new Set(g.map(eventOf)));
    for (const [i, g] of groupEvents.entries()) assert.equal(g.size, 1, `group ${i} (${expected.events[i]?.join(', ')}) split over ${[...g].join(', ')}`);
    assert.equal(new Set(groupEvents.flatMap((g) => [...g])).size, expected.events.length, 'two expected events merged');
    for (const g of expected.storylines ?? []) assert.equal(new Set(g.map((id) => got.get(id)?.storylineId)).size, 1, `storyline split: ${g.join(', ')}`);
    for (const [id, copyOf] of Object.entries(expected.copies ?? {})) assert.equal(got.get(id)?.copyOf, copyOf, `copyOf of ${id}`);
  });
}

const article = (id: string, title: string, text: string, published: string | null = null): EventArticle => ({ id, title, text, published, outlet: null });

test('event ids come from the first article and never change', () => {
  const c = createEventClusterer();
  const a = c.add(article('x1', 'Quake hits Aceh', 'A strong earthquake struck Aceh province on Sunday, officials in Banda Aceh said.'));
  const b = c.add(article('x2', 'Aceh earthquake', 'The earthquake in Aceh province damaged homes in Banda Aceh on Sunday, officials said.'));
  assert.equal(a.eventId, 'ev-x1');
  assert.equal(a.newEvent, true);
  assert.equal(b.eventId, 'ev-x1');
  assert.deepEqual(c.events().map((e) => e.articleIds), [['x1', 'x2']]);
});

test('an event is dated by its earliest publication when no event date is given', () => {
  const c = createEventClusterer();
  c.add(article('d2', 'Aceh quake toll rises', 'The toll of the Aceh earthquake rose to 12, officials in Banda Aceh said.', '2004-12-27T10:00:00Z'));
  c.add(article('d1', 'Quake hits Aceh', 'A strong earthquake struck Aceh, officials in Banda Aceh said, killing 12.', '2004-12-26'));
  const [e] = c.events();
  assert.equal(e?.date, '2004-12-26');
  assert.ok(e?.title);
});

test('unrelated articles open separate events and storylines', () => {
  const c = createEventClusterer();
  const a = c.add(article('u1', 'Quake hits Aceh', 'A strong earthquake struck Aceh province, officials in Banda Aceh said.'));
  const b = c.add(article('u2', 'Lakers beat Celtics', 'Kobe Bryant scored 40 points as the Lakers beat the Celtics in Boston.'));
  assert.notEqual(a.eventId, b.eventId);
  assert.notEqual(a.storylineId, b.storylineId);
});

test('an article is scored against a bounded number of candidate events', () => {
  const c = createEventClusterer({ maxCandidates: 3 });
  for (let i = 0; i < 10; i++) c.add(article(`s${i}`, `Storm ${i} hits Harlow`, `Storm number ${i} hit Harlow harbour, Harlow police said, closing Harlow port ${i}.`));
  assert.ok(c.candidates(article('q', 'Storm hits Harlow', 'A storm hit Harlow harbour, Harlow police said.')).length <= 3);
});

test('idle events retire: they stay in the output but take no new members', () => {
  const c = createEventClusterer({ retireAfter: 100 });
  const text = 'A strong earthquake struck Aceh province, officials in Banda Aceh said on Sunday.';
  c.add(article('r0', 'Quake hits Aceh', text));
  for (let i = 1; i <= 150; i++) c.add(article(`f${i}`, `Filler ${i}`, `Item ${i} about Zorbland number ${i} and Qux${i} matters.`));
  const late = c.add(article('r1', 'Quake hits Aceh', text.replace('strong', 'powerful')));
  assert.notEqual(late.eventId, 'ev-r0');
  assert.deepEqual(c.events().find((e) => e.id === 'ev-r0')?.articleIds, ['r0']);
  assert.equal(c.events().find((e) => e.id === 'ev-r0')?.title, 'Quake hits Aceh');
});
