import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `npm run build` puts the web UI (Vite's output), beside the compiled server. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../web/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** A `..` or `.` path segment, also percent-encoded or behind a backslash, anywhere in a raw request path. */
const DOT_SEGMENT = /(?:^|[/\\]|%2f|%5c)(?:\.|%2e){1,2}(?:$|[/\\?#]|%2f|%5c)/i;

/** True when a raw request target tries to climb out of its folder (`/../x`, `/%2e%2e/x`, `/a/..%2fb`). */
export function isTraversal(rawPath: string): boolean {
  return DOT_SEGMENT.test(rawPath) || rawPath.includes('\0') || /%00/.test(rawPath);
}

export interface StaticFile {
  body: Buffer;
  type: string;
  /** Vite's hashed assets never change under one name. */
  immutable: boolean;
}

/**
 * The file under `root` that a request path names, or null when there is none. Refuses (returns
 * null for) anything that is not a plain path inside `root`: dot segments, backslashes, NUL, bad
 * percent-encoding, dotfiles.
 */
export async function readStatic(root: string, urlPath: string): Promise<StaticFile | null> {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\') || path.split('/').some((s) => s === '..' || s.startsWith('.'))) return null;
  const base = resolve(root);
  const file = resolve(base, `.${path.endsWith('/') ? `${path}index.html` : path}`);
  if (!file.startsWith(base + sep)) return null;
  const type = TYPES[extname(file).toLowerCase()];
  if (!type) return null;
  try {
    if (!(await stat(file)).isFile()) return null;
    return { body: await readFile(file), type, immutable: path.startsWith('/assets/') };
  } catch {
    return null;
  }
}
