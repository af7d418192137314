import type { ArticleInput } from '../core/document.js';
import { InputError } from './bytes.js';

export type Entry = { ok: true; input: ArticleInput } | { ok: false; source: string; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function recordEntry(value: unknown, source: string, fallbackId: string): Entry {
  if (!isRecord(value)) return { ok: false, source, reason: 'not a JSON object' };
  return { ok: true, input: { source, format: 'record', record: value, fallbackId } };
}

/** One JSON object per line (id fallback: file name and line number); a bad line is reported with its line number and the rest go on. */
export function jsonlEntries(text: string, source: string, baseId: string): Entry[] {
  const entries: Entry[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${source}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      entries.push({ ok: false, source: where, reason: `malformed JSON line (${(error as Error).message})` });
      return;
    }
    entries.push(recordEntry(value, where, `${baseId}-${index + 1}`));
  });
  return entries;
}

/** A JSON file: one article object, an array of them, or an export (`{"articles": [...]}`). */
export function jsonEntries(text: string, source: string, baseId: string): Entry[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`malformed JSON (${(error as Error).message})`);
  }
  const list = Array.isArray(value) ? value : isRecord(value) && Array.isArray(value['articles']) ? value['articles'] : null;
  if (list === null) return [recordEntry(value, source, baseId)];
  return list.map((item, i) => recordEntry(item, `${source}#${i + 1}`, `${baseId}-${i + 1}`));
}
