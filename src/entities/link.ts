import type { EntityMention } from '../core/document.js';

/** An entity's corpus-wide key: its type and normalised name, e.g. `PER:maria zakharova`. */
export type EntityKey = string;

export function normaliseName(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/['’]s$/i, '')
    .replace(/^the\s+/i, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}

const lastToken = (name: string) => name.split(' ').at(-1) ?? name;

/**
 * Keys for an article's mentions. Within one article, a person named once in full and later by
 * surname alone ("Maria Zakharova" ... "Zakharova") is one entity.
 */
export function linkMentions(mentions: readonly EntityMention[]): EntityKey[] {
  const fullBySurname = new Map<string, string>();
  for (const m of mentions) {
    const n = normaliseName(m.text);
    if (m.type === 'PER' && n.includes(' ')) fullBySurname.set(lastToken(n), n);
  }
  return mentions.map((m) => {
    const n = normaliseName(m.text);
    const name = m.type === 'PER' && !n.includes(' ') ? (fullBySurname.get(n) ?? n) : n;
    return `${m.type}:${name}`;
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

/**
 * Gathers entities across articles as they stream past. A surname-only person key that matches
 * exactly one full-name person in the corpus is merged into it.
 */
export class EntityIndex {
  private readonly byKey = new Map<EntityKey, { names: Map<string, number>; articles: Set<string>; type: EntityMention['type'] }>();

  add(articleId: string, mentions: readonly EntityMention[]): EntityKey[] {
    const keys = linkMentions(mentions);
    keys.forEach((key, i) => {
      const m = mentions[i]!;
      const e = this.byKey.get(key) ?? { names: new Map<string, number>(), articles: new Set<string>(), type: m.type };
      e.names.set(m.text, (e.names.get(m.text) ?? 0) + 1);
      e.articles.add(articleId);
      this.byKey.set(key, e);
    });
    return keys;
  }

  /** Where each key ended up after corpus-level merging. */
  resolve(): Map<EntityKey, EntityKey> {
    const surnames = new Map<string, EntityKey[]>();
    for (const key of this.byKey.keys()) {
      const [type, name = ''] = key.split(/:(.*)/s);
      if (type === 'PER' && name.includes(' ')) surnames.set(lastToken(name), [...(surnames.get(lastToken(name)) ?? []), key]);
    }
    const target = new Map<EntityKey, EntityKey>();
    for (const key of this.byKey.keys()) {
      const [type, name = ''] = key.split(/:(.*)/s);
      const full = type === 'PER' && !name.includes(' ') ? surnames.get(name) : undefined;
      target.set(key, full?.length === 1 ? full[0]! : key);
    }
    return target;
  }

  entities(): EntityRecord[] {
    const target = this.resolve();
    const merged = new Map<EntityKey, { names: Map<string, number>; articles: Set<string>; type: EntityMention['type'] }>();
    for (const [key, e] of this.byKey) {
      const to = target.get(key) ?? key;
      const m = merged.get(to) ?? { names: new Map<string, number>(), articles: new Set<string>(), type: e.type };
      for (const [n, c] of e.names) m.names.set(n, (m.names.get(n) ?? 0) + c);
      for (const a of e.articles) m.articles.add(a);
      merged.set(to, m);
    }
    return [...merged].map(([key, e]) => {
      const names = [...e.names].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).map(([n]) => n);
      const name = [...names].sort((a, b) => b.split(' ').length - a.split(' ').length || (e.names.get(b) ?? 0) - (e.names.get(a) ?? 0))[0] ?? key;
      return { id: key, name, type: e.type, aliases: names.filter((n) => n !== name), roles: [], articles: [...e.articles] };
    });
  }
}
