import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { repairText } from './mojibake.js';

const FIXTURES = new URL('../../test/fixtures/text/', import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(name, FIXTURES), 'utf8');

/** What a UTF-8 string looks like when its bytes are read as windows-1252 (undefined bytes as C1). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const misread = (s: string): string =>
  [...new TextEncoder().encode(s)].map((b) => (b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80]! : String.fromCharCode(b))).join('');

const unchanged = (s: string): void => assert.deepEqual(repairText(s), { text: s, notes: [] }, JSON.stringify(s));

test('clean text is returned unchanged with no notes', () => {
  unchanged('');
  unchanged('The minister said on Tuesday: “We will act.” Why? Because… it’s time.\n\nNew paragraph.\n');
  unchanged('Zoë Müller, São Paulo, Kraków, Ελλάδα, Москва, 東京, 😀 – fine.');
  unchanged('¿Qué pasa? ¡Nada! Tab\tseparated\nCRLF line\r\nend');
});

test('(a) UTF-8 read as windows-1252 is repaired', () => {
  assert.deepEqual(repairText('Itâ€™s a cafÃ© â€œdealâ€\u009d'), { text: 'It’s a café “deal”', notes: ['utf-8 read as windows-1252 (4 places)'] });
  assert.equal(repairText(misread('Zoë paid £5 – €7 in São Paulo, Kraków: привет, 😀')).text, 'Zoë paid £5 – €7 in São Paulo, Kraków: привет, 😀');
  // Read as true latin-1, continuation bytes become C1 controls.
  assert.equal(repairText('itâ\u0080\u0099s').text, 'it’s');
  // Â + no-break space is a no-break space, which then becomes a plain space.
  assert.equal(repairText('a\u00C2\u00A0b').text, 'a b');
});

test('(a) double-encoded runs are repaired', () => {
  const twice = misread(misread('it’s a café'));
  assert.deepEqual(repairText(twice), { text: 'it’s a café', notes: ['utf-8 read as windows-1252 (2 places, double-encoded)'] });
});

test('(a) an orphan Â before a plain space is removed only when the text shows other mojibake', () => {
  assert.equal(repairText('costs Â£5,Â so').text, 'costs £5, so');
  unchanged('ÂGE Â la carte');
});

test('(a) legitimate text that looks like mojibake is left alone', () => {
  unchanged('Das macht „Spaß“ und ist „süß“.'); // ß + “ would decode to an NKo letter
  unchanged('CAFÉ… and perché…” and IRMÃOS'); // É… -> U+0245, é…” -> a lone CJK character
  unchanged('ÑÑ and Ã or Â alone'); // no continuation characters
});

test('(b) lost-character marks glued to a word are removed; real question marks stay', () => {
  assert.deepEqual(repairText('envoys Steve Witkoff and Jared ?Kushner, who'), {
    text: 'envoys Steve Witkoff and Jared Kushner, who',
    notes: ['removed 1 lost-character mark'],
  });
  assert.equal(repairText('talks with Russia, ?said that').text, 'talks with Russia, said that');
  assert.equal(repairText('?Start of text and (\uFFFDquoted) “?x”\n?line').text, 'Start of text and (quoted) “x”\nline');
  unchanged('Why? Because. Really?! what? ?? ? end? ¿Dónde? a?b ?1 http://x.test/?q=1');
});

test('(c) U+FFFD inside words is left, with a note', () => {
  assert.deepEqual(repairText('Sch\uFFFDn und gro\uFFFD'), {
    text: 'Sch\uFFFDn und gro\uFFFD',
    notes: ['left 2 U+FFFD replacement characters (lost characters, not repairable)'],
  });
});

test('(d) control characters are removed, newlines and tabs kept', () => {
  assert.deepEqual(repairText('a\u0000b\u0007c\u001Bd\u007Fe\u0085f\u009Fg\n\th\r\n'), {
    text: 'abcdefg\n\th\r\n',
    notes: ['removed 6 control characters'],
  });
});

test('(e) doubled sentence-final periods, not ellipses or ranges', () => {
  assert.deepEqual(repairText('to guarantee Ukraine’s security..\nThe end.. Next one'), {
    text: 'to guarantee Ukraine’s security.\nThe end. Next one',
    notes: ['removed 2 doubled sentence-final periods'],
  });
  assert.equal(repairText('he said “enough..”').text, 'he said “enough.”');
  unchanged('Wait... what… pages 1..10, file..txt, Apple.. a triumph, .. alone');
});

test('(f) odd spaces, zero-width characters and trailing spaces', () => {
  assert.deepEqual(repairText('a\u00A0b\u2009c\u202Fd\u200Be\uFEFFf  \nnext\u00A0\u00A0\n'), {
    text: 'a b c def\nnext\n',
    notes: ['replaced 5 no-break or odd spaces with plain spaces', 'removed 2 zero-width characters', 'removed trailing spaces on 2 lines'],
  });
  // Joiners stay where they join (emoji sequences, Persian); go where they join nothing.
  unchanged('👨\u200D👩\u200D👧 می\u200Cخواهم');
  assert.equal(repairText('foo\u200Dbar \u200C').text, 'foobar');
});

test('newlines are kept exactly', () => {
  const input = misread('line one… \n\n\r\n  indented?\n\u00A0\nlast..');
  const out = repairText(input).text;
  assert.equal(out.split('\n').length, input.split('\n').length);
  assert.equal(out, 'line one…\n\n\r\n  indented?\n\nlast.');
});

test('a scraped article excerpt', () => {
  const { text, notes } = repairText(fixture('mojibake-scraped.txt'));
  assert.equal(text, fixture('mojibake-scraped.expected.txt'));
  assert.deepEqual(notes, [
    'utf-8 read as windows-1252 (9 places)',
    'replaced 3 no-break or odd spaces with plain spaces',
    'removed 2 lost-character marks',
    'removed 1 doubled sentence-final period',
    'removed trailing spaces on 2 lines',
  ]);
});
