import type { EntityKey, EntityRecord } from './link.js';

/** Entity types a quote's speaker can name: people and organisations ("the Kremlin" speaks too). */
const SPEAKER_TYPES = new Set(['PER', 'ORG']);

/**
 * Maps a quote's (resolved) speaker name to the entity it names: a person's or organisation's
 * name or one of its aliases, case-insensitively. Shared by the export and the HTTP API.
 */
export function speakerResolver(entities: Iterable<EntityRecord>): (name: string | null) => EntityKey | null {
  const byName = new Map<string, EntityKey>();
  for (const e of entities) {
    if (SPEAKER_TYPES.has(e.type)) for (const name of [e.name, ...e.aliases]) byName.set(name.toLowerCase(), e.id);
  }
  return (name) => (name ? (byName.get(name.toLowerCase()) ?? null) : null);
}
