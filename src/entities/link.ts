/**
 * Entity identity: which mentions name the same entity, within an article and across the corpus.
 * Titles are cut off ("President Putin" -> Putin, the title kept as a role), a bare surname joins the
 * full name that carries it, and spelling variants ("Zelenskiy" / "Zelensky", "Kiev" / "Kyiv") are
 * one entity (`variants.ts`).
 */
import type { EntityMention } from '../core/document.js';
import { normaliseName, stripTitles } from './names.js';
import { rolesAround } from './roles.js';
import { type VariantThresholds, VARIANT_DEFAULTS, bucketOf, canonicalName, loadVariantTable, sameName, sameWord } from './variants.js';

export { normaliseName } from './names.js';

/** An entity's corpus-wide key: its type and normalised name, e.g. `PER:maria zakharova`. */
export type EntityKey = string;

let defaultTable: Map<string, string> | null = null;
const variantTable = (): Map<string, string> => (defaultTable ??= loadVariantTable());

const lastToken = (name: string): string => name.split(' ').at(-1) ?? name;

/** A mention's name as keys use it: normalised, titles cut off for people, well-known variants mapped. */
export function mentionName(m: Pick<EntityMention, 'text' | 'type'>, table: ReadonlyMap<string, string> = variantTable()): string {
  const n = normaliseName(m.text);
  return canonicalName(m.type === 'PER' ? stripTitles(n).name : n, table);
}

/**
 * Whether two names of one type name one entity by spelling alone (titles, variants, surname vs full
 * name): what the corpus-level merge asks of each candidate pair.
 *
 * @example
 *   sameEntity('President Zelensky', 'Volodymyr Zelenskiy', 'PER'); // true
 *   sameEntity('Niger', 'Nigeria', 'LOC'); // false
 */
export function sameEntity(a: string, b: string, type: EntityMention['type'], thresholds: VariantThresholds = VARIANT_DEFAULTS): boolean {
  const table = variantTable();
  return sameName(mentionName({ text: a, type }, table), mentionName({ text: b, type }, table), type, table, thresholds);
}

/**
 * Keys for an article's mentions. Within one article, a person named once in full and later by
 * surname alone ("Maria Zakharova" ... "Zakharova", or a variant spelling of it) is one entity.
 *
 * @example
 *   linkMentions([{text: 'President Vladimir Putin', type: 'PER', ...}, {text: 'Putin', type: 'PER', ...}]);
 *   // ['PER:vladimir putin', 'PER:vladimir putin']
 */
export function linkMentions(mentions: readonly EntityMention[]): EntityKey[] {
  const names = mentions.map((m) => mentionName(m));
  const fullNames = names.filter((n, i) => mentions[i]!.type === 'PER' && n.includes(' '));
  return mentions.map((m, i) => {
    const n = names[i]!;
    if (m.type !== 'PER' || n.includes(' ')) return `${m.type}:${n}`;
    const carriers = new Set(fullNames.filter((f) => sameWord(lastToken(f), n, variantTable())));
    return `${m.type}:${carriers.size === 1 ? [...carriers][0]! : n}`;
  });
}

export interface EntityRecord {
  id: string;
  name: string;
  type: EntityMention['type'];
  aliases: string[];
  roles: string[];
  articles: string[];
}

interface Entry {
  names: Map<string, number>;
  roles: Map<string, number>;
  articles: Set<string>;
  type: EntityMention['type'];
}

/**
 * Gathers entities across articles as they stream past, then merges keys that name one entity:
 * spelling variants of one name, and a bare surname into the one full name carrying it.
 *
 * @example
 *   const idx = new EntityIndex();
 *   idx.add('a', mentionsOfA, textOfA);
 *   idx.entities(); // [{id: 'PER:volodymyr zelensky', aliases: ['Zelenskiy'], roles: ['President'], ...}]
 */
export class EntityIndex {
  private readonly byKey = new Map<EntityKey, Entry>();

  constructor(private readonly thresholds: VariantThresholds = VARIANT_DEFAULTS) {}

  /** Adds an article's mentions; with the article's `text`, people's roles are read from around their names. */
  add(articleId: string, mentions: readonly EntityMention[], text?: string): EntityKey[] {
    const keys = linkMentions(mentions);
    keys.forEach((key, i) => {
      const m = mentions[i]!;
      const e = this.byKey.get(key) ?? { names: new Map<string, number>(), roles: new Map<string, number>(), articles: new Set<string>(), type: m.type };
      const shown = m.type === 'PER' ? displayWithoutTitles(m.text) : { name: m.text, titles: [] };
      e.names.set(shown.name, (e.names.get(shown.name) ?? 0) + 1);
      const roles = [...shown.titles, ...(text !== undefined && m.type === 'PER' ? rolesAround(text, m.start, m.end) : [])];
      for (const r of roles) e.roles.set(r, (e.roles.get(r) ?? 0) + 1);
      e.articles.add(articleId);
      this.byKey.set(key, e);
    });
    return keys;
  }

