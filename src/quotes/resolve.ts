import { type Person, type People, lastBefore, nameIn } from './people.js';
import { PRONOUNS } from './rules.js';

/**
 * Pronoun preference, in characters of distance: being the last resolved speaker counts as this much
 * nearer (quotes come in runs from one speaker), a mention as a sentence's subject this much nearer,
 * and an unknown gender as this much further.
 * Tuned on PolNeAR train.
 */
export const RESOLVE_WEIGHTS = { lastSpeakerBonus: 400, unknownGenderPenalty: 150, subjectBonus: 300 };

/** Walks the attributions in text order, resolving each written speaker to a full name. */
export class SpeakerResolver {
  private lastPerson: Person | null = null;
  private lastGroup: string | null = null;

  /** `isSubject(pos)`: the mention at `pos` opens its sentence (the sentence's likely subject). */
  constructor(
    private readonly people: People,
    private readonly isSubject: (pos: number) => boolean = () => false,
  ) {}

  /** The full name (or the description as written) behind `written` at `pos`; null for an unresolved pronoun. */
  resolve(written: string, pos: number): string | null {
    const lower = written.toLowerCase();
    const kind = PRONOUNS[lower];
    if (kind === 'm' || kind === 'f') {
      const p = this.pronoun(kind, pos);
      if (p) this.lastPerson = p;
      return p?.name ?? null;
    }
    if (kind === 'p' || kind === 'n') return this.lastGroup;
    if (kind === 'self') return null;
    const name = nameIn(written);
    const person = name ? (this.people.addName(written.split(/\s+/), pos, false) ?? this.people.lookup(name, pos)) : this.people.alias(written);
    if (person) {
      this.lastPerson = person;
      return person.name;
    }
    this.lastGroup = written;
    return name?.join(' ') ?? written;
  }

  private pronoun(gender: 'm' | 'f', pos: number): Person | null {
    let best: Person | null = null;
    let bestScore = -Infinity;
    for (const p of this.people.persons) {
      if (p.gender && p.gender !== gender) continue;
      const at = lastBefore(p, pos);
      if (at < 0) continue;
      const score = at + (p === this.lastPerson ? RESOLVE_WEIGHTS.lastSpeakerBonus : 0) + (this.isSubject(at) ? RESOLVE_WEIGHTS.subjectBonus : 0) - (p.gender ? 0 : RESOLVE_WEIGHTS.unknownGenderPenalty);
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    if (best && !best.gender) best.gender = gender;
    return best;
  }
}
