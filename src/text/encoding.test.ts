import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { decodeBytes, resolveLabel } from './encoding.js';

// Tests run from dist/text/; fixtures stay in the source tree.
const FIXTURES = new URL('../../test/fixtures/text/', import.meta.url);
const fixture = (name: string): Uint8Array => readFileSync(new URL(name, FIXTURES));
// Read-only shared corpus beside the repository (never copied in); tests using it skip when absent.
const CORPUS = new URL('../../../shared/corpus/', import.meta.url);
const corpus = (path: string): URL => new URL(path, CORPUS);

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

test('BOMs pick the encoding and are stripped', () => {
  for (const [name, encoding] of [
    ['text-utf8-bom.txt', 'utf-8'],
    ['text-utf16le-bom.txt', 'utf-16le'],
    ['text-utf16be-bom.txt', 'utf-16be'],
  ] as const) {
    const d = decodeBytes(fixture(name), 'text');
    assert.equal(d.encoding, encoding, name);
    assert.equal(d.evidence, 'bom', name);
    assert.ok(d.text.startsWith('The club paid £15.8m'), name);
    assert.equal(d.warning, undefined, name);
  }
});

test('plain ASCII and valid UTF-8 text', () => {
  assert.deepEqual(decodeBytes(utf8('hello'), 'text'), { text: 'hello', encoding: 'utf-8', evidence: 'utf-8-valid' });
  const d = decodeBytes(utf8('Zoë paid €5 — 日本'), 'text');
  assert.equal(d.text, 'Zoë paid €5 — 日本');
  assert.equal(d.evidence, 'utf-8-valid');
  assert.deepEqual(decodeBytes(new Uint8Array(0), 'html'), { text: '', encoding: 'utf-8', evidence: 'utf-8-valid' });
});

test('html <meta http-equiv> charset is honoured', () => {
  const d = decodeBytes(fixture('html-http-equiv-windows-1251.html'), 'html');
  assert.equal(d.encoding, 'windows-1251');
  assert.equal(d.evidence, 'meta');
  assert.match(d.text, /Городская администрация/);
});

test('html <meta charset> without quotes, after other tags', () => {
  const bytes = Uint8Array.from(Buffer.from('<html><head><script>var a=1</script><META CHARSET=koi8-r></head><body>\xf0\xd2\xc9\xd7\xc5\xd4</body>', 'latin1'));
  const d = decodeBytes(bytes, 'html');
  assert.equal(d.encoding, 'koi8-r');
  assert.match(d.text, /Привет/);
});

test('a declaration that disagrees with valid multibyte UTF-8 loses, and evidence says so', () => {
  const d = decodeBytes(fixture('html-meta-latin1-but-utf8.html'), 'html');
  assert.equal(d.encoding, 'utf-8');
  assert.equal(d.evidence, 'utf-8-valid: meta declared windows-1252 but the bytes are valid UTF-8');
  assert.match(d.text, /£15\.8m .* café .* "naïve" – but/);
  assert.equal(d.warning, undefined);
});

test('a legacy declaration on pure ASCII bytes is kept', () => {
  const d = decodeBytes(utf8('<?xml version="1.0" encoding="ISO-8859-1"?><rss/>'), 'xml');
  assert.equal(d.encoding, 'windows-1252');
  assert.equal(d.evidence, 'xml-declaration');
});

test('unknown label falls back with a warning', () => {
  const d = decodeBytes(fixture('html-meta-unknown-label.html'), 'html');
  assert.equal(d.encoding, 'windows-1252');
  assert.match(d.evidence, /^fallback: meta declared unknown charset "x-no-such-charset"/);
  assert.match(d.warning ?? '', /unknown charset "x-no-such-charset".*not valid UTF-8; decoded as windows-1252/);
  assert.match(d.text, /Notícias.*A Câmara Municipal anunciou/s);

  const valid = decodeBytes(utf8('<meta charset="bogus"><p>café</p>'), 'html');
  assert.equal(valid.encoding, 'utf-8');
  assert.match(valid.warning ?? '', /unknown charset "bogus"; decoded as utf-8/);
});

test('declared utf-8 that is not valid UTF-8 is not trusted', () => {
  const bytes = Uint8Array.from(Buffer.from('<meta charset="utf-8"><p>Le caf\xe9 \xe9tait ferm\xe9</p>', 'latin1'));
  const d = decodeBytes(bytes, 'html');
  assert.equal(d.encoding, 'windows-1252');
  assert.match(d.text, /Le café était fermé/);
  assert.match(d.warning ?? '', /declared utf-8 but the bytes are not valid UTF-8; not valid UTF-8; decoded as windows-1252/);
});

test('xml declaration: ISO-8859-1 and Shift_JIS', () => {
  const latin = decodeBytes(fixture('xml-iso-8859-1.xml'), 'xml');
  assert.equal(latin.encoding, 'windows-1252');
  assert.equal(latin.evidence, 'xml-declaration');
  assert.match(latin.text, /Segundo o presidente, a obra custou menos do que o previsto e não houve atrasos/);
  const sjis = decodeBytes(fixture('xml-shift_jis.xml'), 'xml');
  assert.equal(sjis.encoding, 'shift_jis');
  assert.match(sjis.text, /政府は本日、新しい経済対策を発表しました。/);
});

