import type { Writable } from 'node:stream';
import { EntityIndex, linkMentions, type EntityKey } from '../entities/link.js';
import { speakerResolver } from '../entities/speakers.js';
import type { Store, StoredArticle, StoredAssignment } from '../store/store.js';

export type ExportFormat = 'json' | 'jsonl';

/** The collections of the export contract, in order. Later stages fill the empty ones. */
export const COLLECTIONS = ['articles', 'events', 'storylines', 'entities', 'quotes', 'claims'] as const;

/** An article as the export contract shows it; `entityKeys` name each mention's entity. */
export function exportArticle(a: StoredArticle, entityKeys: readonly EntityKey[] = [], placed?: StoredAssignment): Record<string, unknown> {
  const { analysis } = a;
  return {
    id: a.id, source: a.source, url: a.url, title: a.title, outlet: a.outlet, authors: a.authors,
    published: a.published, language: a.language, text: a.text, removed: a.removed,
    notArticle: a.notArticle, warnings: a.warnings, extra: a.extra,
    event: placed?.event ?? null, copyOf: placed?.copyOf ?? null,
    eventDate: analysis.eventDate ?? null,
    times: analysis.times ?? [],
    mentions: (analysis.mentions ?? []).map((m, i) => ({ entity: entityKeys[i] ?? null, ...m })),
  };
}

/** The article's quotes as export records, with ids stable across runs (`<article>#q<n>`). */
export function exportQuotes(a: StoredArticle, resolveEntity: (name: string | null) => EntityKey | null): Record<string, unknown>[] {
  return (a.analysis.quotes ?? []).map((q, i) => ({
    id: `${a.id}#q${i + 1}`, article: a.id, text: q.text, start: q.start, end: q.end, direct: q.direct,
    speaker: q.speakerResolved ?? q.speaker, speakerAsWritten: q.speaker, speakerEntity: resolveEntity(q.speakerResolved ?? q.speaker),
    cue: q.cue, utterance: null,
  }));
}

function write(out: Writable, chunk: string): Promise<void> {
  if (out.write(chunk)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      out.off('drain', done);
      out.off('error', done);
      if (error) reject(error);
      else resolve();
    };
    out.on('drain', done);
    out.on('error', done);
  });
}

/**
 * Streams the store in three passes (entities are gathered, then articles with their mentions'
 * merged entity ids, then quotes), holding only the entity index in memory; claims come last, as stored.
 */
async function collect(store: Store, emit: (kind: (typeof COLLECTIONS)[number], record: Record<string, unknown>) => Promise<void>): Promise<number> {
  const index = new EntityIndex();
  for await (const a of store.articles()) index.add(a.id, a.analysis.mentions ?? [], a.text);
  const merged = index.resolve();
  const entities = index.entities();
  const { events, storylines, assignments } = await store.eventSet();
  const placed = new Map(assignments.map((x) => [x.article, x]));
  let n = 0;
  for await (const a of store.articles()) {
    const keys = linkMentions(a.analysis.mentions ?? []).map((k) => merged.get(k) ?? k);
    await emit('articles', exportArticle(a, keys, placed.get(a.id)));
    n++;
  }
  for (const e of events) await emit('events', { ...e });
  for (const s of storylines) await emit('storylines', { ...s });
  for (const e of entities) await emit('entities', { ...e });
  const speakerEntity = speakerResolver(entities);
  for await (const a of store.articles()) for (const q of exportQuotes(a, speakerEntity)) await emit('quotes', q);
  for (const c of await store.claims()) await emit('claims', { ...c });
  return n;
}

/**
 * Streams the store to `out`. `json`: one object with the contract's arrays;
 * `jsonl`: one object per line with a `kind` field (a claim's own kind becomes `claimKind`). Returns the number of articles written.
 */
export async function exportCorpus(store: Store, format: ExportFormat, out: Writable): Promise<number> {
  if (format === 'jsonl') {
    const kindOf: Record<string, string> = { articles: 'article', events: 'event', storylines: 'storyline', entities: 'entity', quotes: 'quote', claims: 'claim' };
    // A record's own `kind` (a claim's 'quote' | 'number' | 'statement') would hide the line's kind,
    // so in JSONL it is written as `<kind>Kind` (`claimKind`).
    return collect(store, (kind, record) => {
      const { kind: own, ...rest } = record;
      const line = own === undefined ? { kind: kindOf[kind], ...rest } : { kind: kindOf[kind], [`${kindOf[kind]}Kind`]: own, ...rest };
      return write(out, `${JSON.stringify(line)}\n`);
    });
  }
  let open: string | null = null;
  let count = 0;
  const openCollection = async (kind: string) => {
    while (open !== kind) {
      const next = COLLECTIONS[open === null ? 0 : COLLECTIONS.indexOf(open as (typeof COLLECTIONS)[number]) + 1]!;
      await write(out, `${open === null ? '{' : `${count ? '\n' : ''}],`}"${next}":[`);
      open = next;
      count = 0;
    }
  };
  const n = await collect(store, async (kind, record) => {
    await openCollection(kind);
    await write(out, `${count ? ',\n' : '\n'}${JSON.stringify(record)}`);
    count++;
  });
  await openCollection(COLLECTIONS.at(-1)!);
  await write(out, `${count ? '\n' : ''}]}\n`);
  return n;
}
