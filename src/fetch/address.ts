import { isIP } from 'node:net';

/**
 * Address ranges we never connect to unless `allowPrivate` is set: what they are called in the
 * reason we give. Sources: IANA IPv4/IPv6 Special-Purpose Address Registries (RFC 6890 and updates).
 */
const V4_RANGES: ReadonlyArray<[cidr: string, name: string]> = [
  ['0.0.0.0/8', 'unspecified ("this network") address'],
  ['10.0.0.0/8', 'private address'],
  ['100.64.0.0/10', 'carrier-grade NAT (shared) address'],
  ['127.0.0.0/8', 'loopback address'],
  ['169.254.0.0/16', 'link-local address'],
  ['172.16.0.0/12', 'private address'],
  ['192.0.0.0/24', 'IETF protocol address'],
  ['192.0.2.0/24', 'documentation address'],
  ['192.88.99.0/24', '6to4 relay anycast address'],
  ['192.168.0.0/16', 'private address'],
  ['198.18.0.0/15', 'benchmarking address'],
  ['198.51.100.0/24', 'documentation address'],
  ['203.0.113.0/24', 'documentation address'],
  ['224.0.0.0/4', 'multicast address'],
  ['240.0.0.0/4', 'reserved address'],
  ['255.255.255.255/32', 'broadcast address'],
];

const V6_RANGES: ReadonlyArray<[cidr: string, name: string]> = [
  ['::/128', 'unspecified address'],
  ['::1/128', 'loopback address'],
  ['100::/64', 'discard-only address'],
  ['2001::/32', 'Teredo tunnel address'],
  ['2001:db8::/32', 'documentation address'],
  ['fc00::/7', 'private (unique local) address'],
  ['fe80::/10', 'link-local address'],
  ['fec0::/10', 'private (site-local) address'],
  ['ff00::/8', 'multicast address'],
];

/** IPv6 prefixes that carry an IPv4 address in their last 32 bits (or, for 6to4, bits 16-48): judged by that address. */
const V6_EMBEDDING: ReadonlyArray<[prefix: string, name: string, offset: number]> = [
  ['::ffff:0:0/96', 'IPv4-mapped', 12],
  ['::/96', 'IPv4-compatible', 12],
  ['64:ff9b::/96', 'NAT64', 12],
  ['64:ff9b:1::/48', 'local NAT64', 12],
  ['2002::/16', '6to4', 2],
];

/** The address as bytes (4 or 16), or null if it is not an IP address. Accepts `[v6]` and `%zone` forms. */
export function parseIp(text: string): Uint8Array | null {
  const address = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const version = isIP(address);
  if (version === 4) return Uint8Array.from(address.split('.').map(Number));
  if (version !== 6) return null;
  let head = address;
  let tail: number[] = [];
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    tail = [(a << 8) | b, (c << 8) | d];
    head = address.slice(0, -dotted[0].length);
    if (!head.endsWith('::')) head = head.slice(0, -1);
  }
  const [left = '', right] = head.split('::');
  const groups = (part: string) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const l = groups(left);
  const r = right === undefined ? [] : groups(right);
  const words = right === undefined ? [...l, ...tail] : [...l, ...new Array<number>(8 - l.length - r.length - tail.length).fill(0), ...r, ...tail];
  const bytes = new Uint8Array(16);
  words.slice(0, 8).forEach((w, i) => {
    bytes[2 * i] = w >> 8;
    bytes[2 * i + 1] = w & 0xff;
  });
  return bytes;
}

function inRange(bytes: Uint8Array, cidr: string): boolean {
  const [base = '', bitsText = ''] = cidr.split('/');
  const net = parseIp(base);
  if (!net || net.length !== bytes.length) return false;
  let bits = Number(bitsText);
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((bytes[i]! & mask) !== (net[i]! & mask)) return false;
  }
  return true;
}

/**
 * Why we refuse to connect to this address ("loopback address", "private address", ...), or null
 * when it is a public unicast address. Text that is not an IP address is refused too.
 *
 * @example
 *   blockedAddressReason('10.1.2.3')          // 'private address'
 *   blockedAddressReason('::ffff:127.0.0.1')  // 'loopback address (IPv4-mapped)'
 *   blockedAddressReason('93.184.216.34')     // null
 */
export function blockedAddressReason(address: string): string | null {
  const bytes = parseIp(address);
  if (!bytes) return 'not an IP address';
  const table = bytes.length === 4 ? V4_RANGES : V6_RANGES;
  for (const [cidr, name] of table) if (inRange(bytes, cidr)) return name;
  if (bytes.length === 4) return null;
  for (const [prefix, name, offset] of V6_EMBEDDING) {
    if (!inRange(bytes, prefix)) continue;
    const inner = blockedAddressReason(Array.from(bytes.subarray(offset, offset + 4)).join('.'));
    return inner ? `${inner} (${name})` : null;
  }
  return null;
}
