import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_POST_BYTES } from './ingest-body.js';
import { ROUTES } from './routes.js';
import { startSeededServer, type TestServer } from './testing.js';

const TIMEOUT = { timeout: 30_000 };
const TOKEN = 'test-token-0123456789abcdef';

interface Json {
  status: number;
  body: Record<string, unknown> & { items?: Record<string, unknown>[]; total?: number; error?: { status: number; message: string } };
  headers: Headers;
}

async function get(base: string, path: string, init: RequestInit = {}): Promise<Json> {
  const response = await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(10_000) });
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  return { status: response.status, body: (await response.json()) as Json['body'], headers: response.headers };
}

const ids = (r: Json) => (r.body.items ?? []).map((i) => i['id']);

describe('HTTP API (read-only server over the seeds)', TIMEOUT, () => {
  let t: TestServer;
  before(async () => {
    t = await startSeededServer();
  });
  after(() => t.close());

  test('stats count what was stored', async () => {
    const { status, body } = await get(t.url, '/api/stats');
    assert.equal(status, 200);
    assert.equal(body['articles'], 8);
    assert.deepEqual(body['outlets'], [{ value: 'Fixture Gazette', count: 2 }, { value: 'Daily Fixture', count: 1 }]);
    assert.ok((body['quotes'] as number) > 10);
    assert.ok((body['entities'] as Record<string, number>)['PER']! > 3);
  });

  test('articles: newest first, undated last, paged', async () => {
    const all = await get(t.url, '/api/articles?limit=100');
    assert.equal(all.body.total, 8);
    assert.deepEqual(ids(all).slice(0, 3), ['hostile-markup', 'ferry-timetable', 'harbour-budget']);
    const page = await get(t.url, '/api/articles?limit=2&offset=1');
    assert.deepEqual([page.body.total, page.body['limit'], page.body['offset'], ...ids(page)], [8, 2, 1, 'ferry-timetable', 'harbour-budget']);
    const first = all.body.items![0]!;
    assert.equal(first['quotes'], 1);
    assert.equal(typeof first['snippet'], 'string');
  });

  test('articles: outlet, language, date range and full-text filters', async () => {
    assert.deepEqual(ids(await get(t.url, '/api/articles?outlet=Fixture+Gazette')), ['hostile-markup', 'harbour-budget']);
    assert.deepEqual(ids(await get(t.url, '/api/articles?from=2026-01-06&to=2026-01-09')), ['ferry-timetable']);
    assert.equal((await get(t.url, '/api/articles?language=en')).body.total, 8);
    assert.equal((await get(t.url, '/api/articles?language=fr')).body.total, 0);
    assert.deepEqual(ids(await get(t.url, '/api/articles?q=FERRY+timetable')), ['hostile-markup', 'ferry-timetable']);
    const zakharova = ids(await get(t.url, '/api/articles?q=zakharova&limit=100'));
    assert.ok(zakharova.includes('harbour-budget') && zakharova.length > 2, String(zakharova));
    assert.deepEqual(ids(await get(t.url, '/api/articles?q=ferry&outlet=Daily+Fixture')), ['ferry-timetable']);
    assert.equal((await get(t.url, '/api/articles?q=%22OR%22+NEAR(*')).status, 200, 'search syntax is never an error');
    assert.equal((await get(t.url, '/api/articles?outlet=')).body.total, 8, 'an empty form field does not filter');
  });

  test('article: text, removed, mentions, quotes with speakers, times, event date', async () => {
    const { status, body } = await get(t.url, '/api/articles/hostile-markup');
    assert.equal(status, 200);
    assert.match(body['text'] as string, /<script>document\.body/);
    assert.ok(Array.isArray(body['removed']));
    assert.equal(body['eventDate'], '2026-01-09');
    assert.ok((body['times'] as unknown[]).length > 0);
    const quotes = body['quotes'] as Record<string, unknown>[];
    assert.equal(quotes[0]?.['speakerEntity'], 'PER:maria zakharova');
    assert.equal((body['text'] as string).slice(quotes[0]!['start'] as number, quotes[0]!['end'] as number), quotes[0]!['text']);
    assert.deepEqual((body['entities'] as Record<string, unknown>[]).map((e) => e['id']), ['PER:maria zakharova']);
    assert.equal((body['mentions'] as Record<string, unknown>[])[0]?.['entity'], 'PER:maria zakharova');
    const seed = await get(t.url, '/api/articles/000_1eecb41a65758f8d');
    assert.ok((seed.body['removed'] as unknown[]).length > 0, 'a scraped seed has removed pieces');
    assert.equal(encodeURIComponent('a/b'), 'a%2Fb');
    assert.equal((await get(t.url, '/api/articles/no%2Fsuch')).status, 404);
  });

  test('entities and the person page: quotes by date across articles', async () => {
    const people = await get(t.url, '/api/entities?type=PER&limit=100');
    assert.ok(ids(people).includes('PER:maria zakharova'));
    const { body } = await get(t.url, `/api/entities/${encodeURIComponent('PER:maria zakharova')}`);
    const quotes = body['quotes'] as { article: { id: string }; date: string | null }[];
    assert.deepEqual(quotes.slice(0, 2).map((q) => [q.article.id, q.date]), [['hostile-markup', '2026-01-10'], ['harbour-budget', '2026-01-05']]);
    assert.ok(quotes.length > 3 && quotes.slice(2).every((q) => q.date === null), 'seed quotes are undated, after the dated ones');
    assert.ok((body['articles'] as unknown[]).length >= 4);
    assert.equal((await get(t.url, `/api/entities/${encodeURIComponent('PER:nobody')}`)).status, 404);
    assert.deepEqual(ids(await get(t.url, '/api/entities?q=zakhar')), ['PER:maria zakharova']);
  });

  test('quotes filter by speaker id, name or alias, and by article', async () => {
    const byId = await get(t.url, `/api/quotes?limit=100&speaker=${encodeURIComponent('PER:maria zakharova')}`);
    const byName = await get(t.url, '/api/quotes?limit=100&speaker=maria+ZAKHAROVA');
    const byAlias = await get(t.url, '/api/quotes?limit=100&speaker=Zakharova');
    assert.ok(byId.body.total! >= 3);
    assert.deepEqual(ids(byName), ids(byId));
    assert.deepEqual(ids(byAlias), ids(byId));
    const inArticle = await get(t.url, '/api/quotes?article=harbour-budget');
    assert.ok(ids(inArticle).includes('harbour-budget#q1'));
    assert.ok((inArticle.body.items ?? []).every((q) => (q['article'] as { id: string }).id === 'harbour-budget'));
  });

  test('events: what the event stage stored, each one readable', async () => {
    const stored = await t.engine.store.eventSet();
    const list = await get(t.url, '/api/events?limit=100');
    assert.equal(list.body.total, stored.events.length);
    assert.equal((await get(t.url, '/api/stats')).body['events'], stored.events.length);
    for (const id of ids(list)) assert.equal((await get(t.url, `/api/events/${encodeURIComponent(String(id))}`)).status, 200, String(id));
  });

  test('bad input is a 400 with a JSON error saying why', async () => {
    for (const [path, why] of [
      ['/api/articles?limit=0', /limit must be between 1 and 100/],
      ['/api/articles?limit=abc', /limit must be a whole number/],
      ['/api/articles?offset=-1', /offset must be a whole number/],
      ['/api/articles?from=2026-02-30', /from must be a date/],
      ['/api/articles?from=2026-02-02&to=2026-02-01', /from is after to/],
      ['/api/articles?q=' + 'x'.repeat(201), /q is longer than 200/],
      ['/api/articles?outlet=a&outlet=b', /repeated/],
      ['/api/articles?colour=red', /unknown query parameter "colour"/],
      ['/api/entities?type=PERSON', /type must be one of PER, ORG, LOC, MISC/],
    ] as const) {
      const r = await get(t.url, path);
      assert.equal(r.status, 400, path);
      assert.equal(r.body.error?.status, 400);
      assert.match(r.body.error?.message ?? '', why, path);
    }
    const missing = await get(t.url, '/api/nothing');
    assert.deepEqual([missing.status, missing.body.error?.status], [404, 404]);
    assert.equal((await get(t.url, '/api/stats', { method: 'DELETE' })).status, 405);
  });

  test('read-only by default: POST is refused', async () => {
    const r = await get(t.url, '/api/articles', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: '{"text":"x"}' });
    assert.equal(r.status, 403);
    assert.match(r.body.error?.message ?? '', /read-only/);
  });

  test('the OpenAPI description lists every endpoint and its parameters', async () => {
    const { body } = await get(t.url, '/api/openapi.json');
    assert.equal(body['openapi'], '3.1.0');
    const paths = body['paths'] as Record<string, Record<string, { parameters: { name: string }[] }>>;
    for (const r of ROUTES) {
      assert.ok(paths[r.path]?.['get'], r.path);
      assert.deepEqual(paths[r.path]!['get']!.parameters.map((p) => p.name).sort(), [...Object.keys(r.pathParams ?? {}), ...Object.keys(r.query)].sort());
    }
    assert.ok(paths['/api/articles']?.['post']);
  });

  test('a request for another host name is refused (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${t.url}/api/stats`, { headers: { host: 'attacker.example' }, timeout: 5000 }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject).end();
    });
    assert.equal(status, 421);
  });

  test('responses carry a strict content security policy', async () => {
    const r = await get(t.url, '/api/stats');
    assert.match(r.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
  });
});

