import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isTraversal, readStatic } from './static.js';
import { startSeededServer, type TestServer } from './testing.js';

/** A GET with the request target sent exactly as written (fetch and URL would normalise `..` away). */
function rawGet(base: string, target: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: target, timeout: 5000 }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c)).on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout'))).on('error', reject).end();
  });
}

const TRAVERSALS = [
  '/../package.json',
  '/../../../../etc/passwd',
  '/assets/../../package.json',
  '/%2e%2e/%2e%2e/package.json',
  '/assets/..%2f..%2fpackage.json',
  '/assets/%2E%2E%5Cpackage.json',
  '/..\\..\\package.json',
  '/assets/./index.html',
  '/api/../api/stats',
];

describe('static files and path traversal', { timeout: 30_000 }, () => {
  let t: TestServer;
  before(async () => {
    t = await startSeededServer();
  });
  after(() => t.close());

  test('paths with dot segments are refused with 400, raw or encoded', async () => {
    for (const target of TRAVERSALS) {
      const r = await rawGet(t.url, target);
      assert.equal(r.status, 400, target);
      // Node's own parser already refuses a raw backslash (an empty 400); the app refuses the rest.
      if (r.body) assert.match(r.body, /path refused/, target);
      assert.doesNotMatch(r.body, /"name": "corroborate"|root:/, target);
    }
  });

  test('the UI is served, page addresses get index.html, unknown files 404', async () => {
    const home = await fetch(`${t.url}/`);
    assert.equal(home.status, 200);
    assert.match(home.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(home.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    const html = await home.text();
    assert.match(html, /<main id="main"/);
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    assert.ok(script, 'the built page loads its script from /assets');
    const js = await fetch(`${t.url}${script}`);
    assert.match(js.headers.get('cache-control') ?? '', /immutable/);
    assert.equal((await fetch(`${t.url}/articles/some-id`)).status, 200);
    assert.equal((await fetch(`${t.url}/assets/missing.js`)).status, 404);
  });

  test('isTraversal and readStatic refuse anything outside the root', async () => {
    for (const p of TRAVERSALS) assert.equal(isTraversal(p.split('?')[0]!), true, p);
    for (const p of ['/', '/assets/index-abc.js', '/articles/a..b', '/people/PER%3Amaria%20zakharova', '/x.y']) assert.equal(isTraversal(p), false, p);
    const root = mkdtempSync(join(tmpdir(), 'corr-web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<p>ok</p>');
    writeFileSync(join(root, 'assets', 'a.js'), 'x');
    writeFileSync(join(root, '.secret.txt'), 'no');
    writeFileSync(join(root, '..', 'corr-outside.txt'), 'no');
    assert.equal((await readStatic(root, '/'))?.body.toString(), '<p>ok</p>');
    assert.equal((await readStatic(root, '/assets/a.js'))?.immutable, true);
    for (const p of ['/../corr-outside.txt', '/assets/%2e%2e/%2e%2e/corr-outside.txt', '/.secret.txt', '/assets\\..\\..\\x', '/%E0%A4%A', '/a%00.js', '/assets']) {
      assert.equal(await readStatic(root, p), null, p);
    }
  });
});