test('xml declaration is ignored for plain text', () => {
  const d = decodeBytes(utf8('<?xml version="1.0" encoding="windows-1251"?>'), 'text');
  assert.equal(d.encoding, 'utf-8');
});

test('no declaration, not UTF-8: windows-1252 with a warning', () => {
  for (const [name, kind] of [['html-no-declaration-windows-1252.html', 'html'], ['text-latin1.txt', 'text']] as const) {
    const d = decodeBytes(fixture(name), kind);
    assert.equal(d.encoding, 'windows-1252', name);
    assert.equal(d.evidence, 'fallback', name);
    assert.equal(d.warning, 'not valid UTF-8; decoded as windows-1252', name);
    assert.match(d.text, /The club paid £15\.8m for the striker, and the café owner said the deal was "naïve"/, name);
  }
});

test('no declaration, high bytes forming words: Cyrillic (windows-1251, KOI8-R) and Greek guessed', () => {
  for (const [name, encoding, expected] of [
    ['text-windows-1251.txt', 'windows-1251', /Городская администрация объявила/],
    ['xml-windows-1251-no-declaration.xml', 'windows-1251', /<title>Новости<\/title>/],
    ['text-koi8-r.txt', 'koi8-r', /По словам мэра, строительство обошлось дешевле/],
    ['text-windows-1253.txt', 'windows-1253', /Η κυβέρνηση ανακοίνωσε σήμερα/],
  ] as const) {
    const d = decodeBytes(fixture(name), name.endsWith('.xml') ? 'xml' : 'text');
    assert.equal(d.encoding, encoding, name);
    assert.equal(d.evidence, 'fallback', name);
    assert.match(d.warning ?? '', new RegExp(`^not valid UTF-8; decoded as ${encoding} \\(high bytes look like`), name);
    assert.match(d.text, expected, name);
  }
});

test('mostly UTF-8 with a few stray Latin-1 bytes: each decoded on its own, with a warning', () => {
  const d = decodeBytes(fixture('text-utf8-with-stray-latin1.txt'), 'text');
  assert.equal(d.encoding, 'utf-8');
  assert.match(d.text, /£15\.8m .* "naïve" – but fans were pleased\.\nLe café était fermé\.\n$/s);
  assert.equal(d.warning, 'not valid UTF-8 in 3 bytes; those decoded as windows-1252, the rest as utf-8');
  // A truncated last character counts the same way.
  const cut = decodeBytes(utf8('Zoë and Chloë said “hi”').subarray(0, -1), 'text');
  assert.match(cut.warning ?? '', /in 2 bytes/);
});

test('label resolution goes through WHATWG names', () => {
  assert.equal(resolveLabel('latin1'), 'windows-1252');
  assert.equal(resolveLabel(' CP1251 '), 'windows-1251');
  assert.equal(resolveLabel('x-sjis'), 'shift_jis');
  assert.equal(resolveLabel('nope'), null);
});

const FEEDS = corpus('formats/feeds/');
test('real feeds from the shared corpus', { skip: !existsSync(FEEDS) && 'shared corpus not present' }, () => {
  const expected: Record<string, [string, RegExp]> = {
    'rss2__jn-pt-iso-8859-1__2018-01-03.rss': ['windows-1252', /Jornal de Notícias - Últimas Notícias/],
    'rss2__oren-ru-windows-1251__2014-01-23.xml': ['windows-1251', /Новости Оренбурга и области/],
    'rss2__uol-noticias-no-xmldecl__2018-09-24.rss': ['windows-1252', /UOL Noticias - Últimas Notícias/],
  };
  for (const name of readdirSync(FEEDS)) {
    if (name.endsWith('.md')) continue;
    const d = decodeBytes(readFileSync(new URL(name, FEEDS)), 'xml');
    const [encoding, text] = expected[name] ?? ['', /./];
    if (encoding) {
      assert.equal(d.encoding, encoding, name);
      assert.match(d.text, text, name);
    }
    assert.equal(d.text.includes('\uFFFD'), false, name);
    // Only the file without any declaration needs a guess.
    assert.equal(d.warning !== undefined, name.includes('no-xmldecl'), name);
  }
});

const LATIN1_BBC = corpus('bbc-fulltext/bbc/sport/199.txt');
test('the Latin-1 BBC article', { skip: !existsSync(LATIN1_BBC) && 'shared corpus not present' }, () => {
  const d = decodeBytes(readFileSync(LATIN1_BBC), 'text');
  assert.equal(d.encoding, 'windows-1252');
  assert.equal(d.warning, 'not valid UTF-8; decoded as windows-1252');
  assert.match(d.text, /a £15\.8m signing/);
});