describe('HTTP API: events and storylines (fixture event set)', TIMEOUT, () => {
  let t: TestServer;
  before(async () => {
    t = await startSeededServer({ events: true });
  });
  after(() => t.close());

  test('events: newest and biggest first, undated last, with counts', async () => {
    const { body } = await get(t.url, '/api/events');
    assert.deepEqual(ids({ body } as Json), ['ev-comments', 'ev-ferry', 'ev-budget-delay', 'ev-peace-plan', 'ev-troops-warning']);
    const budget = body.items!.find((e) => e['id'] === 'ev-budget-delay')!;
    assert.deepEqual([budget['articles'], budget['independent'], budget['outlets']], [3, 2, ['Coast Wire', 'Daily Fixture', 'Fixture Gazette']]);
    assert.deepEqual(budget['storyline'], { id: 'sl-harbour', title: 'Harbour budget and ferries' });
    assert.equal((await get(t.url, '/api/stats')).body['events'], 5);
  });

  test('events: storyline, title words, person and date filters', async () => {
    assert.deepEqual(ids(await get(t.url, '/api/events?storyline=sl-peace-plan')), ['ev-peace-plan', 'ev-troops-warning']);
    assert.deepEqual(ids(await get(t.url, '/api/events?q=DELAYED+harbour')), ['ev-budget-delay']);
    assert.deepEqual(ids(await get(t.url, '/api/events?from=2026-01-06&to=2026-01-08')), ['ev-ferry']);
    assert.deepEqual(ids(await get(t.url, '/api/events?from=2026-01-01')), ['ev-comments', 'ev-ferry', 'ev-budget-delay'], 'a date filter drops undated events');
    const zakharova = ids(await get(t.url, `/api/events?person=${encodeURIComponent('PER:maria zakharova')}`));
    assert.ok(zakharova.includes('ev-budget-delay') && !zakharova.includes('ev-ferry'), String(zakharova));
    assert.equal((await get(t.url, '/api/events?person=PER%3Anobody')).body.total, 0);
    assert.deepEqual(ids(await get(t.url, '/api/events?limit=2&offset=1')), ['ev-ferry', 'ev-budget-delay']);
    assert.match((await get(t.url, '/api/events?from=2026-02-02&to=2026-02-01')).body.error?.message ?? '', /from is after to/);
    assert.equal((await get(t.url, '/api/events?speaker=x')).status, 400);
  });

  test('event: articles with copies marked, the storyline timeline, the quote ledger', async () => {
    const { status, body } = await get(t.url, '/api/events/ev-budget-delay');
    assert.equal(status, 200);
    const event = body['event'] as Record<string, unknown>;
    assert.deepEqual([event['id'], event['date'], event['summary']], ['ev-budget-delay', '2026-01-05', null]);
    const articles = body['articles'] as { id: string; outlet: string; copyOf: { id: string } | null }[];
    assert.deepEqual(articles.map((a) => [a.id, a.copyOf?.id ?? null]), [['harbour-budget', null], ['budget-delay-daily', null], ['harbour-budget-wire', 'harbour-budget']], 'independent reports first, then copies');
    assert.deepEqual((body['timeline'] as { id: string }[]).map((e) => e.id), ['ev-budget-delay', 'ev-ferry', 'ev-comments']);
    const ledger = body['ledger'] as { speaker: string; entity: string | null; outlets: { outlet: string | null; quotes: { text: string }[] }[] }[];
    const zakharova = ledger[0]!;
    assert.deepEqual([zakharova.speaker, zakharova.entity], ['Maria Zakharova', 'PER:maria zakharova'], 'the speaker in most outlets first');
    assert.deepEqual(zakharova.outlets.map((o) => o.outlet), ['Coast Wire', 'Daily Fixture', 'Fixture Gazette']);
    assert.match(zakharova.outlets[1]!.quotes[0]!.text, /^Members deserve time/, 'each outlet keeps its own wording');
    assert.match(zakharova.outlets[2]!.quotes[0]!.text, /^Nobody should vote/);
    assert.ok(Array.isArray(body['unattributed']));
    assert.equal((await get(t.url, '/api/events/no-such-event')).status, 404);
  });

  test('event without outlets: each article is its own ledger column', async () => {
    const { body } = await get(t.url, '/api/events/ev-peace-plan');
    const ledger = body['ledger'] as { speaker: string; outlets: { outlet: string | null; quotes: { article: { id: string } }[] }[] }[];
    for (const entry of ledger) for (const column of entry.outlets) assert.equal(new Set(column.quotes.map((q) => q.article.id)).size, 1, entry.speaker);
    assert.ok(ledger.some((e) => e.outlets.length > 1), 'someone is quoted by more than one article');
    assert.deepEqual((body['timeline'] as { id: string; date: string | null }[]).map((e) => [e.id, e.date]), [['ev-peace-plan', null], ['ev-troops-warning', null]]);
  });

  test('storylines: latest first; one storyline with its events by date', async () => {
    const list = await get(t.url, '/api/storylines');
    assert.deepEqual(ids(list), ['sl-harbour', 'sl-peace-plan']);
    assert.deepEqual(list.body.items![0], { id: 'sl-harbour', title: 'Harbour budget and ferries', events: 3, articles: 5, first: '2026-01-05', last: '2026-01-09' });
    const one = await get(t.url, '/api/storylines/sl-harbour');
    assert.deepEqual((one.body['events'] as { id: string }[]).map((e) => e.id), ['ev-budget-delay', 'ev-ferry', 'ev-comments']);
    assert.equal((await get(t.url, '/api/storylines/nope')).status, 404);
  });

  test('article and person pages name their events', async () => {
    const copy = await get(t.url, '/api/articles/harbour-budget-wire');
    assert.deepEqual(copy.body['event'], {
      id: 'ev-budget-delay', title: 'Harbour budget vote delayed', date: '2026-01-05', storyline: { id: 'sl-harbour', title: 'Harbour budget and ferries' },
      copyOf: { id: 'harbour-budget', title: 'Harbour budget vote delayed', outlet: 'Fixture Gazette', published: '2026-01-05' },
    });
    assert.equal(((await get(t.url, '/api/articles/harbour-budget')).body['event'] as { copyOf: unknown }).copyOf, null);
    const person = await get(t.url, `/api/entities/${encodeURIComponent('PER:maria zakharova')}`);
    assert.deepEqual((person.body['events'] as { id: string }[]).map((e) => e.id).slice(0, 2), ['ev-comments', 'ev-budget-delay']);
  });

  test('events are read fresh: a new event set shows at once, though no article changed', async () => {
    const before = await t.engine.store.eventSet();
    await t.engine.store.replaceEvents({ events: [], storylines: [], assignments: [] });
    assert.equal((await get(t.url, '/api/events')).body.total, 0);
    assert.equal((await get(t.url, '/api/articles/harbour-budget')).body['event'], null);
    await t.engine.store.replaceEvents(before);
    assert.equal((await get(t.url, '/api/events')).body.total, 5);
  });
});

