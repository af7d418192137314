/** The BIO tag set over the four CoNLL entity types. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const N_TAGS = TAGS.length;

const INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

/** Index of a tag, 0 (O) for anything unknown. */
export function tagIndex(tag: string): number {
  return INDEX.get(tag) ?? 0;
}

/** Whether tag `next` may follow tag `prev` (-1 = sentence start): I-X only after B-X or I-X. */
export function allowed(prev: number, next: number): boolean {
  const t = TAGS[next]!;
  if (!t.startsWith('I-')) return true;
  if (prev < 0) return false;
  const p = TAGS[prev]!;
  return p !== 'O' && p.slice(2) === t.slice(2);
}

/** An entity as a token range `[from, to)` with its type. */
export interface TokenEntity {
  from: number;
  to: number;
  type: EntityType;
}

/** Entities of a BIO (or IOB1) tag sequence; a stray I-X opens an entity, as conlleval does. */
export function entitiesOf(tags: readonly string[]): TokenEntity[] {
  const out: TokenEntity[] = [];
  let open: TokenEntity | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const t = tags[i] ?? 'O';
    const type = t === 'O' ? null : (t.slice(2) as EntityType);
    const continues = open && t.startsWith('I-') && type === open.type;
    if (open && !continues) {
      open.to = i;
      out.push(open);
      open = null;
    }
    if (type && !continues) open = { from: i, to: i + 1, type };
  }
  return out;
}
