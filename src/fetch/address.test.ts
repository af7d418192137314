import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LookupAddress } from 'node:dns';
import { blockedAddressReason, parseIp } from './address.js';
import { BlockedAddressError } from './errors.js';
import { guardedLookup } from './http.js';

const BLOCKED: Array<[string, RegExp]> = [
  ['127.0.0.1', /^loopback/],
  ['127.255.255.254', /^loopback/],
  ['10.0.0.1', /^private/],
  ['172.16.0.1', /^private/],
  ['172.31.255.255', /^private/],
  ['192.168.1.1', /^private/],
  ['169.254.169.254', /^link-local/],
  ['100.64.0.1', /carrier-grade NAT/],
  ['100.127.255.255', /carrier-grade NAT/],
  ['0.0.0.0', /^unspecified/],
  ['0.1.2.3', /^unspecified/],
  ['224.0.0.1', /^multicast/],
  ['239.255.255.250', /^multicast/],
  ['240.0.0.1', /^reserved/],
  ['255.255.255.255', /^broadcast|^reserved/],
  ['192.0.2.10', /documentation/],
  ['198.18.0.1', /benchmarking/],
  ['::', /^unspecified/],
  ['::1', /^loopback/],
  ['[::1]', /^loopback/],
  ['0:0:0:0:0:0:0:1', /^loopback/],
  ['fe80::1', /^link-local/],
  ['fe80::1%eth0', /^link-local/],
  ['febf:ffff::1', /^link-local/],
  ['fc00::1', /private \(unique local\)/],
  ['fd12:3456:789a::1', /private \(unique local\)/],
  ['fec0::1', /site-local/],
  ['ff02::1', /^multicast/],
  ['::ffff:127.0.0.1', /^loopback address \(IPv4-mapped\)$/],
  ['::ffff:7f00:1', /^loopback address \(IPv4-mapped\)$/],
  ['::ffff:10.1.2.3', /^private address \(IPv4-mapped\)$/],
  ['::ffff:169.254.169.254', /^link-local address \(IPv4-mapped\)$/],
  ['0:0:0:0:0:ffff:c0a8:0101', /^private address \(IPv4-mapped\)$/],
  ['::127.0.0.1', /^loopback address \(IPv4-compatible\)$/],
  ['64:ff9b::a00:1', /^private address \(NAT64\)$/],
  ['2002:7f00:1::', /^loopback address \(6to4\)$/],
  ['2001:db8::1', /documentation/],
  ['2001:0:4136:e378:8000:63bf:3fff:fdd2', /Teredo/],
  ['localhost', /not an IP address/],
  ['', /not an IP address/],
];

const ALLOWED = ['8.8.8.8', '1.1.1.1', '93.184.216.34', '172.32.0.1', '172.15.255.255', '100.128.0.1', '192.169.0.1', '11.0.0.1',
  '2606:4700:4700::1111', '2a00:1450:4001:81b::200e', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1'];

test('blocked addresses: IPv4, IPv6 and IPv4 inside IPv6, each with its kind', () => {
  for (const [address, kind] of BLOCKED) assert.match(blockedAddressReason(address) ?? 'allowed', kind, address);
});

test('public unicast addresses are allowed', () => {
  for (const address of ALLOWED) assert.equal(blockedAddressReason(address), null, address);
});

test('IPv6 parsing: compressed, full and dotted forms give the same bytes', () => {
  const hex = (s: string) => Buffer.from(parseIp(s) ?? []).toString('hex');
  assert.equal(hex('::ffff:1.2.3.4'), '00000000000000000000ffff01020304');
  assert.equal(hex('::ffff:102:304'), hex('::ffff:1.2.3.4'));
  assert.equal(hex('1:2:3:4:5:6:7:8'), '00010002000300040005000600070008');
  assert.equal(hex('1::8'), '00010000000000000000000000000008');
  assert.equal(hex('1:2:3:4:5:6:1.2.3.4'), '00010002000300040005000601020304');
  assert.equal(parseIp('1.2.3'), null);
});

/** A fake resolver: the wrapped lookup must keep only public answers, whatever the caller asked for. */
function resolveWith(answers: LookupAddress[], all: boolean): Promise<{ error: Error | null; result: unknown }> {
  const lookup = guardedLookup((_host, _options, callback) => callback(null, answers));
  return new Promise((resolve) => lookup('news.test', { all }, (error, result) => resolve({ error, result })));
}

test('the guarded lookup drops private answers and refuses a name with nothing else', async () => {
  const mixed = [{ address: '127.0.0.1', family: 4 }, { address: '93.184.216.34', family: 4 }, { address: '::1', family: 6 }];
  assert.deepEqual((await resolveWith(mixed, true)).result, [{ address: '93.184.216.34', family: 4 }]);
  assert.equal((await resolveWith(mixed, false)).result, '93.184.216.34');
  const privateOnly = await resolveWith([{ address: '10.0.0.7', family: 4 }, { address: 'fd00::7', family: 6 }], false);
  assert.ok(privateOnly.error instanceof BlockedAddressError);
  assert.match(privateOnly.error.message, /news\.test resolves to 10\.0\.0\.7 \(private address\), fd00::7 \(private \(unique local\) address\)/);
});