describe('HTTP API with a token: POST /api/articles', TIMEOUT, () => {
  let t: TestServer;
  before(async () => {
    t = await startSeededServer({ token: TOKEN });
  });
  after(() => t.close());
  const post = (body: string, type: string, token: string | null = TOKEN, query = '') =>
    get(t.url, `/api/articles${query}`, { method: 'POST', headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) }, body });
  const record = { id: 'posted-1', title: 'Posted lighthouse story', outlet: 'Post Office', published: '2026-02-01', text: 'The lighthouse keeper retired on Sunday after forty years of service on the island.\n\nResidents gathered at the pier to thank him for his work through many storms.' };

  test('without the right token: 401, nothing stored', async () => {
    assert.equal((await post(JSON.stringify(record), 'application/json', null)).status, 401);
    assert.equal((await post(JSON.stringify(record), 'application/json', 'wrong-token-0123456789')).status, 401);
    assert.equal((await get(t.url, '/api/articles/posted-1')).status, 404);
  });

  test('a JSON record is ingested, then listed, searchable and readable', async () => {
    const r = await post(JSON.stringify(record), 'application/json');
    assert.equal(r.status, 200);
    assert.equal(r.body['inserted'], 1);
    assert.equal((await get(t.url, '/api/articles?limit=1')).body.items?.[0]?.['id'], 'posted-1');
    assert.deepEqual(ids(await get(t.url, '/api/articles?q=lighthouse')), ['posted-1']);
    assert.equal((await get(t.url, '/api/articles/posted-1')).body['outlet'], 'Post Office');
    assert.equal((await get(t.url, '/api/stats')).body['articles'], 9);
  });

  test('an HTML page is ingested under the id given, else one from its bytes', async () => {
    const html = '<html><head><title>Harbour lights</title></head><body><article><h1>Harbour lights</h1><p>The harbour lights were switched on again on Tuesday evening after a long repair that took most of the winter season.</p><p>Fishermen said the lights made the narrow entrance much safer to navigate at night in bad weather.</p></article></body></html>';
    assert.equal((await post(html, 'text/html; charset=utf-8', TOKEN, '?id=lights')).status, 200);
    assert.equal((await get(t.url, '/api/articles/lights')).body['title'], 'Harbour lights');
    const again = await post(html.replace('Tuesday', 'Wednesday'), 'text/html');
    assert.equal(again.body['inserted'], 1);
  });

  test('bad bodies: wrong type 415, malformed JSON 400, no text 400, too large 413', async () => {
    assert.equal((await post('hello', 'text/plain')).status, 415);
    assert.match((await post('{"text":', 'application/json')).body.error?.message ?? '', /malformed JSON/);
    assert.match((await post('[{"title":"x"}]', 'application/json')).body.error?.message ?? '', /neither text nor html/);
    assert.equal((await post('x'.repeat(MAX_POST_BYTES + 1), 'application/json')).status, 413);
  });
});