  /** Where each key ended up after corpus-level merging. */
  resolve(): Map<EntityKey, EntityKey> {
    const table = variantTable();
    const keys = [...this.byKey.keys()];
    const parent = new Map(keys.map((k) => [k, k]));
    const find = (k: EntityKey): EntityKey => {
      let r = k;
      while (parent.get(r) !== r) r = parent.get(r)!;
      parent.set(k, r);
      return r;
    };
    const weight = (k: EntityKey): number => [...(this.byKey.get(k)?.names.values() ?? [])].reduce((a, b) => a + b, 0);
    const union = (a: EntityKey, b: EntityKey): void => {
      const [ra, rb] = [find(a), find(b)];
      if (ra === rb) return;
      // The longer name, then the more frequent one, names the merged entity.
      const better = nameOf(rb).split(' ').length - nameOf(ra).split(' ').length || weight(rb) - weight(ra);
      if (better > 0) parent.set(ra, rb);
      else parent.set(rb, ra);
    };
    const buckets = new Map<string, EntityKey[]>();
    for (const k of keys) {
      const b = `${typeOf(k)}|${bucketOf(nameOf(k), table)}`;
      buckets.set(b, [...(buckets.get(b) ?? []), k]);
    }
    for (const bucket of buckets.values()) {
      const full = bucket.filter((k) => typeOf(k) !== 'PER' || nameOf(k).includes(' '));
      for (const [i, a] of full.entries())
        for (const b of full.slice(i + 1)) if (sameName(nameOf(a), nameOf(b), typeOf(a), table, this.thresholds)) union(a, b);
      const bare = bucket.filter((k) => typeOf(k) === 'PER' && !nameOf(k).includes(' '));
      for (const [i, a] of bare.entries()) for (const b of bare.slice(i + 1)) if (sameWord(nameOf(a), nameOf(b), table, this.thresholds)) union(a, b);
      for (const s of bare) {
        const carriers = new Set(full.filter((f) => sameWord(lastToken(nameOf(f)), nameOf(s), table, this.thresholds)).map(find));
        if (carriers.size === 1) union(s, [...carriers][0]!);
      }
    }
    return new Map(keys.map((k) => [k, find(k)]));
  }

  entities(): EntityRecord[] {
    const target = this.resolve();
    const merged = new Map<EntityKey, Entry>();
    for (const [key, e] of this.byKey) {
      const to = target.get(key) ?? key;
      const m = merged.get(to) ?? { names: new Map<string, number>(), roles: new Map<string, number>(), articles: new Set<string>(), type: e.type };
      for (const [n, c] of e.names) m.names.set(n, (m.names.get(n) ?? 0) + c);
      for (const [r, c] of e.roles) m.roles.set(r, (m.roles.get(r) ?? 0) + c);
      for (const a of e.articles) m.articles.add(a);
      merged.set(to, m);
    }
    return [...merged].map(([key, e]) => {
      const names = [...e.names].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).map(([n]) => n);
      const name = [...names].sort((a, b) => b.split(' ').length - a.split(' ').length || (e.names.get(b) ?? 0) - (e.names.get(a) ?? 0))[0] ?? key;
      return { id: key, name, type: e.type, aliases: names.filter((n) => n !== name), roles: distinctRoles(e.roles), articles: [...e.articles] };
    });
  }
}

const typeOf = (key: EntityKey): string => key.slice(0, key.indexOf(':'));
const nameOf = (key: EntityKey): string => key.slice(key.indexOf(':') + 1);

/** Honorifics: cut off a name like titles, but no role ("Mr Blair"). */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'rev', 'reverend']);

/** A person's name as written, with the titles in front cut off ("President Putin" -> "Putin", ["President"]). */
function displayWithoutTitles(text: string): { name: string; titles: string[] } {
  const words = text.split(/\s+/);
  const { titles } = stripTitles(normaliseName(text));
  let cut = 0;
  for (const t of titles) cut += t.split(' ').length;
  if (!cut || cut >= words.length) return { name: text, titles: [] };
  const roles = titles.every((t) => HONORIFICS.has(t)) ? [] : [words.slice(0, cut).join(' ').replace(/\.$/, '')];
  return { name: words.slice(cut).join(' '), titles: roles };
}

/** Roles, most frequent first, one per spelling regardless of case. */
function distinctRoles(roles: Map<string, number>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const [r] of [...roles].sort((a, b) => b[1] - a[1])) {
    const k = r.toLowerCase();
    if (!seen.has(k)) out.push(r);
    seen.add(k);
  }
  return out;
}
