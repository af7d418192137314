import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';

/**
 * A loopback HTTP server for the fetch tests, serving `test/fixtures/fetch/*` (with `{{origin}}`
 * filled in) and endpoints that misbehave on purpose. It logs every request it gets.
 */
export interface FixtureServer {
  origin: string;
  log: Array<{ path: string; headers: IncomingMessage['headers']; at: number }>;
  /** Requests being served right now, and the most there ever were at once. */
  peak: number;
  /** The watched feed's items: tests push to it to publish. */
  watchItems: string[];
  close(): Promise<void>;
}

const fixture = (name: string): string => readFileSync(new URL(`../../test/fixtures/fetch/${name}`, import.meta.url), 'utf8');

const HTML = 'text/html; charset=utf-8';

function watchFeed(items: string[]): string {
  const xml = items.map((id) => `<item><guid>${id}</guid><title>${id}</title><link>/items/${id}</link><description>Item ${id}</description></item>`);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Watched</title>${xml.join('')}</channel></rss>`;
}

export async function startFixtureServer(options: { robots?: string; delayMs?: number } = {}): Promise<FixtureServer> {
  let active = 0;
  const state: Omit<FixtureServer, 'origin' | 'close'> = { log: [], peak: 0, watchItems: ['w-1', 'w-2'] };
  const fill = (text: string): string => text.replaceAll('{{origin}}', origin);

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
    '/robots.txt': (_q, res) => res.writeHead(200, { 'Content-Type': 'text/plain' }).end(options.robots ?? fixture('robots.txt')),
    '/start': (_q, res) => res.writeHead(301, { Location: '/hop?fbclid=abc&keep=1&utm_source=x' }).end(),
    '/hop': (_q, res) => res.writeHead(302, { Location: `${origin}/news/ferry-strike?utm_medium=email&id=7` }).end(),
    '/news/ferry-strike': (_q, res) => res.writeHead(200, { 'Content-Type': HTML }).end(fill(fixture('article.html'))),
    '/feed.xml': (_q, res) => res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(fill(fixture('feed.xml'))),
    '/feed-as-html': (_q, res) => res.writeHead(200, { 'Content-Type': HTML }).end(fill(fixture('feed.xml'))),
    '/items/1': (_q, res) => res.writeHead(200, { 'Content-Type': HTML }).end(fixture('item-1.html')),
    '/items/2': (_q, res) => res.writeHead(200, { 'Content-Type': HTML }).end(fixture('item-2.html')),
    '/private/item': (_q, res) => res.writeHead(200, { 'Content-Type': HTML }).end('<p>secret</p>'),
    '/private/secret': (_q, res) => res.writeHead(200, { 'Content-Type': HTML }).end('<p>secret</p>'),
    '/private/open': (_q, res) => res.writeHead(200, { 'Content-Type': HTML }).end('<html><p>open</p></html>'),
    '/sitemap.xml': (_q, res) => res.writeHead(200, { 'Content-Type': 'application/xml' }).end(fill(fixture('sitemap.xml'))),
    '/sitemap.xml.gz': (_q, res) => res.writeHead(200, { 'Content-Type': 'application/gzip' }).end(gzipSync(fill(fixture('sitemap.xml')))),
    '/sitemap-index.xml': (_q, res) => res.writeHead(200, { 'Content-Type': 'text/xml' }).end(fill(fixture('sitemap-index.xml'))),
    '/gzip': (_q, res) => res.writeHead(200, { 'Content-Type': HTML, 'Content-Encoding': 'gzip' }).end(gzipSync(fixture('item-2.html'))),
    '/deflate': (_q, res) => res.writeHead(200, { 'Content-Type': HTML, 'Content-Encoding': 'deflate' }).end(deflateSync(fixture('item-2.html'))),
    '/br': (_q, res) => res.writeHead(200, { 'Content-Type': HTML, 'Content-Encoding': 'br' }).end(brotliCompressSync(fixture('item-2.html'))),
    '/latin1': (_q, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=iso-8859-1' }).end(Buffer.from('<html><p>Caf\xe9 cr\xe8me</p></html>', 'latin1')),
    '/slow': (_q, res) => {
      res.writeHead(200, { 'Content-Type': HTML });
      res.write('<html><p>never finishes');
    },
    '/huge': (_q, res) => {
      res.writeHead(200, { 'Content-Type': HTML });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = (): void => {
        while (sent < 64 && !res.destroyed) {
          sent++;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    },
    '/huge-declared': (_q, res) => res.writeHead(200, { 'Content-Type': HTML, 'Content-Length': String(50 * 1024 * 1024) }).write('<html>'),
    '/bomb': (_q, res) => res.writeHead(200, { 'Content-Type': HTML, 'Content-Encoding': 'gzip' }).end(gzipSync(Buffer.alloc(8 * 1024 * 1024, ' '))),
    '/conditional': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { ETag: '"v1"' }).end();
      res.writeHead(200, { 'Content-Type': HTML, ETag: '"v1"', 'Last-Modified': 'Thu, 08 Jan 2026 09:00:00 GMT' }).end(fixture('item-2.html'));
    },
    '/watch.xml': (req, res) => {
      const etag = `"${state.watchItems.length}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { ETag: etag }).end();
      res.writeHead(200, { 'Content-Type': 'application/rss+xml', ETag: etag }).end(watchFeed(state.watchItems));
    },
    '/loop-a': (_q, res) => res.writeHead(302, { Location: '/loop-b' }).end(),
    '/loop-b': (_q, res) => res.writeHead(302, { Location: '/loop-a?utm_source=loop' }).end(),
    '/to-file': (_q, res) => res.writeHead(302, { Location: 'file:///etc/passwd' }).end(),
    '/truncated': (_q, res) => {
      res.writeHead(200, { 'Content-Type': HTML, 'Content-Length': '1000' }).write('<html><p>cut');
      setTimeout(() => res.destroy(), 20);
    },
    '/empty': (_q, res) => res.writeHead(200, { 'Content-Type': HTML }).end(),
    '/pdf': (_q, res) => res.writeHead(200, { 'Content-Type': 'application/pdf' }).end('%PDF-1.4'),
    '/other-xml': (_q, res) => res.writeHead(200, { 'Content-Type': 'application/xml' }).end('<?xml version="1.0"?><catalog/>'),
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture');
    state.log.push({ path: url.pathname + url.search, headers: req.headers, at: Date.now() });
    state.peak = Math.max(state.peak, ++active);
    res.on('close', () => active--);
    const chain = /^\/chain\/(\d+)$/.exec(url.pathname);
    const route = chain ? (_q: IncomingMessage, r: ServerResponse) => r.writeHead(302, { Location: `/chain/${Number(chain[1]) + 1}` }).end() : routes[url.pathname];
    const respond = (): void => (route ? route(req, res) : void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'));
    if (options.delayMs && url.pathname !== '/robots.txt') setTimeout(respond, options.delayMs);
    else respond();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(state, {
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
