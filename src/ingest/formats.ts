/** Input kinds we read, by file name (after any `.gz`) or, failing that, by content. */
export type FileKind = 'text' | 'html' | 'json' | 'jsonl' | 'feed' | 'warc';

const EXTENSIONS: Record<string, FileKind> = {
  txt: 'text', text: 'text',
  html: 'html', htm: 'html', xhtml: 'html',
  json: 'json',
  jsonl: 'jsonl', ndjson: 'jsonl',
  rss: 'feed', atom: 'feed', rdf: 'feed', xml: 'feed',
  warc: 'warc', arc: 'warc',
};

/** Extensions stripped to make an article id from a file name. */
const STRIPPED = new Set([...Object.keys(EXTENSIONS), 'gz']);

export function kindFromName(name: string): FileKind | null {
  const parts = name.toLowerCase().split('.');
  if (parts.at(-1) === 'gz') parts.pop();
  if (parts.length < 2) return null;
  return EXTENSIONS[parts.at(-1) ?? ''] ?? null;
}

/** `a/000_x.txt.gz` -> `000_x`: the file name without its known extensions. */
export function idFromName(path: string): string {
  const base = path.split(/[\\/]/).at(-1) ?? path;
  const parts = base.split('.');
  while (parts.length > 1 && STRIPPED.has((parts.at(-1) ?? '').toLowerCase())) parts.pop();
  return parts.join('.');
}

/** Guess a kind from the first characters of decoded content. */
export function sniffKind(head: string): FileKind {
  const start = head.trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || /^<(head|body|meta|article|div|p)\b/.test(start)) return 'html';
  if (start.startsWith('[')) return 'json';
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:rdf)\b/.test(start)) return 'feed';
  if (start.startsWith('warc/')) return 'warc';
  if (start.startsWith('{')) {
    const firstLine = head.trimStart().split('\n', 1)[0] ?? '';
    return firstLine.trim().endsWith('}') && head.trim().includes('\n') ? 'jsonl' : 'json';
  }
  return 'text';
}
